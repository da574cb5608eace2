package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.config.StoreUrl;
import io.agentstore.tck.RequiredServer;

/**
 * The commands against PostgreSQL ({@code AGENTSTORE_TEST_POSTGRES_URL}, default the local
 * server's {@code test} database), each test in a throw-away schema. Skipped loudly without
 * a server, failed under {@code CI=true}.
 */
class CliPostgresTest {
    private static final String BASE = System.getenv().getOrDefault("AGENTSTORE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test");
    private String schema;
    private String url;

    @BeforeEach
    void requireServer() {
        StoreUrl u = StoreUrl.parse(BASE);
        RequiredServer.check("PostgreSQL", u.host() == null ? "localhost" : u.host(), u.port() == null ? 5432 : u.port());
        schema = "agentstore_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        url = BASE + (BASE.contains("?") ? "&" : "?") + "schema=" + schema;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema == null) {
            return;
        }
        StoreUrl u = StoreUrl.parse(BASE);
        String jdbc = "jdbc:postgresql://" + (u.host() == null ? "localhost" : u.host()) + ":" + (u.port() == null ? 5432 : u.port())
                + "/" + u.database();
        try (Connection c = DriverManager.getConnection(jdbc, u.user() == null ? "postgres" : u.user(), u.password() == null ? "" : u.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }

    @Test
    void migrateStatusDemoAndListings() {
        Cli.Result pending = Cli.run("status", "--url", url, "--json");
        assertEquals(0, pending.exit(), pending::toString);
        assertTrue(pending.json().get("stores").get(0).get("pendingMigrations").size() > 0, pending::toString);

        Cli.Result migrate = Cli.run("migrate", "--url", url);
        assertEquals(0, migrate.exit(), migrate::toString);
        assertTrue(migrate.out().contains("applied: "), migrate::toString);

        assertEquals(0, Cli.run("demo", "--url", url).exit());
        JsonNode before = Cli.run("status", "--url", url, "--json").json().get("stores").get(0);
        Cli.Result again = Cli.run("demo", "--url", url);
        assertEquals(0, again.exit(), again::toString);
        JsonNode after = Cli.run("status", "--url", url, "--json").json().get("stores").get(0);
        assertEquals(before.get("rowCounts"), after.get("rowCounts"));
        assertEquals("postgres", after.get("backend").asText());
        assertEquals(0, after.get("pendingMigrations").size());

        assertEquals(2, Cli.run("threads", "list", "-r", "demo-user-ada", "--url", url, "--json").json().get("total").asInt());
        JsonNode last = Cli.run("messages", "list", "-t", "demo-thread-ada-order-4821", "--last", "2", "--url", url, "--json").json();
        assertEquals(2, last.get("messages").size());
        assertEquals(6, last.get("total").asInt());
        assertEquals(2, Cli.run("runs", "list", "-s", "suspended", "--url", url, "--json").json().get("total").asInt());
        Cli.Result transcript = Cli.run("messages", "list", "-t", "demo-thread-linus-pr-1287", "--url", url);
        assertTrue(transcript.out().contains("tool runTests("), transcript::toString);
    }
}
