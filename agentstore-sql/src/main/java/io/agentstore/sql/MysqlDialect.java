package io.agentstore.sql;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.agentstore.error.MigrationFailedException;

/**
 * MySQL 8 and MariaDB 10.5+: Mastra's {@code @mastra/mysql} layout — {@code DATETIME(6)} columns
 * holding UTC wall time (written and read at millisecond precision, never converted by a time
 * zone), {@code JSON} metadata and snapshots (MySQL's binary JSON; on MariaDB an alias of
 * {@code LONGTEXT} with a {@code json_valid} check), {@code utf8mb4} tables, backtick quoting,
 * {@code ON DUPLICATE KEY UPDATE} upserts and a {@code GET_LOCK} named lock around migrations.
 *
 * <p>Two deliberate differences from the tables Mastra creates, both harmless to Mastra: id
 * columns are {@code VARCHAR(255)} (Mastra: {@code VARCHAR(191)}, or {@code LONGTEXT} for
 * {@code thread_id} and {@code resourceId}) because AgentStore accepts ids of up to 255
 * characters everywhere (255 × 4 bytes = 1020 bytes, inside InnoDB's 3072-byte key limit;
 * the two-column snapshot key is 2040 bytes), and they use a binary collation so that ids
 * compare exactly as on PostgreSQL and SQLite ({@code "A" ≠ "a"}, {@code "é" ≠ "e\u0301"}; Mastra's
 * {@code utf8mb4_unicode_ci} treats those as equal). Where the server has one, the collation is
 * a NO PAD one, so {@code "a"} and {@code "a "} are different ids too.
 *
 * <p>MySQL DDL is not transactional: each statement commits. Every migration step is therefore
 * idempotent ({@code CREATE TABLE IF NOT EXISTS}; an index that exists is skipped), so a run
 * after a failure completes what is missing.
 *
 * <pre>{@code
 * Dialect d = MysqlDialect.forServer("10.11.6-MariaDB");
 * d.quote("createdAt");                 // `createdAt`
 * d.jsonField("snapshot", "status");    // CAST(JSON_UNQUOTE(JSON_EXTRACT(snapshot, '$."status"')) AS BINARY)
 * }</pre>
 */
