package io.agentstore.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.agentstore.admin.MigrationStep;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.ErrorCode;
import io.agentstore.error.MigrationFailedException;
import io.agentstore.error.SchemaOutOfDateException;

/**
 * Applies a dialect's migrations in order and records them in {@code agentstore_migrations}.
 * On an up-to-date database {@link #migrate()} costs one query. Otherwise everything runs in
 * one transaction under the dialect's cross-process lock, so concurrent {@code init()} calls
 * apply each step once, and a failing step leaves the database as it was where the engine has
 * transactional DDL (PostgreSQL, SQLite); where it has not (MySQL), every step is idempotent and
 * a run after a failure completes what is missing. A database that Mastra created is adopted: the
 * first migration only adds what is missing.
 *
 * <p>Over a transport without interactive transactions (Cloudflare D1) the pending migrations
 * go as one atomic batch instead: the migrations table, then per migration a guard that it is
 * not recorded yet, its statements and its record. The database runs the batch alone and as a
 * whole, so concurrent {@code init()} calls apply each step once (a loser's guard fails, it
 * reads what the winner recorded and has nothing left to do), and a failing step leaves the
 * database as it was.
 */
final class MigrationRunner {
    private final SqlClient client;
    private final Dialect dialect;
    private final TableNames names;

    MigrationRunner(SqlClient client, Dialect dialect, TableNames names) {
        this.client = client;
        this.dialect = dialect;
        this.names = names;
    }

    /** Versions applied and their checksums, or null when the migrations table does not exist yet. */
    Map<Integer, String> applied() {
        try {
            return read(client);
        } catch (AgentStoreException e) {
            if (e.code() == ErrorCode.STORAGE_FAILURE || e.code() == ErrorCode.SCHEMA_OUT_OF_DATE) {
                return null;
            }
            throw e;
        }
    }

    private Map<Integer, String> read(SqlSession s) {
        Map<Integer, String> m = new TreeMap<>();
        s.query("SELECT version, checksum FROM " + names.migrations(), List.of(), r -> m.put(r.longValue("version").intValue(), r.string("checksum")));
        return m;
    }

    /** Migrations not applied yet, oldest first. */
    List<Migration> pending(Map<Integer, String> applied) {
        List<Migration> out = new ArrayList<>();
        for (Migration m : dialect.migrations()) {
            if (applied == null || !applied.containsKey(m.version())) {
                out.add(m);
            }
        }
        return out;
    }

    /** What {@link #migrate()} would apply now, as statements; nothing is written. */
    List<MigrationStep> plan() {
        Map<Integer, String> applied = applied();
        if (applied != null) {
            verify(applied);
        }
        return steps(dialect, names, pending(applied), applied == null);
    }

    /**
     * The statements of {@code migrations} as the runner applies them, each ending with the row it
     * records; with {@code prepare}, preceded by step 0 that creates the schema and migrations table.
     */
    static List<MigrationStep> steps(Dialect dialect, TableNames names, List<Migration> migrations, boolean prepare) {
        List<MigrationStep> out = new ArrayList<>();
        if (prepare) {
            List<String> first = new ArrayList<>();
            if (names.schema() != null && dialect.createSchemaDdl(names.schema()) != null) {
                first.add(dialect.createSchemaDdl(names.schema()));
            }
            first.add(names.render(dialect.migrationsTableDdl()));
            out.add(new MigrationStep(0, "schema and migrations table", first));
        }
        for (Migration m : migrations) {
            List<String> statements = new ArrayList<>();
            m.statements().forEach(st -> statements.add(names.render(st)));
            statements.add("INSERT INTO " + names.migrations() + " (version, description, checksum, applied_at, duration_ms) VALUES ("
                    + m.version() + ", '" + m.description().replace("'", "''") + "', '" + m.checksum() + "', CURRENT_TIMESTAMP, 0)");
            out.add(new MigrationStep(m.version(), m.description(), statements));
        }
        return out;
    }

    /** Applies what is pending; returns the migrations applied by this call. */
    List<Migration> migrate() {
        Map<Integer, String> before = applied();
        if (before != null) {
            verify(before);
            if (pending(before).isEmpty()) {
                return List.of();
            }
        }
        if (!client.interactiveTransactions()) {
            return migrateAtomically(before);
        }
        return client.inTransaction(s -> {
            dialect.lockForMigration(s);
            try {
                return applyPending(s);
            } finally {
                dialect.unlockAfterMigration(s);
            }
        });
    }

