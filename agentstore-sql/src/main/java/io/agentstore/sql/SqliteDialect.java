package io.agentstore.sql;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * SQLite and libSQL (local files, Turso, Cloudflare D1): Mastra's {@code @mastra/libsql} layout
 * — times as ISO-8601 text with milliseconds ({@code 2025-01-31T09:15:00.123Z}, which sorts
 * as text), JSON as text. Writers are serialised by an IMMEDIATE transaction, so no row
 * locks are needed.
 *
 * <p>The same layout serves Cloudflare D1, whose limits are passed to the constructor: at most
 * 100 parameters per statement and 2,000,000 bytes per value, and no {@code sqlite_version()}.
 *
 * <pre>{@code
 * SqlBackend b = new SqlBackend("sqlite", client, new SqliteDialect(), options, "file:./agentstore.db");
 * Dialect d1 = new SqliteDialect("Cloudflare D1", 100, 2_000_000, "SELECT 'Cloudflare D1' AS v");
 * }</pre>
 */
public final class SqliteDialect extends Dialect {
    private static final List<Migration> MIGRATIONS = List.of(new Migration(1,
            "Mastra core tables: threads, messages, resources, workflow snapshots",
            List.of(
                    "CREATE TABLE IF NOT EXISTS {threads} (\"id\" TEXT NOT NULL PRIMARY KEY, \"resourceId\" TEXT NOT NULL, \"title\" TEXT NOT NULL,"
                            + " \"metadata\" TEXT, \"createdAt\" TEXT NOT NULL, \"updatedAt\" TEXT NOT NULL)",
                    "CREATE TABLE IF NOT EXISTS {messages} (\"id\" TEXT NOT NULL PRIMARY KEY, \"thread_id\" TEXT NOT NULL, \"content\" TEXT NOT NULL,"
                            + " \"role\" TEXT NOT NULL, \"type\" TEXT NOT NULL, \"createdAt\" TEXT NOT NULL, \"resourceId\" TEXT)",
                    "CREATE TABLE IF NOT EXISTS {resources} (\"id\" TEXT NOT NULL PRIMARY KEY, \"workingMemory\" TEXT, \"metadata\" TEXT,"
                            + " \"createdAt\" TEXT NOT NULL, \"updatedAt\" TEXT NOT NULL)",
                    "CREATE TABLE IF NOT EXISTS {snapshots} (\"workflow_name\" TEXT, \"run_id\" TEXT, \"resourceId\" TEXT, \"snapshot\" TEXT,"
                            + " \"createdAt\" TEXT, \"updatedAt\" TEXT, UNIQUE (workflow_name, run_id))",
                    "CREATE INDEX IF NOT EXISTS \"{prefix}idx_messages_thread_created_at\" ON {messages} (thread_id, \"createdAt\")",
                    "CREATE INDEX IF NOT EXISTS \"{prefix}idx_messages_thread_resource_created_at\" ON {messages} (thread_id, \"resourceId\", \"createdAt\")",
                    // Not created by Mastra; harmless to it, and they keep thread and run listings indexed.
                    "CREATE INDEX IF NOT EXISTS \"{prefix}agentstore_threads_resource_created_at\" ON {threads} (\"resourceId\", \"createdAt\")",
                    "CREATE INDEX IF NOT EXISTS \"{prefix}agentstore_snapshots_name_created_at\" ON {snapshots} (workflow_name, \"createdAt\")")));

    private final String product;
    private final int maxParameters;
    private final long maxValueBytes;
    private final String serverVersionSql;

    /** SQLite through sqlite-jdbc: no practical value size limit. */
    public SqliteDialect() {
        this("SQLite", 30_000, Long.MAX_VALUE, "SELECT sqlite_version() AS v");
    }

