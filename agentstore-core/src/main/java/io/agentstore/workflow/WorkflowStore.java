package io.agentstore.workflow;

import java.util.Optional;

import io.agentstore.Page;

/**
 * The workflows domain: snapshots of workflow runs keyed by {@code (workflowName, runId)}.
 * Every backend implements it with the same behaviour, checked by the conformance kit.
 *
 * <pre>{@code
 * WorkflowStore wf = store.workflows();
 * wf.persistSnapshot("onboarding", "run-1", "user-42", "{\"status\":\"suspended\",\"context\":{}}");
 * if (wf.compareAndSetStatus("onboarding", "run-1", "suspended", "running")) { resume(); }
 * }</pre>
 */
public interface WorkflowStore {

    /**
     * Inserts or replaces the snapshot of a run ({@code createdAt} of the first save is kept,
     * {@code updatedAt} set to now). {@code snapshotJson} must be a JSON object; its
     * {@code status} field is the run's status. {@code resourceId} may be null.
     */
    WorkflowRun persistSnapshot(String workflowName, String runId, String resourceId, String snapshotJson);

    /** The stored snapshot text of a run. */
    Optional<String> loadSnapshot(String workflowName, String runId);

    /** A run by workflow name and run id. */
    Optional<WorkflowRun> getRun(String workflowName, String runId);

    /** Runs matching the filters, newest first: see {@link RunQuery}. */
    Page<WorkflowRun> listRuns(RunQuery query);

    /** Deletes a run; returns whether it existed. */
    boolean deleteRun(String workflowName, String runId);

    /**
     * Atomically sets the snapshot's {@code status} to {@code newStatus} if it is currently
     * {@code expectedStatus}. Of many concurrent callers with the same expectation exactly one
     * gets {@code true}. Other fields of the snapshot are unchanged; {@code updatedAt} is set.
     *
     * @throws io.agentstore.error.NotFoundException when the run does not exist
     */
    boolean compareAndSetStatus(String workflowName, String runId, String expectedStatus, String newStatus);
}
