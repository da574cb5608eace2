package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.AgentStore;
import io.agentstore.config.StoreUrl;
import io.agentstore.tck.RequiredServer;

/**
 * copy, backup/restore and prune across SQLite and PostgreSQL ({@code AGENTSTORE_TEST_POSTGRES_URL},
 * default the local server's {@code test} database), in throw-away schemas. Skipped loudly
 * without a server, failed under {@code CI=true}.
 */
class CliTransferPostgresTest {
    private static final String BASE = System.getenv().getOrDefault("AGENTSTORE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test");
    private final List<String> schemas = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeEach
    void requireServer() {
        StoreUrl u = StoreUrl.parse(BASE);
        RequiredServer.check("PostgreSQL", u.host() == null ? "localhost" : u.host(), u.port() == null ? 5432 : u.port());
    }

    private String pg() {
        String schema = "agentstore_xfer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        schemas.add(schema);
        return BASE + (BASE.contains("?") ? "&" : "?") + "schema=" + schema;
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        if (schemas.isEmpty()) {
            return;
        }
        StoreUrl u = StoreUrl.parse(BASE);
        String jdbc = "jdbc:postgresql://" + (u.host() == null ? "localhost" : u.host()) + ":" + (u.port() == null ? 5432 : u.port()) + "/" + u.database();
        try (Connection c = DriverManager.getConnection(jdbc, u.user() == null ? "postgres" : u.user(), u.password() == null ? "" : u.password());
             Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
            }
        }
    }

    @Test
    void sqliteToPostgresToSqliteRoundTripKeepsEveryMessageExactly() {
        String a = "file:" + dir.resolve("a.db");
        String p = pg();
        String b = "file:" + dir.resolve("b.db");
        int messages;
        try (AgentStore s = AgentStore.open(a)) {
            messages = TransferFixtures.fillHostile(s);
        }
        Cli.Result there = Cli.run("copy", "--from", a, "--to", p, "--batch", "5", "--checkpoint", dir.resolve("cp1.json").toString(), "--json");
        assertEquals(0, there.exit(), there::toString);
        assertTrue(there.json().get("verification").get("ok").asBoolean(), there::toString);
        assertEquals(messages, there.json().get("copied").get("messages").asInt());
        Cli.Result back = Cli.run("copy", "--from", p, "--to", b, "--checkpoint", dir.resolve("cp2.json").toString());
        assertEquals(0, back.exit(), back::toString);
        assertTrue(back.out().contains("Verified: the target matches the source"), back::toString);

        Map<String, String> source = TransferFixtures.dump(a);
        assertEquals(source, TransferFixtures.dump(p), "PostgreSQL holds what SQLite held");
        assertEquals(source, TransferFixtures.dump(b), "and the round trip ends where it started, message contents byte for byte");
        // the domain API on PostgreSQL reads the copied rows as usual
        JsonNode msgs = Cli.run("messages", "list", "--thread", "thread-0-émoji😀", "--url", p, "--json").json();
        assertEquals(7, msgs.get("total").asInt(), msgs::toString);
    }

    @Test
    void backupFromSqliteRestoredIntoPostgres() {
        String a = "file:" + dir.resolve("a.db");
        try (AgentStore s = AgentStore.open(a)) {
            TransferFixtures.fillHostile(s);
        }
        Path file = dir.resolve("a.agentstore.gz");
        assertEquals(0, Cli.run("backup", "--url", a, "--out", file.toString()).exit());
        String p = pg();
        Cli.Result r = Cli.run("restore", "--in", file.toString(), "--url", p, "--json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(TransferFixtures.dump(a), TransferFixtures.dump(p));

        Cli.Result again = Cli.run("restore", "--in", file.toString(), "--url", p);
        assertEquals(1, again.exit(), again::toString);
        assertTrue(again.err().contains("already holds data"), again::toString);
        assertEquals(0, Cli.run("restore", "--in", file.toString(), "--url", p, "--merge").exit());
        assertEquals(TransferFixtures.dump(a), TransferFixtures.dump(p), "a merge of the same file changes nothing");
    }

    @Test
    void pruneOnPostgres() {
        String p = pg();
        try (AgentStore s = AgentStore.open(p)) {
            CliPruneTest.fill(s);
        }
        CliPruneTest.assertPrunes(p);
    }
}
