package io.agentstore.admin;

import java.util.List;

/**
 * What {@code init()} would do to one backend, without doing it: the pending steps in order
 * (empty when the schema is up to date). {@code url} is masked.
 *
 * <pre>{@code
 * MigrationPlan plan = store.migrationPlan().get(0);
 * if (!plan.steps().isEmpty()) { System.out.println(plan.backend() + ": " + plan.steps().size() + " steps pending"); }
 * }</pre>
 */
public record MigrationPlan(String backend, String url, List<MigrationStep> steps) {
    public MigrationPlan {
        steps = List.copyOf(steps);
    }
}
