package io.agentstore.sql;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What differs between SQL databases, and nothing else: quoting, how times and JSON are
 * stored, upsert syntax, JSON field access, the schema migrations and the migration lock.
 * The domain SQL is written once in this package against these hooks; a new SQL database is
 * a new {@code Dialect} plus a transport ({@link SqlClient}), never a copy of the domain code.
 *
 * <pre>{@code
 * Dialect d = new PostgresDialect();
 * d.quote("createdAt");          // "createdAt"
 * d.jsonField("snapshot", "status"); // snapshot ->> 'status'
 * }</pre>
 */
public abstract class Dialect {

    /** A SQL fragment with its parameters. */
    public record Fragment(String sql, List<Object> params) {
    }

    /**
     * The text a guard statement ({@link #guard}) puts in its error when its condition does not
     * hold; {@link #isGuardFailure} looks for it.
     */
    public static final String GUARD_FAILED = "agentstore_guard_failed";

    /** {@code postgres}, {@code sqlite}, {@code mysql}. */
    public abstract String name();

    /** The database product as users know it, for error messages: {@code PostgreSQL}, {@code SQLite}, {@code Cloudflare D1}. */
    public String product() {
        return name();
    }

    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The schema that unqualified names live in, used in constraint names ({@code public} for PostgreSQL). */
    public String defaultSchema() {
        return "main";
    }

    /** Whether a schema option is meaningful for this database. */
    public boolean supportsSchemas() {
        return false;
    }

    /** {@code t} cut to the precision this database stores, so what a write returns equals what a read gives. */
    public abstract Instant truncate(Instant t);

    /** The current time at this database's precision. */
    public Instant now() {
        return truncate(Instant.now());
    }

    /** The parameter value for a {@code createdAt}/{@code updatedAt} column. */
    public abstract Object time(Instant t);

    /** Whether the tables carry Mastra's {@code createdAtZ}/{@code updatedAtZ} columns (PostgreSQL). */
    public boolean hasZoneColumns() {
        return false;
    }

    /** The parameter value for a {@code createdAtZ}/{@code updatedAtZ} column. */
    public Object timeZ(Instant t) {
        throw new UnsupportedOperationException(name() + " has no zoned time columns");
    }

    /** A time column of a result row, selected with {@link #selectTime}. */
    public abstract Instant readTime(Row row, String column);

    /** The select-list item that reads time column {@code column} under its own name. */
    public String selectTime(String column, boolean hasZoneColumn) {
        return quote(column);
    }

    /**
     * {@code expr} in a form that compares byte for byte, so that id columns of different
     * collations (a table Mastra made beside one of ours) can meet in one {@code UNION}.
     */
    public String exactText(String expr) {
        return expr;
    }

    /** The select-list item that reads JSON column {@code column} as JSON text under its own name. */
    public String selectJson(String column) {
        return quote(column);
    }

    /**
     * An expression (without an alias) giving JSON column {@code column} as text, as
     * {@link #selectJson} reads it; compared against a value read before, it detects a change.
     */
    public String jsonText(String column) {
        return quote(column);
    }

    /** The placeholder for a JSON column value given as text. */
    public String jsonParam() {
        return "?";
    }

    /** An expression giving the text of a top-level field of a JSON column. */
    public abstract String jsonField(String column, String key);

    /** An expression giving the JSON column with one top-level string field set to the value of one {@code ?}. */
    public abstract String jsonSetString(String column, String key);

    /** A predicate that the JSON object column has {@code key} equal to the scalar {@code value}. */
    public abstract Fragment jsonFieldEquals(String column, String key, Object value);

    /**
     * The tail of an INSERT that updates {@code updateColumns} when a row with the same
     * {@code conflictColumns} exists.
     */
    public String upsertTail(List<String> conflictColumns, List<String> updateColumns) {
        return upsertTail(conflictColumns, updateColumns, null, List.of());
    }

