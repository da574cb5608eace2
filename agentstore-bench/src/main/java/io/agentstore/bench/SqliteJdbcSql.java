package io.agentstore.bench;

import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.sqlite.SQLiteConfig;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;

/**
 * The JDBC baseline on a SQLite file: Mastra's libsql layout (ISO-8601 text times, JSON as
 * text), the connection settings AgentStore uses (WAL, synchronous=NORMAL, 30 s busy timeout),
 * and transactions as explicit {@code BEGIN IMMEDIATE} / {@code COMMIT} statements in
 * auto-commit mode.
 */
final class SqliteJdbcSql extends JdbcSql {
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private final String path;
    private final int maxConnections;

    SqliteJdbcSql(String path, StoreOptions o) {
        super(null, o.prefix());
        this.path = path;
        this.maxConnections = o.poolMax();
    }

    /** The file of a {@code file:} URL, or null for an in-memory database (not shareable with a second connection). */
    static String path(StoreUrl url) {
        String rest = url.unmasked().trim();
        rest = rest.substring(rest.indexOf(':') + 1);
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            rest = slash >= 0 ? rest.substring(slash) : "";
        }
        if (rest.isEmpty() || rest.equals(":memory:")) {
            return null;
        }
        return new File(URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8)).getAbsolutePath();
    }

    @Override
    Connection connect() throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(30_000);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // for the JDBC transaction API, as AgentStore; the baseline itself runs BEGIN IMMEDIATE
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        return cfg.createConnection("jdbc:sqlite:" + path);
    }

    @Override
    int maxConnections() {
        return maxConnections;
    }

    @Override
    String insertThread() {
        return "INSERT INTO " + threads + " (id, \"resourceId\", title, metadata, \"createdAt\", \"updatedAt\") VALUES (?, ?, ?, ?, ?, ?)";
    }

    @Override
    String insertMessage() {
        return "INSERT INTO " + messages + " (id, thread_id, content, role, type, \"createdAt\", \"resourceId\") VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    String touchThread() {
        return "UPDATE " + threads + " SET \"updatedAt\" = ? WHERE id = ?";
    }

    @Override
    String persistSnapshot() {
        return "INSERT INTO " + snapshots + " (workflow_name, run_id, \"resourceId\", snapshot, \"createdAt\", \"updatedAt\")"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (workflow_name, run_id) DO UPDATE SET"
                + " \"resourceId\" = excluded.\"resourceId\", snapshot = excluded.snapshot, \"updatedAt\" = excluded.\"updatedAt\"";
    }

    @Override
    void bindThread(PreparedStatement ps, String id, String resourceId, String title, Instant at) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, resourceId);
        ps.setString(3, title);
        ps.setString(4, "{}");
        ps.setString(5, text(at));
        ps.setString(6, text(at));
    }

    @Override
    void bindMessage(PreparedStatement ps, String threadId, String resourceId, BenchMessage m) throws SQLException {
        ps.setString(1, m.id());
        ps.setString(2, threadId);
        ps.setString(3, m.contentJson());
        ps.setString(4, m.role());
        ps.setString(5, "v2");
        ps.setString(6, text(m.createdAt()));
        ps.setString(7, resourceId);
    }

    @Override
    void bindTouch(PreparedStatement ps, String threadId, Instant now) throws SQLException {
        ps.setString(1, text(now));
        ps.setString(2, threadId);
    }

    @Override
    void bindSnapshot(PreparedStatement ps, String workflowName, String runId, String resourceId, String json, Instant now) throws SQLException {
        ps.setString(1, workflowName);
        ps.setString(2, runId);
        ps.setString(3, resourceId);
        ps.setString(4, json);
        ps.setString(5, text(now));
        ps.setString(6, text(now));
    }

    @Override
    Instant time(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Instant.parse(s);
    }

    @Override
    void begin(JdbcSession s) throws SQLException {
        s.ps("BEGIN IMMEDIATE").executeUpdate();
    }

    @Override
    void commit(JdbcSession s) throws SQLException {
        s.ps("COMMIT").executeUpdate();
    }

    @Override
    void rollback(JdbcSession s) throws SQLException {
        s.ps("ROLLBACK").executeUpdate();
    }

    private static String text(Instant t) {
        return ISO_MILLIS.format(t);
    }
}
