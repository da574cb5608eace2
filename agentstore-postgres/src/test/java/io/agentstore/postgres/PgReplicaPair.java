package io.agentstore.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.agentstore.config.StoreUrl;
import io.agentstore.tck.ScratchPostgres;

/** The replica tests' view of {@link ScratchPostgres}: URLs, plain JDBC on either side, and pausing replay. */
final class PgReplicaPair {
    private PgReplicaPair() {
    }

    static String primaryUrl() {
        return ScratchPostgres.pair().primaryUrl();
    }

    static String replicaUrl() {
        return ScratchPostgres.pair().replicaUrl();
    }

    static String url(String schema) {
        return primaryUrl() + "?schema=" + schema;
    }

    static Connection jdbc(String url) throws SQLException {
        StoreUrl u = StoreUrl.parse(url);
        return DriverManager.getConnection("jdbc:postgresql://" + u.host() + ":" + u.port() + "/" + u.database(),
                u.user() == null ? "postgres" : u.user(), u.password() == null ? "" : u.password());
    }

    static void execute(String url, String... sql) throws SQLException {
        try (Connection c = jdbc(url); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    /** Pauses or resumes WAL replay on the replica: a paused replica is a replica that lags. */
    static void replay(boolean on) throws SQLException {
        execute(replicaUrl(), on ? "SELECT pg_wal_replay_resume()" : "SELECT pg_wal_replay_pause()");
    }

    static String newSchema(String purpose) {
        return "agentstore_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
