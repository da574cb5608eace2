package io.agentstore.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretsTest {

    private static void assertHidden(String url, String... secrets) {
        String masked = Secrets.maskUrl(url);
        for (String s : secrets) {
            assertFalse(masked.contains(s), "'" + s + "' shows in " + masked);
        }
        assertTrue(masked.contains(Secrets.MASK), masked);
    }

    @Test
    void passwordAndTokenParametersAreMasked() {
        assertEquals("postgresql://app:***@db/app?authToken=***", Secrets.maskUrl("postgresql://app:s3cret@db/app?authToken=abc"));
        assertEquals("postgresql://app@db/app?sslmode=require", Secrets.maskUrl("postgresql://app@db/app?sslmode=require"),
                "nothing secret, nothing changed");
    }

    @Test
    void everySecretParameterIsMaskedWhateverItsCase() {
        String url = "libsql://db.turso.io?AuthToken=t1&PASSWORD=p1&token=t2&api_token=t3&apiToken=t4&secret=s1&pwd=p2&pass=p3"
                + "&key=k1&accessKey=k2&secret_key=k3&sslpassword=p4&auth_token=t5&sslmode=require";
        String masked = Secrets.maskUrl(url);
        for (String s : new String[] {"t1", "p1", "t2", "t3", "t4", "s1", "p2", "p3", "k1", "k2", "k3", "p4", "t5"}) {
            assertFalse(masked.contains("=" + s), s + " shows in " + masked);
        }
        assertTrue(masked.contains("sslmode=require"), "other parameters stay readable: " + masked);
        assertTrue(masked.contains("AuthToken=***"), "the parameter name stays: " + masked);
    }

    @Test
    void passwordsWithAwkwardCharactersAreMaskedWhole() {
        assertHidden("postgresql://app:p@ss@db:5432/app", "p@ss", "ss@");
        assertHidden("postgresql://app:pa/ss+w0rd@db/app", "pa/ss", "ss+w0rd");
        assertHidden("postgresql://app:pa#ss@db/app", "pa#ss");
        assertHidden("postgresql://app:p%40ss%2F@db/app", "p%40ss");
        assertHidden("mongodb+srv://user:mongo-pw@cluster0.abc.mongodb.net/db?retryWrites=true", "mongo-pw");
        assertHidden("redis://:redis-pw@localhost:6379/0", "redis-pw");
        assertHidden("postgresql://app:pw1@primary/db?replicas=postgresql://app:replica-pw@r1/db", "replica-pw", "pw1");
        // the same, URL-encoded as a query value should be, and two of them
        assertHidden("postgresql://app:pw1@primary/db?replicas=postgresql%3A%2F%2Fapp%3Areplica-pw%40r1%2Fdb%2Cpostgresql%3A%2F%2Fapp%3Aother-pw%40r2%2Fdb",
                "replica-pw", "other-pw", "pw1");
        assertEquals("postgresql://app:***@primary/db?replicas=postgresql%3A%2F%2Fapp%3A***%40r1%2Fdb",
                Secrets.maskUrl("postgresql://app:pw1@primary/db?replicas=postgresql%3A%2F%2Fapp%3Areplica-pw%40r1%2Fdb"));
        assertTrue(Secrets.maskUrl("postgresql://app:pw@db:5432/app").endsWith("@db:5432/app"), "host, port and path stay");
    }

    @Test
    void urlsWithoutUserInfoOrScheme() {
        assertEquals("file:./agentstore.db", Secrets.maskUrl("file:./agentstore.db"));
        assertEquals("file:./x.db?authToken=***", Secrets.maskUrl("file:./x.db?authToken=abc"));
        assertEquals("memory:", Secrets.maskUrl("memory:"));
        assertNull(Secrets.maskUrl(null));
    }

    @Test
    void scrubReplacesKnownSecretsInText() {
        assertEquals("connect failed for *** at host", Secrets.scrub("connect failed for hunter2 at host", "hunter2", null, ""));
        assertEquals("ab", Secrets.scrub("ab", "a"), "too short to scrub safely");
        assertNull(Secrets.scrub(null, "x"));
    }
}