    private List<Migration> applyPending(SqlSession s) {
        if (names.schema() != null && dialect.createSchemaDdl(names.schema()) != null) {
            s.update(dialect.createSchemaDdl(names.schema()), List.of());
        }
        s.update(names.render(dialect.migrationsTableDdl()), List.of());
        Map<Integer, String> now = read(s);
        verify(now);
        List<Migration> todo = pending(now);
        for (Migration m : todo) {
            long start = System.nanoTime();
            List<String> statements = m.statements();
            for (int i = 0; i < statements.size(); i++) {
                String statement = names.render(statements.get(i));
                try {
                    s.update(statement, List.of());
                } catch (AgentStoreException e) {
                    if (dialect.alreadyApplied(s, statement, e)) {
                        continue;
                    }
                    throw new MigrationFailedException("migration " + m.version() + " (" + m.description() + ") failed at statement "
                            + (i + 1) + " of " + statements.size() + ": " + e.getMessage(), (dialect.transactionalDdl()
                            ? "nothing of this migration was applied; "
                            : "this database commits DDL at once, so the steps before it stay applied; every step is idempotent, so ")
                            + "fix the cause (often permissions: the user needs CREATE on the database or schema) and run init() or"
                            + " 'agentstore migrate' again", e);
                }
            }
            s.update("INSERT INTO " + names.migrations() + " (version, description, checksum, applied_at, duration_ms) VALUES (?, ?, ?, ?, ?)",
                    List.of(m.version(), m.description(), m.checksum(), dialect.time(Instant.now()), (System.nanoTime() - start) / 1_000_000));
        }
        return todo;
    }

    private List<Migration> migrateAtomically(Map<Integer, String> known) {
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Migration> todo = pending(known);
            if (todo.isEmpty()) {
                return List.of();
            }
            List<SqlStatement> st = new ArrayList<>();
            if (names.schema() != null && dialect.createSchemaDdl(names.schema()) != null) {
                st.add(SqlStatement.update(dialect.createSchemaDdl(names.schema()), List.of()));
            }
            st.add(SqlStatement.update(names.render(dialect.migrationsTableDdl()), List.of()));
            for (Migration m : todo) {
                st.add(dialect.guard("NOT EXISTS (SELECT 1 FROM " + names.migrations() + " WHERE version = " + m.version() + ")", List.of()));
                m.statements().forEach(sql -> st.add(SqlStatement.update(names.render(sql), List.of())));
                st.add(SqlStatement.update("INSERT INTO " + names.migrations() + " (version, description, checksum, applied_at, duration_ms)"
                        + " VALUES (?, ?, ?, ?, 0)", List.of(m.version(), m.description(), m.checksum(), dialect.time(Instant.now()))));
            }
            long start = System.nanoTime();
            try {
                client.atomic(st);
            } catch (AgentStoreException e) {
                if (!Dialect.isGuardFailure(e)) {
                    String versions = todo.stream().map(m -> m.version() + " (" + m.description() + ")").reduce((a, b) -> a + ", " + b).orElse("");
                    throw new MigrationFailedException("migration " + versions + " failed: " + e.getMessage(),
                            "nothing of these migrations was applied; fix the cause (often permissions: the API token needs write"
                                    + " access to the database) and run init() or 'agentstore migrate' again", e);
                }
                // Another process applied some of them first: read what it recorded and go on from there.
                known = read(client);
                verify(known);
                continue;
            }
            // The batch ran as a whole: record its time on each of its migrations.
            Object[] p = new Object[todo.size() + 1];
            p[0] = (System.nanoTime() - start) / 1_000_000;
            for (int i = 0; i < todo.size(); i++) {
                p[i + 1] = todo.get(i).version();
            }
            client.update("UPDATE " + names.migrations() + " SET duration_ms = ? WHERE version IN (" + Sql.marks(todo.size()) + ")", Arrays.asList(p));
            return todo;
        }
        throw new MigrationFailedException("other processes kept migrating this database at the same time",
                "run init() or 'agentstore migrate' again once they are done");
    }

    /** Fails when an applied migration differs from ours or is newer than this AgentStore knows. */
    void verify(Map<Integer, String> applied) {
        int known = dialect.migrations().isEmpty() ? 0 : dialect.migrations().get(dialect.migrations().size() - 1).version();
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            if (e.getKey() > known) {
                throw new SchemaOutOfDateException("the database schema is at version " + e.getKey() + ", newer than this AgentStore knows ("
                        + known + ")", "upgrade AgentStore to the version that migrated this database");
            }
            for (Migration m : dialect.migrations()) {
                if (m.version() == e.getKey() && !m.checksum().equals(e.getValue())) {
                    throw new MigrationFailedException("migration " + m.version() + " (" + m.description()
                            + ") differs from the one applied to this database (checksum mismatch)",
                            "a migration must never change once released; restore the original or use the AgentStore version that applied it");
                }
            }
        }
    }
}