public final class MysqlDialect extends Dialect {
    /** Portable binary collation: every MySQL since 5.5 and every MariaDB has it (but it pads trailing spaces). */
    public static final String PORTABLE_BINARY_COLLATION = "utf8mb4_bin";
    /** MySQL error numbers: an index or a column that already exists. */
    private static final int ER_DUP_KEYNAME = 1061;
    private static final int ER_DUP_FIELDNAME = 1060;
    /** Seconds a process waits for another one's migration before giving up. */
    private static final int LOCK_WAIT_SECONDS = 120;
    /** One lock per database, so stores in other databases of the same server migrate in parallel (lock names are server-wide, at most 64 characters). */
    private static final String LOCK_NAME = "CONCAT('agentstore_migrate_', MD5(DATABASE()))";
    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE INDEX `((?:[^`]|``)+)` ON `((?:[^`]|``)+)`");
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

    private static final String ID = "VARCHAR(255) CHARACTER SET utf8mb4 COLLATE {idcollation}";
    private static final String TIME = "DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00'";
    private static final String TABLE_OPTIONS = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

    private static final List<Migration> MIGRATIONS = List.of(new Migration(1,
            "Mastra core tables: threads, messages, resources, workflow snapshots",
            List.of(
                    "CREATE TABLE IF NOT EXISTS {threads} (`id` " + ID + " NOT NULL DEFAULT '', `resourceId` " + ID + " NOT NULL,"
                            + " `title` LONGTEXT NOT NULL, `metadata` JSON DEFAULT NULL, `createdAt` " + TIME + ", `updatedAt` " + TIME + ","
                            + " PRIMARY KEY (`id`))" + TABLE_OPTIONS,
                    "CREATE TABLE IF NOT EXISTS {messages} (`id` " + ID + " NOT NULL DEFAULT '', `thread_id` " + ID + " NOT NULL,"
                            + " `content` LONGTEXT NOT NULL, `role` LONGTEXT NOT NULL, `type` LONGTEXT NOT NULL, `createdAt` " + TIME + ","
                            + " `resourceId` " + ID + " DEFAULT NULL, PRIMARY KEY (`id`))" + TABLE_OPTIONS,
                    "CREATE TABLE IF NOT EXISTS {resources} (`id` " + ID + " NOT NULL DEFAULT '', `workingMemory` LONGTEXT DEFAULT NULL,"
                            + " `metadata` JSON DEFAULT NULL, `createdAt` " + TIME + ", `updatedAt` " + TIME + ", PRIMARY KEY (`id`))" + TABLE_OPTIONS,
                    "CREATE TABLE IF NOT EXISTS {snapshots} (`workflow_name` " + ID + " NOT NULL, `run_id` " + ID + " NOT NULL,"
                            + " `resourceId` " + ID + " DEFAULT NULL, `snapshot` JSON DEFAULT NULL, `createdAt` DATETIME(6) DEFAULT NULL,"
                            + " `updatedAt` DATETIME(6) DEFAULT NULL, PRIMARY KEY (`workflow_name`, `run_id`))" + TABLE_OPTIONS,
                    // Mastra's index names (per table in MySQL, so no prefix); on a database Mastra made they exist and are skipped.
                    // Ascending, unlike Mastra's "createdAt DESC": InnoDB appends the primary key (ascending) to every index, so
                    // only an ascending index read forwards or backwards gives "createdAt, id" in both directions without a sort.
                    "CREATE INDEX `mastra_threads_resourceid_createdat_idx` ON {threads} (`resourceId`, `createdAt`)",
                    "CREATE INDEX `mastra_messages_thread_id_createdat_idx` ON {messages} (`thread_id`, `createdAt`)",
                    // Not created by Mastra; harmless to it, and it keeps run listings indexed.
                    "CREATE INDEX `agentstore_workflow_snapshot_name_createdat_idx` ON {snapshots} (`workflow_name`, `createdAt`)")));

    private final String idCollation;

    /** With the portable {@value #PORTABLE_BINARY_COLLATION} id collation; prefer {@link #forServer}. */
    public MysqlDialect() {
        this(PORTABLE_BINARY_COLLATION);
    }

    /** With {@code idCollation} (a utf8mb4 binary collation) on id columns of tables it creates. */
    public MysqlDialect(String idCollation) {
        if (!idCollation.matches("utf8mb4_[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a utf8mb4 collation: " + idCollation);
        }
        this.idCollation = idCollation;
    }

    /**
     * The dialect for a server, from its version string ({@code SELECT VERSION()} or JDBC's
     * product version): the best binary collation it has for ids — MariaDB's
     * {@code utf8mb4_nopad_bin}, MySQL 8.0.17+'s {@code utf8mb4_0900_bin}, else {@code utf8mb4_bin}.
     */
    public static MysqlDialect forServer(String version) {
        String v = version == null ? "" : version;
        if (v.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return new MysqlDialect("utf8mb4_nopad_bin");
        }
        Matcher m = VERSION.matcher(v);
        if (m.find()) {
            int major = Integer.parseInt(m.group(1));
            int minor = Integer.parseInt(m.group(2));
            int patch = Integer.parseInt(m.group(3));
            if (major > 8 || major == 8 && (minor > 0 || patch >= 17)) {
                return new MysqlDialect("utf8mb4_0900_bin");
            }
        }
        return new MysqlDialect();
    }

    /** The collation of id columns in the tables this dialect creates. */
    public String idCollation() {
        return idCollation;
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public Instant truncate(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * UTC wall time as text ({@code 2025-01-31 09:15:00.123}), as Mastra writes it. Text rather
     * than {@code LocalDateTime}: the driver converts those through {@code java.sql.Timestamp} in
     * the JVM's default zone, which moves wall times that fall in a daylight-saving gap there.
     */
    @Override
    public Object time(Instant t) {
        char[] c = IsoMillis.format(truncate(t)).toCharArray();
        c[10] = ' ';
        return new String(c, 0, 23);
    }

    /**
     * Selected as text: MariaDB Connector/J 3.5 hands out even {@code getString} of a
     * {@code DATETIME} through the JVM's default zone (a wall time in that zone's daylight-saving
     * gap comes back an hour later); a {@code CHAR} value it passes as it is.
     */
    @Override
    public String selectTime(String column, boolean hasZoneColumn) {
        return "CAST(" + quote(column) + " AS CHAR) AS " + quote(column);
    }

    /** Mastra's id columns are utf8mb4_unicode_ci, ours binary: one explicit collation lets them share a UNION. */
    @Override
    public String exactText(String expr) {
        return "CONVERT(" + expr + " USING utf8mb4) COLLATE utf8mb4_bin";
    }

    /** Parses the text ({@code 2025-01-31 09:15:00.123000}) as UTC wall time. */
    @Override
    public Instant readTime(Row row, String column) {
        return parseTime(row.string(column));
    }

    static Instant parseTime(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() >= 23 && s.charAt(10) == ' ' && s.charAt(19) == '.') {
            char[] c = new char[24];
            s.getChars(0, 23, c, 0);
            c[10] = 'T';
            c[23] = 'Z';
            Instant fast = IsoMillis.parse(new String(c));
            if (fast != null) {
                return fast;
            }
        }
        return LocalDateTime.parse(s.trim().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    /**
     * As binary, so that the comparison is exact: no case folding and no trailing-space padding,
     * whatever collation the column has (MySQL's JSON text is {@code utf8mb4_bin}, which pads).
     */
    @Override
    public String jsonField(String column, String key) {
        return "CAST(JSON_UNQUOTE(JSON_EXTRACT(" + column + ", '" + literalPath(key) + "')) AS BINARY)";
    }

    @Override
    public String jsonSetString(String column, String key) {
        return "JSON_SET(" + column + ", '" + literalPath(key) + "', ?)";
    }

    /** A path for a SQL literal: only plain keys (the domain code's own), as backslashes in literals depend on the SQL mode. */
    private static String literalPath(String key) {
        if (!key.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("not a plain JSON key: " + key);
        }
        return path(key);
    }

    /**
     * Typed: a string matches only a JSON string, a number only a JSON number, a boolean only a
     * JSON boolean. Written with {@code JSON_TYPE} and {@code JSON_UNQUOTE}, which MySQL and
     * MariaDB (whose {@code JSON_EXTRACT} returns text) evaluate alike.
     */
    @Override
    public Fragment jsonFieldEquals(String column, String key, Object value) {
        String p = path(key);
        String at = "JSON_EXTRACT(" + column + ", ?)";
        if (value instanceof Boolean b) {
            return new Fragment("(JSON_TYPE(" + at + ") = 'BOOLEAN' AND JSON_UNQUOTE(" + at + ") = ?)", List.of(p, p, b ? "true" : "false"));
        }
        if (value instanceof Number n) {
            Object v = n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal ? n.doubleValue() : n.longValue();
            return new Fragment("(JSON_TYPE(" + at + ") IN ('INTEGER', 'UNSIGNED INTEGER', 'DOUBLE', 'DECIMAL') AND JSON_UNQUOTE(" + at
                    + ") + 0 = ?)", List.of(p, p, v));
        }
        return new Fragment("(JSON_TYPE(" + at + ") = 'STRING' AND CAST(JSON_UNQUOTE(" + at + ") AS BINARY) = CAST(? AS BINARY))",
                List.of(p, p, value.toString()));
    }

    /** A JSON path to a top-level key, quoted so that any key is one member name. */
    private static String path(String key) {
        return "$.\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * {@code VALUES(col)} rather than MySQL 8.0.19's row alias, which MariaDB does not have
     * (MySQL 8.0.20+ only warns that {@code VALUES()} is deprecated).
     */
    @Override
    public String upsertTail(List<String> conflictColumns, List<String> updateColumns, String table, List<String> keepWhenNull) {
        StringBuilder sb = new StringBuilder(" ON DUPLICATE KEY UPDATE ");
        for (int i = 0; i < updateColumns.size(); i++) {
            String c = quote(updateColumns.get(i));
            sb.append(i == 0 ? "" : ", ").append(c).append(" = ");
            if (keepWhenNull.contains(updateColumns.get(i))) {
                sb.append("COALESCE(VALUES(").append(c).append("), ").append(c).append(')');
            } else {
                sb.append("VALUES(").append(c).append(')');
            }
        }
        return sb.toString();
    }

    /** A no-op update rather than {@code INSERT IGNORE}, which would also turn real errors (too long, bad JSON) into warnings. */
    @Override
    public String insertIgnoreTail(List<String> conflictColumns) {
        String c = quote(conflictColumns.get(0));
        return " ON DUPLICATE KEY UPDATE " + c + " = " + c;
    }

    @Override
    public boolean supportsReturning() {
        return false;
    }

    @Override
    public String forUpdate() {
        return " FOR UPDATE";
    }

    /** Well under the smallest common {@code max_allowed_packet} (4 MB on MySQL 5.7, 16 MB on MariaDB, 64 MB on MySQL 8), even at 4 bytes a character. */
    @Override
    public long maxStatementChars() {
        return 1_000_000;
    }

    @Override
    public List<Migration> migrations() {
        return MIGRATIONS;
    }

    @Override
    public String migrationsTableDdl() {
        return "CREATE TABLE IF NOT EXISTS {migrations} (`version` INT NOT NULL PRIMARY KEY, `description` TEXT NOT NULL,"
                + " `checksum` VARCHAR(64) NOT NULL, `applied_at` DATETIME(6) NOT NULL, `duration_ms` BIGINT NOT NULL)" + TABLE_OPTIONS;
    }

    @Override
    public String renderTemplate(String sql) {
        return sql.replace("{idcollation}", idCollation);
    }

    /** A named lock held by the connection (not the transaction), so it outlives the implicit commits of DDL. */
    @Override
    public void lockForMigration(SqlSession session) {
        Long got = session.query("SELECT GET_LOCK(" + LOCK_NAME + ", " + LOCK_WAIT_SECONDS + ") AS l", List.of(), r -> r.longValue("l")).get(0);
        if (got == null || got != 1) {
            throw new MigrationFailedException("another process has been migrating this database for over " + LOCK_WAIT_SECONDS
                    + " s (the migration lock was not granted)", "wait for it to finish and run init() again; if no process is"
                    + " migrating, look for a session holding the lock: SELECT IS_USED_LOCK(" + LOCK_NAME + ")");
        }
    }

    /**
     * Commits, then releases the lock. The versions recorded by this run must be visible before
     * the next process takes the lock, or it would find them missing and apply them again. The
     * commit is right on failure too: DDL has already committed itself, so the versions of the
     * migrations that finished belong in the table.
     */
    @Override
    public void unlockAfterMigration(SqlSession session) {
        try {
            session.update("COMMIT", List.of());
            session.query("SELECT RELEASE_LOCK(" + LOCK_NAME + ") AS l", List.of(), r -> r.longValue("l"));
        } catch (RuntimeException e) {
            // The connection is broken: the server released the lock with it, and the pool drops it.
        }
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * An index or column that exists. For {@code CREATE INDEX} the catalog is asked: MySQL checks
     * the key before the name, so on a table Mastra made (its {@code LONGTEXT} ids carry prefix
     * indexes of the same name) the error is about the key length, not about the duplicate.
     */
    @Override
    public boolean alreadyApplied(SqlSession session, String statement, RuntimeException failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && (s.getErrorCode() == ER_DUP_KEYNAME || s.getErrorCode() == ER_DUP_FIELDNAME)) {
                return true;
            }
        }
        Matcher m = CREATE_INDEX.matcher(statement);
        if (!m.find()) {
            return false;
        }
        return !session.query("SELECT 1 AS x FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ?"
                + " AND index_name = ? LIMIT 1", List.of(unquote(m.group(2)), unquote(m.group(1))), r -> 1).isEmpty();
    }

    private static String unquote(String quoted) {
        return quoted.replace("``", "`");
    }

    @Override
    public String serverVersionSql() {
        return "SELECT VERSION() AS v";
    }
    @Override
    public String connectionLimitSql() {
        return "SELECT @@max_connections AS max, (SELECT COUNT(*) FROM information_schema.processlist) AS used";
    }

    @Override
    public String sslInUseSql() {
        return "SELECT COALESCE((SELECT VARIABLE_VALUE FROM information_schema.session_status WHERE VARIABLE_NAME = 'Ssl_cipher'), '') <> '' AS v";
    }

    /**
     * CREATE granted globally or on this database (GRANTEE reads {@code 'user'@'host'});
     * ALL PRIVILEGES shows up as its parts. Table-level grants are not looked at: the tables'
     * owner normally has database-level rights.
     */
    @Override
    public String privilegesSql(TableNames names) {
        String grantee = "CONCAT('''', REPLACE(CURRENT_USER(), '@', '''@'''), '''')";
        return "SELECT ((SELECT COUNT(*) FROM information_schema.user_privileges WHERE GRANTEE = " + grantee + " AND PRIVILEGE_TYPE = 'CREATE')"
                + " + (SELECT COUNT(*) FROM information_schema.schema_privileges WHERE GRANTEE = " + grantee
                + " AND TABLE_SCHEMA = DATABASE() AND PRIVILEGE_TYPE = 'CREATE')) > 0 AS can_create,"
                + " ((SELECT COUNT(*) FROM information_schema.user_privileges WHERE GRANTEE = " + grantee
                + " AND PRIVILEGE_TYPE IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE'))"
                + " + (SELECT COUNT(*) FROM information_schema.schema_privileges WHERE GRANTEE = " + grantee
                + " AND TABLE_SCHEMA = DATABASE() AND PRIVILEGE_TYPE IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE'))) >= 4 AS can_write";
    }

    @Override
    public String serverClockSql() {
        return "SELECT CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) AS v";
    }
}
