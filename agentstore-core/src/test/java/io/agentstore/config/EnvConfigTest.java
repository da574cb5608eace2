package io.agentstore.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.agentstore.error.ErrorCode;
import io.agentstore.error.InvalidConfigurationException;

class EnvConfigTest {
    private static final Map<String, Set<String>> ENGINES = Map.of(
            "sqlite", Set.of("file", "libsql"),
            "postgres", Set.of("postgres", "postgresql"),
            "mysql", Set.of("mysql", "mariadb"),
            "memory", Set.of("memory"));

    /** Every variable a rule reads, so each test shows which one wins over the rest. */
    private static Map<String, String> everything() {
        Map<String, String> env = new HashMap<>();
        env.put("AGENTSTORE_URL", "memory:agentstore-url");
        env.put("STORAGE_ENGINE", "postgres");
        env.put("DATABASE_URL", "postgresql://app@db/app");
        env.put("TURSO_DATABASE_URL", "libsql://db-org.turso.io");
        env.put("TURSO_AUTH_TOKEN", "turso-token");
        env.put("MONGODB_URI", "mongodb://mongo/app");
        env.put("UPSTASH_REDIS_REST_URL", "https://eu1-x.upstash.io");
        env.put("UPSTASH_REDIS_REST_TOKEN", "upstash-token");
        env.put("CLOUDFLARE_ACCOUNT_ID", "acc");
        env.put("CLOUDFLARE_D1_DATABASE_ID", "d1db");
        env.put("CLOUDFLARE_API_TOKEN", "cf-token");
        return env;
    }

    private static EnvConfig resolve(Map<String, String> env) {
        return EnvConfig.resolve(env, ENGINES);
    }

    @Test
    void rulesApplyInOrderFirstMatchWins() {
        Map<String, String> env = everything();
        assertRule(env, "memory:agentstore-url", "AGENTSTORE_URL", null);
        env.remove("AGENTSTORE_URL");
        assertRule(env, "postgresql://app@db/app", "STORAGE_ENGINE+DATABASE_URL", null);
        env.remove("STORAGE_ENGINE");
        assertRule(env, "postgresql://app@db/app", "DATABASE_URL", null);
        env.remove("DATABASE_URL");
        assertRule(env, "libsql://db-org.turso.io", "TURSO_DATABASE_URL", "turso-token");
        env.remove("TURSO_DATABASE_URL");
        assertRule(env, "mongodb://mongo/app", "MONGODB_URI", null);
        env.remove("MONGODB_URI");
        assertRule(env, "upstash://eu1-x.upstash.io", "UPSTASH_REDIS_REST_URL", "upstash-token");
        env.remove("UPSTASH_REDIS_REST_URL");
        assertRule(env, "d1://acc/d1db", "CLOUDFLARE_D1_DATABASE_ID", "cf-token");
        env.remove("CLOUDFLARE_D1_DATABASE_ID");
        assertRule(env, EnvConfig.DEFAULT_URL, "default", null);
        assertRule(Map.of(), "file:./agentstore.db", "default", null);
    }

    private static void assertRule(Map<String, String> env, String url, String source, String token) {
        EnvConfig c = resolve(env);
        assertEquals(url, c.url(), "url with " + env.keySet());
        assertEquals(source, c.source());
        assertEquals(token, c.authToken());
    }

    @Test
    void agentstoreUrlWinsEvenOverABadStorageEngine() {
        EnvConfig c = resolve(Map.of("AGENTSTORE_URL", "memory:", "STORAGE_ENGINE", "oracle"));
        assertEquals("memory:", c.url());
    }

    @Test
    void blankVariablesCountAsUnsetAndValuesAreTrimmed() {
        EnvConfig c = resolve(Map.of("AGENTSTORE_URL", "   ", "DATABASE_URL", "  postgresql://h/db  ", "STORAGE_ENGINE", ""));
        assertEquals("postgresql://h/db", c.url());
        assertEquals("DATABASE_URL", c.source());
    }

    @Test
    void storageEngineIsCaseInsensitive() {
        assertEquals("mysql://h/db", resolve(Map.of("STORAGE_ENGINE", " MySQL ", "DATABASE_URL", "mysql://h/db")).url());
        assertEquals("mariadb://h/db", resolve(Map.of("STORAGE_ENGINE", "mysql", "DATABASE_URL", "mariadb://h/db")).url());
    }

