package io.agentstore.sql;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.agentstore.internal.Json;

/**
 * PostgreSQL: Mastra's {@code @mastra/pg} layout — {@code timestamp} (UTC wall time, kept to the
 * millisecond as Mastra writes and orders it) plus
 * {@code timestamptz} "Z" columns, {@code jsonb} metadata and snapshots, transactional DDL and
 * an advisory lock around migrations.
 *
 * <pre>{@code
 * SqlBackend b = new SqlBackend("postgres", client, new PostgresDialect(), options, maskedUrl);
 * }</pre>
 */
public final class PostgresDialect extends Dialect {
    /** Advisory lock key for migrations: a fixed number so every AgentStore process agrees on it. */
    private static final long MIGRATION_LOCK_KEY = 0x4167656e7453L;

    private static final List<Migration> MIGRATIONS = List.of(new Migration(1,
            "Mastra core tables: threads, messages, resources, workflow snapshots",
            List.of(
                    "CREATE TABLE IF NOT EXISTS {threads} (id text NOT NULL PRIMARY KEY, \"resourceId\" text NOT NULL, title text NOT NULL,"
                            + " metadata jsonb, \"createdAt\" timestamp without time zone NOT NULL, \"updatedAt\" timestamp without time zone NOT NULL,"
                            + " \"createdAtZ\" timestamp with time zone DEFAULT now(), \"updatedAtZ\" timestamp with time zone DEFAULT now())",
                    "CREATE TABLE IF NOT EXISTS {messages} (id text NOT NULL PRIMARY KEY, thread_id text NOT NULL, content text NOT NULL,"
                            + " role text NOT NULL, type text NOT NULL, \"createdAt\" timestamp without time zone NOT NULL, \"resourceId\" text,"
                            + " \"createdAtZ\" timestamp with time zone DEFAULT now())",
                    "CREATE TABLE IF NOT EXISTS {resources} (id text NOT NULL PRIMARY KEY, \"workingMemory\" text, metadata jsonb,"
                            + " \"createdAt\" timestamp without time zone NOT NULL, \"updatedAt\" timestamp without time zone NOT NULL,"
                            + " \"createdAtZ\" timestamp with time zone DEFAULT now(), \"updatedAtZ\" timestamp with time zone DEFAULT now())",
                    "CREATE TABLE IF NOT EXISTS {snapshots} (workflow_name text NOT NULL, run_id text NOT NULL, \"resourceId\" text,"
                            + " snapshot jsonb NOT NULL, \"createdAt\" timestamp without time zone NOT NULL, \"updatedAt\" timestamp without time zone NOT NULL,"
                            + " \"createdAtZ\" timestamp with time zone DEFAULT now(), \"updatedAtZ\" timestamp with time zone DEFAULT now(),"
                            + " CONSTRAINT \"{schema_}{prefix}mastra_workflow_snapshot_workflow_name_run_id_key\" UNIQUE (workflow_name, run_id))",
                    // Databases made by older Mastra versions lack the zoned columns; add them so both can write.
                    "ALTER TABLE {threads} ADD COLUMN IF NOT EXISTS \"createdAtZ\" timestamp with time zone DEFAULT now()",
                    "ALTER TABLE {threads} ADD COLUMN IF NOT EXISTS \"updatedAtZ\" timestamp with time zone DEFAULT now()",
                    "ALTER TABLE {messages} ADD COLUMN IF NOT EXISTS \"createdAtZ\" timestamp with time zone DEFAULT now()",
                    "ALTER TABLE {resources} ADD COLUMN IF NOT EXISTS \"createdAtZ\" timestamp with time zone DEFAULT now()",
                    "ALTER TABLE {resources} ADD COLUMN IF NOT EXISTS \"updatedAtZ\" timestamp with time zone DEFAULT now()",
                    "ALTER TABLE {snapshots} ADD COLUMN IF NOT EXISTS \"createdAtZ\" timestamp with time zone DEFAULT now()",
                    "ALTER TABLE {snapshots} ADD COLUMN IF NOT EXISTS \"updatedAtZ\" timestamp with time zone DEFAULT now()",
                    "CREATE INDEX IF NOT EXISTS \"{ischema_}{prefix}mastra_messages_thread_id_createdat_idx\" ON {messages} (thread_id, \"createdAt\" DESC)",
                    "CREATE INDEX IF NOT EXISTS \"{ischema_}{prefix}mastra_threads_resourceid_createdat_idx\" ON {threads} (\"resourceId\", \"createdAt\" DESC)",
                    "CREATE INDEX IF NOT EXISTS \"{ischema_}{prefix}mastra_workflow_snapshot_name_createdat_idx\" ON {snapshots} (workflow_name, \"createdAt\" DESC)",
                    "CREATE INDEX IF NOT EXISTS \"{ischema_}{prefix}mastra_workflow_snapshot_name_status_createdat_idx\" ON {snapshots}"
                            + " (workflow_name, (snapshot ->> 'status'), \"createdAt\" DESC)")));

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String defaultSchema() {
        return "public";
    }