    /**
     * As {@link #upsertTail(List, List)}, but the {@code keepWhenNull} columns keep their stored
     * value when the new one is null ({@code table} is the unqualified, unquoted table name).
     */
    public String upsertTail(List<String> conflictColumns, List<String> updateColumns, String table, List<String> keepWhenNull) {
        StringBuilder sb = new StringBuilder(" ON CONFLICT (");
        sb.append(String.join(", ", conflictColumns.stream().map(this::quote).toList())).append(") DO UPDATE SET ");
        for (int i = 0; i < updateColumns.size(); i++) {
            String c = quote(updateColumns.get(i));
            sb.append(i == 0 ? "" : ", ").append(c).append(" = ");
            if (keepWhenNull.contains(updateColumns.get(i))) {
                sb.append("COALESCE(excluded.").append(c).append(", ").append(quote(table)).append('.').append(c).append(')');
            } else {
                sb.append("excluded.").append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A predicate that a row's key comes strictly after the key given as one {@code ?} per
     * column, in the order {@code ORDER BY columns…} ascending gives (keyset paging). A row value
     * comparison by default, which PostgreSQL and SQLite answer from an index on the columns;
     * override with the expanded {@code a > ? OR (a = ? AND …)} form where the planner does not
     * (then also override {@link #keysetParams}).
     */
    public String keysetAfter(List<String> columns) {
        if (columns.size() == 1) {
            return columns.get(0) + " > ?";
        }
        return "(" + String.join(", ", columns) + ") > (" + Sql.marks(columns.size()) + ")";
    }

    /** The parameters of {@link #keysetAfter} for the key {@code values}, in column order. */
    public List<Object> keysetParams(List<Object> values) {
        return values;
    }

    /** The tail of an INSERT that does nothing when the row exists. */
    public String insertIgnoreTail(List<String> conflictColumns) {
        return " ON CONFLICT (" + String.join(", ", conflictColumns.stream().map(this::quote).toList()) + ") DO NOTHING";
    }

    /**
     * Whether data-modifying common table expressions ({@code WITH x AS (UPDATE … RETURNING …) INSERT …})
     * are available, so a message append and its thread update are one statement and one round trip.
     */
    public boolean supportsWritableCte() {
        return false;
    }

    /** A placeholder for a time value inside a {@code VALUES} list, where the type cannot be inferred. */
    public String timePlaceholder(boolean zoned) {
        return "?";
    }

    /** Whether {@code INSERT … RETURNING} is available. */
    public boolean supportsReturning() {
        return true;
    }

    /** Appended to a SELECT inside a transaction to lock the rows read; empty where the transaction already serialises writers. */
    public String forUpdate() {
        return "";
    }

    /** The most {@code ?} parameters one statement may carry. */
    public int maxParameters() {
        return 30_000;
    }

    /**
     * A soft cap on the text bound into one multi-row statement, in characters; batches are cut
     * so that each statement stays under it (a single larger row still gets a statement of its
     * own). MySQL refuses statements over {@code max_allowed_packet}; elsewhere there is no cap.
     */
    public long maxStatementChars() {
        return Long.MAX_VALUE;
    }

    /**
     * The largest text value, in UTF-8 bytes, that one column may hold; {@link Long#MAX_VALUE}
     * where the database has no limit below what fits in memory. The SQL engine rejects a larger
     * message content, metadata, working memory or snapshot with {@code InvalidInputException}
     * before writing anything (Cloudflare D1: 2,000,000 bytes).
     */
    public long maxValueBytes() {
        return Long.MAX_VALUE;
    }

    /**
     * A statement that fails, with {@link #GUARD_FAILED} in its error, when {@code condition} is
     * false, and does nothing otherwise. Placed first in an atomic batch
     * ({@link SqlClient#atomic}), it makes the whole batch conditional: the transports without
     * interactive transactions check in the same atomic unit what a transaction would have read
     * before writing.
     */
    public SqlStatement guard(String condition, List<?> params) {
        throw new UnsupportedOperationException(name() + " has no guard statements");
    }

    /** Whether {@code e} (or a cause) is the failure of a {@link #guard} statement. */
    public static boolean isGuardFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(GUARD_FAILED)) {
                return true;
            }
        }
        return false;
    }

    /** The schema migrations, oldest first. */
    public abstract List<Migration> migrations();

    /** DDL of the migrations table ({@code {migrations}} placeholder). */
    public abstract String migrationsTableDdl();

    /** DDL creating the schema, or null when the database has no schemas. */
    public String createSchemaDdl(String schema) {
        return null;
    }

    /** Takes the cross-process migration lock inside the current transaction. */
    public abstract void lockForMigration(SqlSession session);

    /**
     * Releases what {@link #lockForMigration} took, on the same session, whether the migration
     * succeeded or not. Nothing to do where the lock ends with the transaction (PostgreSQL's
     * transaction-scoped advisory lock, SQLite's write lock); MySQL's {@code GET_LOCK} is held
     * by the connection and would stay with it in the pool.
     */
    public void unlockAfterMigration(SqlSession session) {
    }

    /**
     * Whether DDL is transactional, so that a failed migration leaves nothing behind (PostgreSQL,
     * SQLite). MySQL commits implicitly around every DDL statement; there every migration step
     * must be idempotent, so that running it again after a failure completes it.
     */
    public boolean transactionalDdl() {
        return true;
    }

    /**
     * Whether a failed migration statement only found its work already done (an index or column
     * that exists), so the runner may go on. Only for engines without transactional DDL, where a
     * failed statement does not abort the transaction and some DDL has no {@code IF NOT EXISTS}.
     * {@code statement} is the rendered statement that failed; {@code session} may be queried.
     */
    public boolean alreadyApplied(SqlSession session, String statement, RuntimeException failure) {
        return false;
    }

    /**
     * Replaces this dialect's own placeholders in a migration template, after the table names;
     * the checksum is taken over the template, so it stays the same whatever they become.
     */
    public String renderTemplate(String sql) {
        return sql;
    }

    /** A query returning one row with one column {@code v}: the server version. */
    public abstract String serverVersionSql();

    /**
     * For {@code doctor}: one row with {@code max} (the server's connection limit) and {@code used}
     * (connections open now), or null where the engine has no such limit.
     */
    public String connectionLimitSql() {
        return null;
    }

    /** For {@code doctor}: one row with boolean-ish {@code v}, whether this connection is encrypted; null where it does not apply. */
    public String sslInUseSql() {
        return null;
    }

    /**
     * For {@code doctor}: one row with {@code can_create} (may create tables where they go) and
     * {@code can_write} (may read and write the existing AgentStore tables; true when there are
     * none yet), or null where the engine has no privileges (a SQLite file).
     */
    public String privilegesSql(TableNames names) {
        return null;
    }

    /** For {@code doctor}: one row with {@code v}, the server clock in epoch milliseconds; null where the server is this machine. */
    public String serverClockSql() {
        return null;
    }

    /** Row counts of the given tables in one query: columns named by the map's keys. */
    public String countsSql(Map<String, String> labelToTable) {
        StringBuilder sb = new StringBuilder("SELECT ");
        int i = 0;
        for (Map.Entry<String, String> e : labelToTable.entrySet()) {
            sb.append(i++ == 0 ? "" : ", ").append("(SELECT count(*) FROM ").append(e.getValue()).append(") AS ").append(quote(e.getKey()));
        }
        return sb.toString();
    }
}
