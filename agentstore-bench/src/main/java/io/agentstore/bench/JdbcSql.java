package io.agentstore.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;

/**
 * The hand-written SQL of the JDBC baseline for one database, on the same tables (Mastra's
 * layout) that AgentStore uses, with plain statements: no upserts for messages, no RETURNING,
 * no JSON functions. Subclasses give the SQL text, how times are bound and read, and how a
 * transaction starts and ends.
 */
abstract class JdbcSql {
    final String threads;
    final String messages;
    final String snapshots;
    final String migrations;

    JdbcSql(String schema, String prefix) {
        String s = schema == null ? "" : quote(schema) + ".";
        this.threads = s + quote(prefix + "mastra_threads");
        this.messages = s + quote(prefix + "mastra_messages");
        this.snapshots = s + quote(prefix + "mastra_workflow_snapshot");
        this.migrations = s + quote(prefix + "agentstore_migrations");
    }

    /** The baseline for {@code url}, or null when it has no JDBC equivalent ({@code memory:}, SQLite in memory). */
    static JdbcSql forUrl(String url) {
        StoreUrl u = StoreUrl.parse(url);
        StoreOptions o = StoreOptions.defaults().resolve(u);
        return switch (u.scheme()) {
            case "postgres", "postgresql" -> new PostgresJdbcSql(u, o);
            case "file" -> SqliteJdbcSql.path(u) == null ? null : new SqliteJdbcSql(SqliteJdbcSql.path(u), o);
            default -> null;
        };
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Opens one connection configured as AgentStore configures its own. */
    abstract Connection connect() throws SQLException;

    /** How many connections the baseline may open: AgentStore's pool size for the same URL. */
    abstract int maxConnections();

    abstract String insertThread();

    abstract String insertMessage();

    abstract String touchThread();

    /** Newest 40 messages: id, thread_id, content, role, type, resourceId, createdAt. */
    String last40() {
        return "SELECT id, thread_id, content, role, type, \"resourceId\", \"createdAt\" FROM " + messages
                + " WHERE thread_id = ? ORDER BY \"createdAt\" DESC LIMIT 40";
    }

    /** First 20 threads of a resource: id, resourceId, title, metadata, createdAt, updatedAt. */
    String listThreads20() {
        return "SELECT id, \"resourceId\", title, metadata, \"createdAt\", \"updatedAt\" FROM " + threads
                + " WHERE \"resourceId\" = ? ORDER BY \"createdAt\" DESC LIMIT 20";
    }

    abstract String persistSnapshot();

    String loadSnapshot() {
        return "SELECT snapshot FROM " + snapshots + " WHERE workflow_name = ? AND run_id = ?";
    }

    /** What AgentStore reads on {@code init()} of an up-to-date database. */
    String checkSchema() {
        return "SELECT version, checksum FROM " + migrations;
    }

    abstract void bindThread(PreparedStatement ps, String id, String resourceId, String title, Instant at) throws SQLException;

    abstract void bindMessage(PreparedStatement ps, String threadId, String resourceId, BenchMessage m) throws SQLException;

    abstract void bindTouch(PreparedStatement ps, String threadId, Instant now) throws SQLException;

    abstract void bindSnapshot(PreparedStatement ps, String workflowName, String runId, String resourceId, String json, Instant now)
            throws SQLException;

    abstract Instant time(ResultSet rs, int column) throws SQLException;

    abstract void begin(JdbcSession s) throws SQLException;

    abstract void commit(JdbcSession s) throws SQLException;

    abstract void rollback(JdbcSession s) throws SQLException;
}
