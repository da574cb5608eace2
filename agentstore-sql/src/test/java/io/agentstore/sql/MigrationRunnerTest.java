package io.agentstore.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

import io.agentstore.error.ErrorCode;
import io.agentstore.error.MigrationFailedException;
import io.agentstore.error.SchemaOutOfDateException;
import io.agentstore.error.StorageException;

/** The migration runner on a real SQLite database, through a client that counts round trips. */
class MigrationRunnerTest {
    private SQLiteConnection keepAlive;
    private CountingClient client;
    private final SqliteDialect dialect = new SqliteDialect();
    private final TableNames names = new TableNames(dialect, null, "");

    @BeforeEach
    void open() throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        // A named shared in-memory database lives while one connection stays open.
        ds.setUrl("jdbc:sqlite:file:mig" + System.nanoTime() + "?mode=memory&cache=shared");
        keepAlive = (SQLiteConnection) ds.getConnection();
        client = new CountingClient(new JdbcSqlClient(ds, null, null, 0,
                (e, what) -> new StorageException(what + ": " + e.getMessage(), "", e)));
    }

    @AfterEach
    void close() throws SQLException {
        keepAlive.close();
    }

    @Test
    void freshDatabaseGetsEveryMigrationRecordedWithChecksum() {
        MigrationRunner runner = new MigrationRunner(client, dialect, names);
        assertEquals(dialect.migrations().size(), runner.migrate().size());
        List<String> rows = client.query("SELECT version, checksum FROM agentstore_migrations", List.of(),
                r -> r.longValue("version") + ":" + r.string("checksum"));
        assertEquals(List.of("1:" + dialect.migrations().get(0).checksum()), rows);
        assertEquals(List.of(), runner.pending(runner.applied()));
    }

    @Test
    void upToDateDatabaseCostsOneRoundTrip() {
        MigrationRunner runner = new MigrationRunner(client, dialect, names);
        runner.migrate();
        client.calls.set(0);
        assertTrue(runner.migrate().isEmpty());
        assertEquals(1, client.calls.get(), "init() on an up-to-date database must be a single query");
    }

    @Test
    void changedMigrationIsRefused() {
        MigrationRunner runner = new MigrationRunner(client, dialect, names);
        runner.migrate();
        client.update("UPDATE agentstore_migrations SET checksum = 'edited' WHERE version = 1", List.of());
        MigrationFailedException e = assertThrows(MigrationFailedException.class, runner::migrate);
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void newerDatabaseIsRefused() {
        MigrationRunner runner = new MigrationRunner(client, dialect, names);
        runner.migrate();
        client.update("INSERT INTO agentstore_migrations VALUES (999, 'future', 'x', 'now', 0)", List.of());
        SchemaOutOfDateException e = assertThrows(SchemaOutOfDateException.class, runner::migrate);
        assertEquals(ErrorCode.SCHEMA_OUT_OF_DATE, e.code());
        assertTrue(e.getMessage().contains("999"));
    }

    @Test
    void failedMigrationNamesTheStepAndLeavesTheDatabaseAsItWas() {
        // A messages table without thread_id: creating Mastra's index on it must fail.
        client.update("CREATE TABLE mastra_messages (id TEXT PRIMARY KEY, body TEXT)", List.of());
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> new MigrationRunner(client, dialect, names).migrate());
        assertTrue(e.getMessage().contains("migration 1"), e.getMessage());
        assertTrue(e.getMessage().contains("statement"), e.getMessage());
        List<String> tables = client.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", List.of(), r -> r.string("name"));
        assertEquals(List.of("mastra_messages"), tables, "everything the failed migration created must be rolled back");
    }

    @Test
    void exportedSchemaBuildsTheSameTablesAndCountsAsApplied() {
        String ddl = SchemaExport.ddl(dialect, io.agentstore.config.StoreOptions.defaults());
        for (String stmt : ddl.split(";\n")) {
            String s = stmt.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
            if (!s.isEmpty()) {
                client.update(s, List.of());
            }
        }
        MigrationRunner runner = new MigrationRunner(client, dialect, names);
        assertEquals(List.of(), runner.pending(runner.applied()));
        assertTrue(runner.migrate().isEmpty());
        List<String> tables = client.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", List.of(), r -> r.string("name"));
        assertEquals(List.of("agentstore_migrations", "mastra_messages", "mastra_resources", "mastra_threads", "mastra_workflow_snapshot"), tables);
    }

    @Test
    void tablePrefixAppliesToEveryTableAndIndex() {
        new MigrationRunner(client, dialect, new TableNames(dialect, null, "dev_")).migrate();
        List<String> names = client.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name",
                List.of(), r -> r.string("name"));
        assertTrue(names.stream().allMatch(n -> n.startsWith("dev_")), names.toString());
    }

    /** Counts statements sent, the unit of a round trip here. */
    private static final class CountingClient implements SqlClient {
        final AtomicInteger calls = new AtomicInteger();
        private final SqlClient inner;

        CountingClient(SqlClient inner) {
            this.inner = inner;
        }

        @Override
        public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
            calls.incrementAndGet();
            return inner.query(sql, params, mapper);
        }

        @Override
        public <T> List<T> write(String sql, List<?> params, RowMapper<T> mapper) {
            calls.incrementAndGet();
            return inner.write(sql, params, mapper);
        }

        @Override
        public int update(String sql, List<?> params) {
            calls.incrementAndGet();
            return inner.update(sql, params);
        }

        @Override
        public int[] batch(String sql, List<? extends List<?>> rows) {
            calls.incrementAndGet();
            return inner.batch(sql, rows);
        }

        @Override
        public <T> T inTransaction(Function<SqlSession, T> work) {
            calls.incrementAndGet();
            return inner.inTransaction(work);
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
