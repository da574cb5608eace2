package io.agentstore.workflow;

import java.time.Instant;

/**
 * Filters for {@link WorkflowStore#listRuns}: workflow name, status, resource, and a
 * {@code createdAt} range (both bounds inclusive), each optional; newest first (equal times
 * by run id, descending), one zero-based page at a time.
 *
 * <pre>{@code
 * Page<WorkflowRun> suspended = wf.listRuns(RunQuery.workflow("onboarding").status("suspended").perPage(50));
 * }</pre>
 */
public record RunQuery(String workflowName, String status, String resourceId, Instant from, Instant to,
                       int page, int perPage) {
    public static final int DEFAULT_PER_PAGE = 100;
    public static final int MAX_PER_PAGE = 10_000;

    /** Every run of every workflow. */
    public static RunQuery all() {
        return new RunQuery(null, null, null, null, null, 0, DEFAULT_PER_PAGE);
    }

    /** Runs of one workflow. */
    public static RunQuery workflow(String workflowName) {
        return all().workflowName(workflowName);
    }

    public RunQuery workflowName(String name) {
        return new RunQuery(name, status, resourceId, from, to, page, perPage);
    }

    public RunQuery status(String newStatus) {
        return new RunQuery(workflowName, newStatus, resourceId, from, to, page, perPage);
    }

    public RunQuery resourceId(String id) {
        return new RunQuery(workflowName, status, id, from, to, page, perPage);
    }

    public RunQuery between(Instant newFrom, Instant newTo) {
        return new RunQuery(workflowName, status, resourceId, newFrom, newTo, page, perPage);
    }

    public RunQuery page(int newPage) {
        return new RunQuery(workflowName, status, resourceId, from, to, newPage, perPage);
    }

    public RunQuery perPage(int newPerPage) {
        return new RunQuery(workflowName, status, resourceId, from, to, page, newPerPage);
    }
}
