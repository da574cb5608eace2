package io.agentstore.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.agentstore.AgentStore;
import io.agentstore.config.StoreUrl;
import io.agentstore.tck.RequiredServer;

/**
 * The API over PostgreSQL ({@code AGENTSTORE_TEST_POSTGRES_URL}, default the local server's
 * {@code test} database), each test in a throw-away schema. The URL carries a password (the
 * local server trusts the login, so any password works) to check that {@code /api/status}
 * never shows it. Skipped loudly without a server, failed under {@code CI=true}.
 */
class PostgresApiTest extends ApiContract {
    private static final String BASE = System.getenv().getOrDefault("AGENTSTORE_TEST_POSTGRES_URL",
            "postgresql://postgres:pw-Sekr1t-42@127.0.0.1:5432/test");
    private String schema;

    @Override
    AgentStore openStore() {
        StoreUrl u = StoreUrl.parse(BASE);
        RequiredServer.check("PostgreSQL", u.host() == null ? "localhost" : u.host(), u.port() == null ? 5432 : u.port());
        schema = "agentstore_api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return AgentStore.open(BASE + (BASE.contains("?") ? "&" : "?") + "schema=" + schema);
    }

    @Override
    void dropStore() {
        if (schema == null) {
            return;
        }
        StoreUrl u = StoreUrl.parse(BASE);
        String jdbc = "jdbc:postgresql://" + (u.host() == null ? "localhost" : u.host()) + ":" + (u.port() == null ? 5432 : u.port())
                + "/" + u.database();
        try (Connection c = DriverManager.getConnection(jdbc, u.user() == null ? "postgres" : u.user(), u.password() == null ? "" : u.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema, e);
        }
    }

    @Test
    void statusMasksThePassword() {
        Http.Res r = http.get("/api/status").assertStatus(200);
        String password = StoreUrl.parse(BASE).password();
        if (password != null && !password.isEmpty()) {
            assertFalse(r.body().contains(password), r.body());
            assertTrue(r.body().contains("***"), r.body());
        }
        assertTrue(r.body().contains(schema), r.body());
    }
}
