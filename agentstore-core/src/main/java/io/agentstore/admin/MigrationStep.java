package io.agentstore.admin;

import java.util.List;

/**
 * One step that {@code init()} would apply to a backend: a migration with the exact statements
 * it runs, rendered for this store's schema and table prefix. Version 0 is the preparation
 * (schema and migrations table) that precedes the first migration.
 *
 * <pre>{@code
 * for (MigrationPlan plan : store.migrationPlan()) {
 *     plan.steps().forEach(s -> System.out.println("v" + s.version() + " " + s.description()));
 * }
 * }</pre>
 */
public record MigrationStep(int version, String description, List<String> statements) {
    public MigrationStep {
        statements = List.copyOf(statements);
    }
}
