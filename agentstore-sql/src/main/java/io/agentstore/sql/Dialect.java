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

    /** {@code postgres}, {@code sqlite}, {@code mysql}. */
    public abstract String name();

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

    /** The select-list item that reads JSON column {@code column} as JSON text under its own name. */
    public String selectJson(String column) {
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

    /** A query returning one row with one column {@code v}: the server version. */
    public abstract String serverVersionSql();

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
