package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The commands against a SQLite file, across separate command runs (as from a shell). */
class CliSqliteTest {
    @TempDir
    Path dir;

    private String url() {
        return "file:" + dir.resolve("agentstore.db");
    }

    @Test
    void migrateThenUpToDate() {
        Cli.Result first = Cli.run("migrate", "--url", url(), "--json");
        assertEquals(0, first.exit(), first::toString);
        JsonNode s = first.json().get("stores").get(0);
        assertTrue(s.get("schemaVersionAfter").asInt() > 0, first::toString);
        assertEquals(0, s.get("pendingMigrations").size());

        Cli.Result again = Cli.run("migrate", "--url", url());
        assertEquals(0, again.exit(), again::toString);
        assertTrue(again.out().contains("already up to date"), again::toString);
        assertTrue(Files.exists(dir.resolve("agentstore.db")));
    }

    @Test
    void demoTwiceThenListsFromTheFile() {
        Cli.Result demo = Cli.run("demo", "--url", url());
        assertEquals(0, demo.exit(), demo::toString);
        assertTrue(demo.out().contains("agentstore threads list --resource demo-user-ada --url " + url()), demo::toString);
        JsonNode before = Cli.run("status", "--url", url(), "--json").json().get("stores").get(0).get("rowCounts");
        Cli.Result again = Cli.run("demo", "--url", url());
        assertEquals(0, again.exit(), again::toString);
        JsonNode after = Cli.run("status", "--url", url(), "--json").json().get("stores").get(0).get("rowCounts");
        assertEquals(before, after);

        JsonNode threads = Cli.run("threads", "list", "--resource", "demo-user-grace", "--url", url(), "--json").json();
        assertEquals(2, threads.get("total").asInt());
        JsonNode msgs = Cli.run("messages", "list", "--thread", "demo-thread-linus-pr-1287", "--url", url(), "--json").json();
        assertEquals(4, msgs.get("total").asInt());
        // No system message in the demo: Mastra drops those when it reads a thread.
        assertEquals("user", msgs.get("messages").get(0).get("role").asText());
        assertEquals(2, Cli.run("runs", "list", "--status", "failed", "--url", url(), "--json").json().get("total").asInt());

        Cli.Result transcript = Cli.run("messages", "list", "--thread", "demo-thread-ada-order-4821", "--url", url());
        assertTrue(transcript.out().contains("tool trackShipment("), transcript::toString);
        Cli.Result status = Cli.run("status", "--url", url());
        assertEquals(0, status.exit(), status::toString);
        assertTrue(status.out().contains("(up to date)"), status::toString);
    }
}
