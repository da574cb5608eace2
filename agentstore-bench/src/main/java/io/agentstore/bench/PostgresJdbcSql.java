package io.agentstore.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import io.agentstore.config.SslMode;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;

/** The JDBC baseline on PostgreSQL: Mastra's pg layout ({@code timestamp} plus {@code timestamptz} "Z" columns, {@code jsonb}). */
final class PostgresJdbcSql extends JdbcSql {
    /** URL parameters that are AgentStore options, not driver properties (as in agentstore-postgres). */
    private static final Set<String> OWN_PARAMS = Set.of("schema", "tableprefix", "poolmin", "poolmax", "connecttimeout", "idletimeout",
            "authtoken", "replicas", "sslmode", "user", "password");
    private final String jdbcUrl;
    private final Properties props = new Properties();
    private final int maxConnections;

    PostgresJdbcSql(StoreUrl u, StoreOptions o) {
        super(o.schema(), o.prefix());
        String host = u.host() == null ? "localhost" : u.host();
        int port = u.port() == null ? 5432 : u.port();
        this.jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + (u.database() == null ? "" : u.database());
        String user = u.user() != null ? u.user() : u.param("user");
        String password = u.password() != null ? u.password() : u.param("password");
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("sslmode", (o.sslMode() == null ? SslMode.PREFER : o.sslMode()).urlValue());
        props.setProperty("ApplicationName", "agentstore-bench-jdbc");
        // driver properties in the URL (such as options=-c …) apply to both sides, as AgentStore passes them on
        u.params().forEach((k, v) -> {
            if (!OWN_PARAMS.contains(k.toLowerCase(Locale.ROOT))) {
                props.setProperty(k, v);
            }
        });
        this.maxConnections = o.poolMax();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, props);
    }

    @Override
    int maxConnections() {
        return maxConnections;
    }

    /** The JDBC URL (host, port, database) of the AgentStore URL, for peers that open their own pool (chatWindow500). */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /** A copy of the driver properties: user, password, sslmode and the URL's driver parameters. */
    Properties driverProperties() {
        Properties copy = new Properties();
        copy.putAll(props);
        return copy;
    }

    @Override
    String insertThread() {
        return "INSERT INTO " + threads + " (id, \"resourceId\", title, metadata, \"createdAt\", \"updatedAt\", \"createdAtZ\", \"updatedAtZ\")"
                + " VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)";
    }

    @Override
    String insertMessage() {
        return "INSERT INTO " + messages + " (id, thread_id, content, role, type, \"createdAt\", \"resourceId\", \"createdAtZ\")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String touchThread() {
        return "UPDATE " + threads + " SET \"updatedAt\" = ?, \"updatedAtZ\" = ? WHERE id = ?";
    }

    @Override
    String persistSnapshot() {
        return "INSERT INTO " + snapshots + " (workflow_name, run_id, \"resourceId\", snapshot, \"createdAt\", \"updatedAt\", \"createdAtZ\", \"updatedAtZ\")"
                + " VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?) ON CONFLICT (workflow_name, run_id) DO UPDATE SET"
                + " \"resourceId\" = excluded.\"resourceId\", snapshot = excluded.snapshot, \"updatedAt\" = excluded.\"updatedAt\","
                + " \"updatedAtZ\" = excluded.\"updatedAtZ\"";
    }

    @Override
    void bindThread(PreparedStatement ps, String id, String resourceId, String title, Instant at) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, resourceId);
        ps.setString(3, title);
        ps.setString(4, "{}");
        ps.setObject(5, plain(at));
        ps.setObject(6, plain(at));
        ps.setObject(7, zoned(at));
        ps.setObject(8, zoned(at));
    }

    @Override
    void bindMessage(PreparedStatement ps, String threadId, String resourceId, BenchMessage m) throws SQLException {
        ps.setString(1, m.id());
        ps.setString(2, threadId);
        ps.setString(3, m.contentJson());
        ps.setString(4, m.role());
        ps.setString(5, "v2");
        ps.setObject(6, plain(m.createdAt()));
        ps.setString(7, resourceId);
        ps.setObject(8, zoned(m.createdAt()));
    }

    @Override
    void bindTouch(PreparedStatement ps, String threadId, Instant now) throws SQLException {
        ps.setObject(1, plain(now));
        ps.setObject(2, zoned(now));
        ps.setString(3, threadId);
    }

    @Override
    void bindSnapshot(PreparedStatement ps, String workflowName, String runId, String resourceId, String json, Instant now) throws SQLException {
        ps.setString(1, workflowName);
        ps.setString(2, runId);
        ps.setString(3, resourceId);
        ps.setString(4, json);
        ps.setObject(5, plain(now));
        ps.setObject(6, plain(now));
        ps.setObject(7, zoned(now));
        ps.setObject(8, zoned(now));
    }

    @Override
    Instant time(ResultSet rs, int column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    @Override
    void begin(JdbcSession s) throws SQLException {
        s.connection.setAutoCommit(false);
    }

    @Override
    void commit(JdbcSession s) throws SQLException {
        s.connection.commit();
        s.connection.setAutoCommit(true);
    }

    @Override
    void rollback(JdbcSession s) throws SQLException {
        s.connection.rollback();
        s.connection.setAutoCommit(true);
    }

    private static LocalDateTime plain(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static OffsetDateTime zoned(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
