package io.agentstore.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.agentstore.error.AgentStoreException;
import io.agentstore.error.ErrorCode;
import io.agentstore.error.MigrationFailedException;
import io.agentstore.error.SchemaOutOfDateException;

/**
 * Applies a dialect's migrations in order and records them in {@code agentstore_migrations}.
 * On an up-to-date database {@link #migrate()} costs one query. Otherwise everything runs in
 * one transaction under the dialect's cross-process lock, so concurrent {@code init()} calls
 * apply each step once, and a failing step leaves the database as it was where the engine has
 * transactional DDL (PostgreSQL, SQLite). A database that Mastra created is adopted: the
 * first migration only adds what is missing.
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

    /** Applies what is pending; returns the migrations applied by this call. */
    List<Migration> migrate() {
        Map<Integer, String> before = applied();
        if (before != null) {
            verify(before);
            if (pending(before).isEmpty()) {
                return List.of();
            }
        }
        return client.inTransaction(s -> {
            dialect.lockForMigration(s);
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
                    try {
                        s.update(names.render(statements.get(i)), List.of());
                    } catch (AgentStoreException e) {
                        throw new MigrationFailedException("migration " + m.version() + " (" + m.description() + ") failed at statement "
                                + (i + 1) + " of " + statements.size() + ": " + e.getMessage(),
                                "nothing of this migration was applied; fix the cause (often permissions: the user needs CREATE on the"
                                        + " database or schema) and run init() or 'agentstore migrate' again", e);
                    }
                }
                s.update("INSERT INTO " + names.migrations() + " (version, description, checksum, applied_at, duration_ms) VALUES (?, ?, ?, ?, ?)",
                        List.of(m.version(), m.description(), m.checksum(), dialect.time(Instant.now()), (System.nanoTime() - start) / 1_000_000));
            }
            return todo;
        });
    }

    private void verify(Map<Integer, String> applied) {
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
