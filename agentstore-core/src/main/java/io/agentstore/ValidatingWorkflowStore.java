package io.agentstore;

import java.util.Optional;

import io.agentstore.internal.Checks;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;
import io.agentstore.workflow.WorkflowStore;

/** Applies the input rules of {@link WorkflowStore} once, for every backend, before delegating. */
final class ValidatingWorkflowStore implements WorkflowStore {
    private final WorkflowStore delegate;

    ValidatingWorkflowStore(WorkflowStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public WorkflowRun persistSnapshot(String workflowName, String runId, String resourceId, String snapshotJson) {
        Checks.id("workflowName", workflowName);
        Checks.id("runId", runId);
        Checks.optionalId("resourceId", resourceId);
        Checks.jsonObject("snapshot", snapshotJson);
        return delegate.persistSnapshot(workflowName, runId, resourceId, snapshotJson);
    }

    @Override
    public Optional<String> loadSnapshot(String workflowName, String runId) {
        return delegate.loadSnapshot(Checks.id("workflowName", workflowName), Checks.id("runId", runId));
    }

    @Override
    public Optional<WorkflowRun> getRun(String workflowName, String runId) {
        return delegate.getRun(Checks.id("workflowName", workflowName), Checks.id("runId", runId));
    }

    @Override
    public Page<WorkflowRun> listRuns(RunQuery q) {
        Checks.notNull("query", q);
        Checks.optionalId("query.workflowName", q.workflowName());
        Checks.optionalId("query.status", q.status());
        Checks.optionalId("query.resourceId", q.resourceId());
        Checks.optionalTime("query.from", q.from());
        Checks.optionalTime("query.to", q.to());
        Checks.page("query.page", q.page());
        Checks.range("query.perPage", q.perPage(), 1, RunQuery.MAX_PER_PAGE);
        return delegate.listRuns(q);
    }

    @Override
    public boolean deleteRun(String workflowName, String runId) {
        return delegate.deleteRun(Checks.id("workflowName", workflowName), Checks.id("runId", runId));
    }

    @Override
    public boolean compareAndSetStatus(String workflowName, String runId, String expectedStatus, String newStatus) {
        Checks.id("workflowName", workflowName);
        Checks.id("runId", runId);
        Checks.id("expectedStatus", expectedStatus);
        Checks.id("newStatus", newStatus);
        return delegate.compareAndSetStatus(workflowName, runId, expectedStatus, newStatus);
    }
}