    @Override
    public boolean supportsSchemas() {
        return true;
    }

    @Override
    public Instant truncate(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public Object time(Instant t) {
        return LocalDateTime.ofInstant(truncate(t), ZoneOffset.UTC);
    }

    @Override
    public boolean hasZoneColumns() {
        return true;
    }

    @Override
    public Object timeZ(Instant t) {
        return OffsetDateTime.ofInstant(truncate(t), ZoneOffset.UTC);
    }

    @Override
    public Instant readTime(Row row, String column) {
        LocalDateTime t = row.object(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /**
     * Mastra's rule: the zoned column is the truth; the plain one is UTC wall time where it is
     * missing. Selected as UTC wall time ({@code timestamp}, the same instant): pgjdbc reads that
     * as a {@code LocalDateTime} by arithmetic, while an {@code OffsetDateTime} builds time-zone
     * rules for every value (a third of the Java time of a 41-row history read before C2 has
     * compiled it).
     */
    @Override
    public String selectTime(String column, boolean hasZoneColumn) {
        String plain = quote(column);
        return (hasZoneColumn ? "COALESCE(" + quote(column + "Z") + " AT TIME ZONE 'UTC', " + plain + ")" : plain) + " AS " + quote(column);
    }

    @Override
    public String jsonParam() {
        return "CAST(? AS jsonb)";
    }

    @Override
    public String jsonField(String column, String key) {
        return column + " ->> '" + key.replace("'", "''") + "'";
    }

    @Override
    public String jsonSetString(String column, String key) {
        return "jsonb_set(" + column + ", '{" + key.replace("'", "''") + "}', to_jsonb(CAST(? AS text)))";
    }

    @Override
    public Fragment jsonFieldEquals(String column, String key, Object value) {
        return new Fragment(column + " @> CAST(? AS jsonb)", List.of(Json.write(Map.of(key, value))));
    }

    @Override
    public boolean supportsWritableCte() {
        return true;
    }

    @Override
    public String timePlaceholder(boolean zoned) {
        return zoned ? "CAST(? AS timestamp with time zone)" : "CAST(? AS timestamp without time zone)";
    }

    @Override
    public String forUpdate() {
        return " FOR UPDATE";
    }

    @Override
    public List<Migration> migrations() {
        return MIGRATIONS;
    }

    @Override
    public String migrationsTableDdl() {
        return "CREATE TABLE IF NOT EXISTS {migrations} (version integer NOT NULL PRIMARY KEY, description text NOT NULL,"
                + " checksum text NOT NULL, applied_at timestamp without time zone NOT NULL, duration_ms bigint NOT NULL)";
    }

    @Override
    public String createSchemaDdl(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
    }

    @Override
    public void lockForMigration(SqlSession session) {
        session.query("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK_KEY + ")", List.of(), r -> 1);
    }

    @Override
    public String serverVersionSql() {
        return "SELECT current_setting('server_version') AS v";
    }

    @Override
    public String connectionLimitSql() {
        return "SELECT current_setting('max_connections')::int AS max, (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS used";
    }

    @Override
    public String sslInUseSql() {
        return "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false) AS v";
    }

    @Override
    public String privilegesSql(TableNames names) {
        String schema = names.schema() == null ? "current_schema()" : "'" + names.schema().replace("'", "''") + "'";
        // The schema may not exist yet: then init() creates it, which needs CREATE on the database.
        return "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = " + schema + ")"
                + " THEN has_schema_privilege(" + schema + ", 'CREATE') ELSE has_database_privilege(current_database(), 'CREATE') END AS can_create,"
                + " coalesce((SELECT bool_and(has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE')) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = " + schema + " AND c.relname IN ('"
                + String.join("', '", names.plainTableNames()) + "')), true) AS can_write";
    }

    @Override
    public String serverClockSql() {
        return "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS v";
    }
}