    /**
     * A SQLite-based service with its own limits.
     *
     * @param product          the name used in error messages, e.g. {@code Cloudflare D1}
     * @param maxParameters    the most {@code ?} parameters per statement
     * @param maxValueBytes    the largest value (UTF-8 bytes) one column may hold
     * @param serverVersionSql a query returning the version as column {@code v}
     */
    public SqliteDialect(String product, int maxParameters, long maxValueBytes, String serverVersionSql) {
        if (maxParameters < 20) {
            throw new IllegalArgumentException("maxParameters " + maxParameters + " is too small: the SQL engine needs at least 20");
        }
        this.product = product;
        this.maxParameters = maxParameters;
        this.maxValueBytes = maxValueBytes;
        this.serverVersionSql = serverVersionSql;
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String product() {
        return product;
    }

    @Override
    public int maxParameters() {
        return maxParameters;
    }

    @Override
    public long maxValueBytes() {
        return maxValueBytes;
    }

    /**
     * {@code json_extract} with a malformed path fails the statement with an error naming the
     * path, and only the branch taken is evaluated: the marker appears only when the condition
     * is false. The path is built from the condition's value so it is never folded into a
     * constant evaluated up front.
     */
    @Override
    public SqlStatement guard(String condition, List<?> params) {
        return SqlStatement.query("SELECT CASE WHEN c THEN 1 ELSE json_extract('{}', '" + GUARD_FAILED + ":' || coalesce(c, 'null')) END AS ok"
                + " FROM (SELECT (" + condition + ") AS c)", params, r -> 1);
    }

    @Override
    public String jsonText(String column) {
        String c = quote(column);
        return "(CASE WHEN typeof(" + c + ") = 'blob' THEN json(" + c + ") ELSE " + c + " END)";
    }

    @Override
    public Instant truncate(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public Object time(Instant t) {
        return IsoMillis.format(t);
    }

    @Override
    public Instant readTime(Row row, String column) {
        return parseTime(row.string(column));
    }

    /** Reads ISO-8601 text as Mastra and AgentStore write it, and SQLite's own {@code YYYY-MM-DD HH:MM:SS}. */
    static Instant parseTime(String s) {
        if (s == null) {
            return null;
        }
        Instant fast = IsoMillis.parse(s);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            String t = s.trim().replace(' ', 'T');
            if (!t.endsWith("Z") && !t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                t = t + "Z";
            }
            return java.time.OffsetDateTime.parse(t).toInstant();
        }
    }

    /** Mastra writes JSON columns as SQLite JSONB blobs: those go through {@code json()}; text is read as it is (no re-parse). */
    @Override
    public String selectJson(String column) {
        String c = quote(column);
        return "CASE WHEN typeof(" + c + ") = 'blob' THEN json(" + c + ") ELSE " + c + " END AS " + c;
    }

    @Override
    public String jsonField(String column, String key) {
        return "json_extract(" + column + ", '$.\"" + key.replace("'", "''").replace("\"", "") + "\"')";
    }

    @Override
    public String jsonSetString(String column, String key) {
        return "json_set(" + column + ", '$.\"" + key.replace("'", "''").replace("\"", "") + "\"', ?)";
    }

    @Override
    public Fragment jsonFieldEquals(String column, String key, Object value) {
        String path = "$.\"" + key + "\"";
        if (value instanceof Boolean b) {
            return new Fragment("json_type(" + column + ", ?) = ?", List.of(path, b ? "true" : "false"));
        }
        if (value instanceof Number n) {
            return new Fragment("(json_type(" + column + ", ?) IN ('integer', 'real') AND json_extract(" + column + ", ?) = ?)",
                    List.of(path, path, n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal ? n.doubleValue() : n.longValue()));
        }
        return new Fragment("(json_type(" + column + ", ?) = 'text' AND json_extract(" + column + ", ?) = ?)", List.of(path, path, value.toString()));
    }

    @Override
    public List<Migration> migrations() {
        return MIGRATIONS;
    }

    @Override
    public String migrationsTableDdl() {
        return "CREATE TABLE IF NOT EXISTS {migrations} (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL,"
                + " checksum TEXT NOT NULL, applied_at TEXT NOT NULL, duration_ms INTEGER NOT NULL)";
    }

    @Override
    public void lockForMigration(SqlSession session) {
        // The transaction began IMMEDIATE: it already holds SQLite's write lock.
    }

    @Override
    public String serverVersionSql() {
        return serverVersionSql;
    }
}
