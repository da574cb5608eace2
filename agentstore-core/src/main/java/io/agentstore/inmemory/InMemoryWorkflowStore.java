package io.agentstore.inmemory;

import static io.agentstore.inmemory.InMemoryDatabase.now;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.Page;
import io.agentstore.error.NotFoundException;
import io.agentstore.error.StorageException;
import io.agentstore.inmemory.InMemoryDatabase.RunKey;
import io.agentstore.internal.Json;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;
import io.agentstore.workflow.WorkflowStore;

/** Workflow snapshots in a map keyed by (workflowName, runId); every call runs under the database lock. */
final class InMemoryWorkflowStore implements WorkflowStore {
    /** Newest first, then by run id (descending too, so the whole order is simply reversed). */
    private static final Comparator<WorkflowRun> NEWEST_FIRST =
            Comparator.comparing(WorkflowRun::createdAt).thenComparing(WorkflowRun::runId).reversed();

    private final InMemoryDatabase db;
    private final Runnable checkOpen;

    InMemoryWorkflowStore(InMemoryDatabase db, Runnable checkOpen) {
        this.db = db;
        this.checkOpen = checkOpen;
    }

    @Override
    public WorkflowRun persistSnapshot(String workflowName, String runId, String resourceId, String snapshotJson) {
        checkOpen.run();
        return db.locked(() -> {
            RunKey key = new RunKey(workflowName, runId);
            WorkflowRun old = db.runs.get(key);
            Instant now = now();
            WorkflowRun stored = new WorkflowRun(workflowName, runId, resourceId, snapshotJson, old != null ? old.createdAt() : now, now);
            db.runs.put(key, stored);
            return stored;
        });
    }

    @Override
    public Optional<String> loadSnapshot(String workflowName, String runId) {
        return getRun(workflowName, runId).map(WorkflowRun::snapshot);
    }

    @Override
    public Optional<WorkflowRun> getRun(String workflowName, String runId) {
        checkOpen.run();
        return db.locked(() -> Optional.ofNullable(db.runs.get(new RunKey(workflowName, runId))));
    }

    @Override
    public Page<WorkflowRun> listRuns(RunQuery q) {
        checkOpen.run();
        return db.locked(() -> {
            List<WorkflowRun> matches = new ArrayList<>();
            for (WorkflowRun r : db.runs.values()) {
                if ((q.workflowName() == null || q.workflowName().equals(r.workflowName()))
                        && (q.status() == null || q.status().equals(r.status()))
                        && (q.resourceId() == null || q.resourceId().equals(r.resourceId()))
                        && (q.from() == null || !r.createdAt().isBefore(q.from()))
                        && (q.to() == null || !r.createdAt().isAfter(q.to()))) {
                    matches.add(r);
                }
            }
            matches.sort(NEWEST_FIRST);
            return InMemoryMemoryStore.page(matches, q.page(), q.perPage());
        });
    }

    @Override
    public boolean deleteRun(String workflowName, String runId) {
        checkOpen.run();
        return db.locked(() -> db.runs.remove(new RunKey(workflowName, runId)) != null);
    }

    @Override
    public boolean compareAndSetStatus(String workflowName, String runId, String expectedStatus, String newStatus) {
        checkOpen.run();
        return db.locked(() -> {
            RunKey key = new RunKey(workflowName, runId);
            WorkflowRun run = db.runs.get(key);
            if (run == null) {
                throw new NotFoundException("workflow run " + workflowName + "/" + runId + " does not exist",
                        "persist a snapshot for it first");
            }
            if (!expectedStatus.equals(run.status())) {
                return false;
            }
            db.runs.put(key, new WorkflowRun(workflowName, runId, run.resourceId(), withStatus(run.snapshot(), newStatus),
                    run.createdAt(), now()));
            return true;
        });
    }

    /** The snapshot with only its status replaced; decimals are read as written so no other value changes. */
    private static String withStatus(String snapshot, String status) {
        try {
            ObjectNode node = (ObjectNode) Json.MAPPER.reader()
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                    .readTree(snapshot);
            node.put("status", status);
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StorageException("the stored snapshot of this run is not a JSON object", "persist a valid snapshot", e);
        }
    }
}
