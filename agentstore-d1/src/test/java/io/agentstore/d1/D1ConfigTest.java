package io.agentstore.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentstore.AgentStore;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.InvalidConfigurationException;

/** URL, option and environment parsing of the D1 backend; no server needed. */
class D1ConfigTest {
    private static final String ACC = "0123456789abcdef0123456789abcdef";
    private static final String DB = "6f1c2a9e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

    private static D1Config parse(String url, StoreOptions options, Map<String, String> env) {
        StoreUrl u = StoreUrl.parse(url);
        return D1Config.of(u, options.resolve(u), env);
    }

    private static D1Config parse(String url) {
        return parse(url, StoreOptions.defaults(), Map.of());
    }

    @Test
    void accountDatabaseTokenAndDefaults() {
        D1Config c = parse("d1://" + ACC + "/" + DB + "?apiToken=tok-123");
        assertEquals(ACC, c.accountId());
        assertEquals(DB, c.databaseId());
        assertEquals("tok-123", c.apiToken());
        assertEquals("https://api.cloudflare.com/client/v4", c.endpoint().toString());
        assertEquals("https://api.cloudflare.com/client/v4/accounts/" + ACC + "/d1/database/" + DB + "/query", c.queryUri().toString());
        assertEquals(StoreOptions.DEFAULT_CONNECTION_TIMEOUT, c.connectTimeout());
    }

    @Test
    void endpointAndTimeoutAreOptions() {
        D1Config c = parse("d1://" + ACC + "/" + DB + "/?apiToken=t0k&endpoint=http://127.0.0.1:8787/client/v4/&connectTimeout=3");
        assertEquals("http://127.0.0.1:8787/client/v4/accounts/" + ACC + "/d1/database/" + DB + "/query", c.queryUri().toString());
        assertEquals(Duration.ofSeconds(3), c.connectTimeout());
    }

    @Test
    void theTokenComesFromOptionsThenTheUrlThenTheEnvironment() {
        String url = "d1://" + ACC + "/" + DB;
        Map<String, String> env = Map.of("CLOUDFLARE_API_TOKEN", "from-env");
        assertEquals("from-env", parse(url, StoreOptions.defaults(), env).apiToken());
        assertEquals("from-url", parse(url + "?apiToken=from-url", StoreOptions.defaults(), env).apiToken());
        assertEquals("from-url-auth", parse(url + "?authToken=from-url-auth", StoreOptions.defaults(), env).apiToken());
        assertEquals("from-options", parse(url + "?apiToken=from-url", StoreOptions.builder().authToken("from-options").build(), env).apiToken());
    }

    @Test
    void aMissingTokenSaysWhereToPutIt() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> parse("d1://" + ACC + "/" + DB));
        assertTrue(e.hint().contains("CLOUDFLARE_API_TOKEN") && e.hint().contains("apiToken"), e.hint());
    }

    @Test
    void malformedUrlsNameTheShape() {
        for (String bad : new String[] {"d1://", "d1://" + ACC, "d1://" + ACC + "/", "d1://" + ACC + "/a/b", "d1://acc%20x/" + DB,
                "d1://user@" + ACC + "/" + DB, "d1://" + ACC + ":8080/" + DB}) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> parse(bad + "?apiToken=t0k"), bad);
            assertTrue(e.hint().contains("d1://ACCOUNT_ID/DATABASE_ID"), bad + ": " + e.hint());
        }
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> parse("d1://" + ACC + "/" + DB + "?apiToken=t0k&endpoint=ftp://x"));
        assertTrue(e.getMessage().contains("endpoint"), e.getMessage());
    }

    @Test
    void theTokenIsMaskedInEveryText() {
        String url = "d1://" + ACC + "/" + DB + "?apiToken=very-secret-token";
        D1Config c = parse(url);
        assertFalse(c.toString().contains("very-secret-token"), c.toString());
        assertFalse(c.maskedUrl().contains("very-secret-token"), c.maskedUrl());
        assertFalse(StoreUrl.parse(url).toString().contains("very-secret-token"));
        try (AgentStore store = AgentStore.open(url)) {
            assertEquals("d1", store.backendNames().get(0));
            assertFalse(store.toString().contains("very-secret-token"), store.toString());
        }
    }

    @Test
    void d1HasNoSchemas() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open("d1://" + ACC + "/" + DB + "?apiToken=t0k&schema=agents"));
        assertTrue(e.hint().contains("tablePrefix"), e.hint());
    }

    @Test
    void storageEngineNamesD1() {
        assertEquals(java.util.Set.of("d1", "cloudflare-d1"), new D1Provider().engines());
        assertEquals("d1://" + ACC + "/" + DB, AgentStore.resolveEnv(Map.of("STORAGE_ENGINE", "d1", "DATABASE_URL", "d1://" + ACC + "/" + DB)).url());
    }
}
