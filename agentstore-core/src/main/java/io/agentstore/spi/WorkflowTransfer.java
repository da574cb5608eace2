package io.agentstore.spi;

import java.time.Instant;
import java.util.List;

import io.agentstore.workflow.WorkflowRun;

/**
 * Bulk access to the workflows domain for tools that move data between backends (copy, backup,
 * restore, prune); the counterpart of {@link MemoryTransfer}, with the same rules: keyset-paged
 * scans in the backend's own order, idempotent atomic puts that keep every field exactly.
 *
 * <pre>{@code
 * WorkflowTransfer from = source.workflowTransfer(), to = target.workflowTransfer();
 * List<WorkflowRun> page = from.scanRuns(null, null, 500);
 * while (!page.isEmpty()) {
 *     to.putRuns(page);
 *     WorkflowRun last = page.get(page.size() - 1);
 *     page = from.scanRuns(last.workflowName(), last.runId(), 500);
 * }
 * }</pre>
 */
public interface WorkflowTransfer {
    /**
     * Runs after the key ({@code afterWorkflowName}, {@code afterRunId}), by workflow name then
     * run id; both null: from the first.
     */
    List<WorkflowRun> scanRuns(String afterWorkflowName, String afterRunId, int limit);

    /** Inserts or replaces runs, every field as given (snapshot text, resource, both times). */
    void putRuns(List<WorkflowRun> runs);

    /** Deletes the runs last updated before {@code updatedBefore}, or with {@code dryRun} only counts them. */
    long pruneRuns(Instant updatedBefore, boolean dryRun);
}
