package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Exit codes, the error format, and that secrets never reach the output. */
class CliErrorsTest {

    @Test
    void versionAndHelpExitZero() {
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("agentstore "), v::toString);
        Cli.Result h = Cli.run("--help");
        assertEquals(0, h.exit());
        for (String cmd : new String[] {"demo", "status", "migrate", "threads", "messages", "runs"}) {
            assertTrue(h.out().contains(cmd), cmd);
        }
        Cli.Result sub = Cli.run("messages", "list", "--help");
        assertEquals(0, sub.exit());
        assertTrue(sub.out().contains("--thread"), sub::toString);
        assertTrue(sub.out().contains("--url"), sub::toString);
        assertEquals(0, Cli.run("runs", "list", "--version").exit());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Result r = Cli.run("bogus");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("error: unknown command 'bogus'"), r::toString);
        assertTrue(r.err().contains("hint: "), r::toString);
        Cli.Result typo = Cli.run("statsu");
        assertTrue(typo.err().contains("did you mean: status"), typo::toString);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("status", "--bogus").exit());
        assertEquals(2, Cli.run("threads").exit(), "a group needs a subcommand");
        assertEquals(2, Cli.run("messages", "list", "--url", "memory:").exit(), "--thread is required");
        assertEquals(2, Cli.run("messages", "list", "-t", "x", "--last", "3", "--page", "1", "--url", "memory:").exit());
        assertEquals(2, Cli.run("threads", "list", "--per-page", "0", "--url", "memory:").exit());
        assertEquals(2, Cli.run("threads", "list", "--page", "-1", "--url", "memory:").exit());
        assertEquals(2, Cli.run("threads", "list", "--page", "one", "--url", "memory:").exit());
    }

    @Test
    void usageErrorUnderJsonIsAJsonDocument() {
        Cli.Result r = Cli.run("--json", "bogus");
        assertEquals(2, r.exit());
        assertEquals("USAGE", r.json().get("error").get("code").asText());
    }

    @Test
    void badUrlIsAClearFailure() {
        Cli.Result r = Cli.run("status", "--url", "not a url");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("error: "), r::toString);
        assertTrue(r.err().contains("\nhint: "), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);

        Cli.Result scheme = Cli.run("status", "--url", "nosuchdb://host/db");
        assertEquals(1, scheme.exit(), scheme::toString);
        assertTrue(scheme.err().contains("nosuchdb"), scheme::toString);
        assertTrue(scheme.err().contains("hint: "), scheme::toString);
    }

    @Test
    void failuresUnderJsonCarryTheErrorCode() {
        Cli.Result r = Cli.run("status", "--json", "--url", "nosuchdb://host/db");
        assertEquals(1, r.exit());
        JsonNode e = r.json().get("error");
        assertEquals("INVALID_CONFIGURATION", e.get("code").asText());
        assertFalse(e.get("hint").asText().isEmpty());
    }

    @Test
    void verboseShowsTheStackTrace() {
        Cli.Result r = Cli.run("status", "--verbose", "--url", "nosuchdb://host/db");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("\tat "), r::toString);
    }

    @Test
    void statusNeverShowsAPasswordFromTheUrl() {
        String url = "memory:secret-test?password=Hunter2Secret&authToken=tok-Abcdef123";
        Cli.Result r = Cli.run("status", "--url", url);
        assertEquals(0, r.exit(), r::toString);
        assertNoSecret(r, "Hunter2Secret", "tok-Abcdef123");
        assertTrue(r.out().contains("password=***"), r::toString);
        assertNoSecret(Cli.run("status", "--json", "--url", url), "Hunter2Secret", "tok-Abcdef123");
        assertNoSecret(Cli.run("demo", "--url", url), "Hunter2Secret", "tok-Abcdef123");
        assertNoSecret(Cli.run("demo", "--json", "--url", url), "Hunter2Secret", "tok-Abcdef123");
    }

    @Test
    void aFailingConnectionNeverShowsThePassword() {
        // nothing listens on port 1: every command fails to connect, and must not echo the password
        String refused = "postgresql://postgres:Wr0ngPassw0rd-x9@127.0.0.1:1/postgres?connectTimeout=3";
        for (String[] args : new String[][] {{"status", "--url", refused}, {"status", "--json", "--verbose", "--url", refused},
                {"demo", "--url=" + refused}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(1, r.exit(), r::toString);
            assertNoSecret(r, "Wr0ngPassw0rd-x9");
            assertTrue(r.err().contains("error: "), r::toString);
        }
    }

    @Test
    void aWrongPasswordNeverShowsUp() {
        // a local PostgreSQL rejects the password (or trusts local connections, or is absent): whatever
        // happens, the password must not appear. status only reads, so nothing is written to that server.
        String url = "postgresql://postgres:Wr0ngPassw0rd-y7@127.0.0.1:5432/postgres?connectTimeout=3";
        for (String[] args : new String[][] {{"status", "--url", url}, {"status", "--json", "--verbose", "--url", url}}) {
            Cli.Result r = Cli.run(args);
            assertNoSecret(r, "Wr0ngPassw0rd-y7");
            assertTrue(r.all().contains("postgres:***@127.0.0.1") || r.exit() == 1, r::toString);
        }
    }

    @Test
    void usageErrorsDoNotEchoPasswordsEither() {
        Cli.Result r = Cli.run("status", "postgresql://app:Sup3rSecretPw@db.example.com/app");
        assertEquals(2, r.exit());
        assertNoSecret(r, "Sup3rSecretPw");
        assertTrue(r.err().contains("postgresql://app:***@db.example.com/app"), r::toString);
    }

    @Test
    void secretsFromTheEnvironmentAreMaskedToo() {
        Cli.Result r = Cli.runWithEnv(Map.of("DATABASE_URL", "nosuchdb://app:EnvPassw0rd77@db/app"), "status");
        assertEquals(1, r.exit(), r::toString);
        assertNoSecret(r, "EnvPassw0rd77");
    }

    @Test
    void unknownStorageEngineListsTheValidOnes() {
        Cli.Result r = Cli.runWithEnv(Map.of("STORAGE_ENGINE", "oracle", "DATABASE_URL", "memory:"), "status");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("oracle"), r::toString);
        assertTrue(r.err().contains("memory"), r::toString);
    }

    private static void assertNoSecret(Cli.Result r, String... secrets) {
        for (String s : secrets) {
            assertFalse(r.all().contains(s), () -> "secret " + s + " leaked:\n" + r);
        }
    }
}
