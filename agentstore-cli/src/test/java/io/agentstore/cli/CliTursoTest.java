package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * {@code libsql://} URLs reach the Turso backend from the CLI, and its token never shows: in
 * {@code --url}, in {@code TURSO_AUTH_TOKEN}, under {@code --json} and {@code --verbose}. Nothing
 * listens on the port, so each run fails to connect, which is the path that prints the most.
 */
class CliTursoTest {
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void anUnreachableTursoUrlFailsWithAHintAndNeverShowsTheToken() throws IOException {
        String token = "tok-" + UUID.randomUUID();
        String url = "libsql://127.0.0.1:" + closedPort() + "?tls=0&authToken=" + token;
        Cli.Result r = Cli.run("status", "--url", url);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("cannot connect to the libSQL server"), r::toString);
        assertTrue(r.err().contains("hint: is the server running"), r::toString);
        assertTrue(r.err().contains("authToken=***"), r::toString);
        assertFalse(r.all().contains(token), r::toString);

        Cli.Result json = Cli.run("status", "--json", "--verbose", "--url", url);
        assertEquals("CONNECTION_REFUSED", json.json().get("error").get("code").asText(), json::toString);
        assertFalse(json.all().contains(token), json::toString);
    }

    @Test
    void theTursoEnvironmentIsUsedAndItsTokenNeverShows() throws IOException {
        String token = "tok-" + UUID.randomUUID();
        Map<String, String> env = Map.of("TURSO_DATABASE_URL", "http://127.0.0.1:" + closedPort(), "TURSO_AUTH_TOKEN", token);
        Cli.Result r = Cli.runWithEnv(env, "status", "--verbose");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("libSQL server at http://127.0.0.1:"), r::toString);
        assertFalse(r.all().contains(token), r::toString);
    }
}
