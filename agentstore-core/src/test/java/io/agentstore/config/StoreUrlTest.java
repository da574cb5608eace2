package io.agentstore.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentstore.error.ErrorCode;
import io.agentstore.error.InvalidConfigurationException;

class StoreUrlTest {

    @Test
    void postgresUrlWithEveryPart() {
        StoreUrl u = StoreUrl.parse("postgresql://app:pw@db.example.com:5433/agents?sslmode=require&schema=tck");
        assertEquals("postgresql", u.scheme());
        assertEquals("app", u.user());
        assertEquals("pw", u.password());
        assertEquals("db.example.com", u.host());
        assertEquals(5433, u.port());
        assertEquals("agents", u.path());
        assertEquals("agents", u.database());
        assertEquals(Map.of("sslmode", "require", "schema", "tck"), u.params());
        assertEquals("require", u.param("sslmode"));
    }

    @Test
    void postgresUrlWithoutPortUserOrDatabase() {
        StoreUrl u = StoreUrl.parse("postgres://localhost/app");
        assertEquals("postgres", u.scheme());
        assertEquals("localhost", u.host());
        assertNull(u.port());
        assertNull(u.user());
        assertNull(u.password());
        assertEquals("app", u.database());

        StoreUrl bare = StoreUrl.parse("postgresql://localhost");
        assertEquals("localhost", bare.host());
        assertNull(bare.database());
        assertEquals(Map.of(), bare.params());

        StoreUrl userOnly = StoreUrl.parse("postgresql://postgres@127.0.0.1:5432/test");
        assertEquals("postgres", userOnly.user());
        assertNull(userOnly.password());
        assertEquals("127.0.0.1", userOnly.host());
        assertEquals(5432, userOnly.port());
    }

    @Test
    void passwordsWithSpecialCharacters() {
        assertEquals("p@ss:w/o#rd?&=%+ ", StoreUrl.parse("postgresql://app:p%40ss%3Aw%2Fo%23rd%3F%26%3D%25%2B%20@h/db").password(),
                "percent-encoded characters are decoded");
        assertEquals("pa+ss", StoreUrl.parse("postgresql://app:pa+ss@h/db").password(), "a plus is a plus, not a space");
        StoreUrl rawAt = StoreUrl.parse("postgresql://app:p@ss:w@h:5432/db");
        assertEquals("app", rawAt.user());
        assertEquals("p@ss:w", rawAt.password(), "the host starts after the last @");
        assertEquals("h", rawAt.host());
        assertEquals(5432, rawAt.port());
        StoreUrl rawSlash = StoreUrl.parse("postgresql://app:pa/ss@w/rd@h:5432/db");
        assertEquals("pa/ss@w/rd", rawSlash.password(), "a raw / in the password does not end the host part");
        assertEquals("h", rawSlash.host());
        assertEquals("db", rawSlash.database());
        assertEquals("db", StoreUrl.parse("postgresql://h:5432/db").database());
        assertEquals("", StoreUrl.parse("postgresql://app:@h/db").password());
        assertEquals("user name", StoreUrl.parse("postgresql://user%20name:x@h/db").user());
    }

    @Test
    void ipv6Hosts() {
        StoreUrl withPort = StoreUrl.parse("postgresql://app:pw@[::1]:5432/db");
        assertEquals("[::1]", withPort.host());
        assertEquals(5432, withPort.port());
        StoreUrl noPort = StoreUrl.parse("postgresql://[2001:db8::7]/db");
        assertEquals("[2001:db8::7]", noPort.host());
        assertNull(noPort.port());
        assertEquals("db", noPort.database());
    }

    @Test
    void parameters() {
        StoreUrl u = StoreUrl.parse("mysql://h/db?a=1&b=two%20words&flag&&c=x%3Dy&SSLMode=verify-full");
        assertEquals("1", u.param("a"));
        assertEquals("two words", u.param("b"));
        assertEquals("", u.param("flag"), "a parameter without a value");
        assertEquals("x=y", u.param("c"));
        assertNull(u.param("sslmode"), "param() is exact");
        assertEquals("verify-full", u.paramIgnoreCase("sslmode"));
        assertNull(u.paramIgnoreCase("missing"));
        assertThrows(UnsupportedOperationException.class, () -> u.params().put("x", "y"));
    }

    @Test
    void fileAndMemoryUrls() {
        StoreUrl file = StoreUrl.parse("file:./x.db");
        assertEquals("file", file.scheme());
        assertEquals("./x.db", file.path());
        assertNull(file.host());

        StoreUrl abs = StoreUrl.parse("file:/var/data/agent store.db?mode=ro");
        assertEquals("/var/data/agent store.db", abs.path());
        assertEquals("ro", abs.param("mode"));

        StoreUrl fileMemory = StoreUrl.parse("file::memory:");
        assertEquals("file", fileMemory.scheme());
        assertEquals(":memory:", fileMemory.path());

        StoreUrl shortMemory = StoreUrl.parse(":memory:");
        assertEquals("file", shortMemory.scheme(), ":memory: is short for file::memory:");
        assertEquals(":memory:", shortMemory.path());

        StoreUrl memory = StoreUrl.parse("memory:");
        assertEquals("memory", memory.scheme());
        assertEquals("", memory.path());
        assertEquals("shared", StoreUrl.parse("memory:shared").path());
    }

    @Test
    void schemeIsLowerCasedAndTheRawUrlKept() {
        StoreUrl u = StoreUrl.parse("  PostgreSQL://App:Pw@Host/DB  ");
        assertEquals("postgresql", u.scheme());
        assertEquals("App", u.user());
        assertEquals("Host", u.host());
        assertEquals("DB", u.database());
        assertTrue(u.unmasked().contains("App:Pw@Host"), "unmasked() keeps the URL as given");
        assertEquals("db", StoreUrl.parse("libsql://h/db/extra").database(), "the first path segment");
    }

    @Test
    void toStringNeverShowsSecrets() {
        StoreUrl u = StoreUrl.parse("postgresql://app:s3cret-pw@h/db?authToken=tok-123&sslmode=require");
        assertFalse(u.toString().contains("s3cret-pw"), u.toString());
        assertFalse(u.toString().contains("tok-123"), u.toString());
        assertFalse(u.masked().contains("s3cret-pw"));
        assertTrue(u.toString().contains("sslmode=require"));
        assertTrue(u.unmasked().contains("s3cret-pw"), "unmasked() is for drivers");
    }

    @Test
    void malformedUrlsAreConfigurationErrors() {
        for (String bad : new String[] {null, "", "   ", "./agentstore.db", "/tmp/x.db", "://h/db", "1abc://h"}) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> StoreUrl.parse(bad), "'" + bad + "'");
            assertEquals(ErrorCode.INVALID_CONFIGURATION, e.code());
            assertFalse(e.hint().isBlank(), "a hint names the fix");
        }
        for (String badPort : new String[] {"postgresql://h:0/db", "postgresql://h:65536/db", "postgresql://h:abc/db", "postgresql://h:-1/db"}) {
            assertThrows(InvalidConfigurationException.class, () -> StoreUrl.parse(badPort), badPort);
        }
        assertEquals(65535, StoreUrl.parse("postgresql://h:65535/db").port());
    }

    @Test
    void errorsDoNotLeakThePassword() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> StoreUrl.parse("postgresql://app:hunter2-secret@h:99999/db"));
        assertFalse(e.getMessage().contains("hunter2-secret"), e.getMessage());
        assertFalse(e.toString().contains("hunter2-secret"), e.toString());
    }
}
