package io.agentstore.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.agentstore.config.StoreUrl;
import io.agentstore.tck.RequiredServer;

/**
 * The PostgreSQL server the tests use ({@code AGENTSTORE_TEST_POSTGRES_URL}, default the
 * local server) and throw-away schemas on it, so test runs never see each other's tables.
 */
final class PgTestDatabase {
    static final String BASE_URL = System.getenv().getOrDefault("AGENTSTORE_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test");

    private PgTestDatabase() {
    }

    /** Fails under CI, skips loudly elsewhere, when the server is not there. */
    static void require() {
        StoreUrl u = StoreUrl.parse(BASE_URL);
        RequiredServer.check("PostgreSQL", u.host() == null ? "localhost" : u.host(), u.port() == null ? 5432 : u.port());
    }

    static String newSchema(String purpose) {
        return "agentstore_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String url(String schema) {
        return BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "schema=" + schema;
    }

    static Connection jdbc() throws SQLException {
        StoreUrl u = StoreUrl.parse(BASE_URL);
        String host = u.host() == null ? "localhost" : u.host();
        int port = u.port() == null ? 5432 : u.port();
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + u.database(),
                u.user() == null ? "postgres" : u.user(), u.password() == null ? "" : u.password());
    }

    static void execute(String... sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    static void dropSchema(String schema) {
        try {
            execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