    @Test
    void anUnknownStorageEngineListsTheValidOnes() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> resolve(Map.of("STORAGE_ENGINE", "oracle", "DATABASE_URL", "postgresql://h/db")));
        assertEquals(ErrorCode.INVALID_CONFIGURATION, e.code());
        String text = e.getMessage() + " " + e.hint();
        assertTrue(text.contains("oracle"), text);
        for (String engine : ENGINES.keySet()) {
            assertTrue(text.contains(engine), engine + " is not listed: " + text);
        }
    }

    @Test
    void aStorageEngineThatDoesNotMatchTheUrlSchemeIsAnError() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> resolve(Map.of("STORAGE_ENGINE", "mysql", "DATABASE_URL", "postgresql://app:pw-secret@h/db")));
        String text = e.getMessage() + " " + e.hint();
        assertTrue(text.contains("postgresql"), "names the scheme: " + text);
        assertTrue(text.contains("mysql"), "names the engine: " + text);
        assertFalse(text.contains("pw-secret"), text);
    }

    @Test
    void aStorageEngineWithoutDatabaseUrl() {
        assertEquals(EnvConfig.DEFAULT_URL, resolve(Map.of("STORAGE_ENGINE", "sqlite")).url(), "sqlite has a default file");
        assertEquals("memory:", resolve(Map.of("STORAGE_ENGINE", "memory")).url());
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> resolve(Map.of("STORAGE_ENGINE", "postgres")));
        assertTrue((e.getMessage() + e.hint()).contains("DATABASE_URL"), e.toString());
    }

    @Test
    void tokensAreOptionalAndPartialCloudflareFallsThrough() {
        assertNull(resolve(Map.of("TURSO_DATABASE_URL", "libsql://x.turso.io")).authToken());
        assertEquals("upstash://x.upstash.io", resolve(Map.of("UPSTASH_REDIS_REST_URL", "http://x.upstash.io")).url());
        assertEquals(EnvConfig.DEFAULT_URL, resolve(Map.of("CLOUDFLARE_ACCOUNT_ID", "acc", "CLOUDFLARE_API_TOKEN", "t")).url(),
                "an account without a database id is not enough");
    }

    @Test
    void tursoTokenGoesWithALibsqlUrlFromAnyRule() {
        assertEquals("tt", resolve(Map.of("DATABASE_URL", "libsql://x.turso.io", "TURSO_AUTH_TOKEN", "tt")).authToken());
        assertEquals("tt", resolve(Map.of("AGENTSTORE_URL", "LIBSQL://x.turso.io", "TURSO_AUTH_TOKEN", "tt")).authToken());
        assertEquals("tt", resolve(Map.of("STORAGE_ENGINE", "sqlite", "DATABASE_URL", "libsql://x.turso.io", "TURSO_AUTH_TOKEN", "tt")).authToken());
        assertEquals("tt", resolve(Map.of("AGENTSTORE_URL", "file:./a.db", "AGENTSTORE_MEMORY_URL", "libsql://x.turso.io",
                "TURSO_AUTH_TOKEN", "tt")).authToken(), "a domain on Turso");
        assertNull(resolve(Map.of("DATABASE_URL", "postgresql://h/db", "TURSO_AUTH_TOKEN", "tt")).authToken(), "not for other databases");
    }

    @Test
    void domainUrlsRouteOneDomainEach() {
        EnvConfig c = resolve(Map.of("DATABASE_URL", "postgresql://h/db", "AGENTSTORE_WORKFLOWS_URL", "memory:wf",
                "AGENTSTORE_MEMORY_URL", " file:./memory.db "));
        assertEquals(Map.of("workflows", "memory:wf", "memory", "file:./memory.db"), c.domainUrls());
        assertEquals(Map.of(), resolve(Map.of()).domainUrls());
        assertEquals(Map.of("workflows", "memory:wf"), resolve(Map.of("AGENTSTORE_URL", "memory:", "AGENTSTORE_WORKFLOWS_URL", "memory:wf")).domainUrls(),
                "domain routes apply whichever rule picks the main URL");
    }

    @Test
    void toStringHidesSecrets() {
        EnvConfig c = resolve(Map.of("DATABASE_URL", "postgresql://app:db-secret@h/db"));
        assertFalse(c.toString().contains("db-secret"), c.toString());
        EnvConfig t = resolve(Map.of("TURSO_DATABASE_URL", "libsql://x.turso.io", "TURSO_AUTH_TOKEN", "turso-secret"));
        assertFalse(t.toString().contains("turso-secret"), t.toString());
    }
}
