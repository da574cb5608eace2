package io.agentstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.agentstore.error.InvalidInputException;
import io.agentstore.internal.Checks;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.spi.WorkflowTransfer;
import io.agentstore.workflow.WorkflowRun;

/**
 * Applies the input rules of the domain stores to bulk puts too, so that what a copy or a
 * restore writes is exactly what {@code saveThread}/{@code saveMessages}/{@code persistSnapshot}
 * would accept (no U+0000, ids of at most 255 characters, JSON object snapshots, times within
 * years 0001 to 9999): a bad row from a backup file is rejected naming the field, and nothing of
 * its batch is written. A batch repeating a key keeps its last version, as {@code saveMessages} does.
 */
final class ValidatingTransfer {
    private ValidatingTransfer() {
    }

    static MemoryTransfer memory(MemoryTransfer d) {
        return new MemoryTransfer() {
            @Override
            public List<MemoryResource> scanResources(String afterId, int limit) {
                return d.scanResources(Checks.optionalId("afterId", afterId), limit(limit));
            }

            @Override
            public List<MemoryThread> scanThreads(String afterId, int limit) {
                return d.scanThreads(Checks.optionalId("afterId", afterId), limit(limit));
            }

            @Override
            public List<Message> scanMessages(String afterId, int limit) {
                return d.scanMessages(Checks.optionalId("afterId", afterId), limit(limit));
            }

            @Override
            public List<Message> scanThreadMessages(String threadId, Instant afterCreatedAt, String afterId, int limit) {
                Checks.id("threadId", threadId);
                if ((afterCreatedAt == null) != (afterId == null)) {
                    throw new InvalidInputException("afterCreatedAt", "and afterId must be given together",
                            "pass the createdAt and id of the last message of the previous page, or both null to start");
                }
                return d.scanThreadMessages(threadId, afterCreatedAt, Checks.optionalId("afterId", afterId), limit(limit));
            }

            @Override
            public void putResources(List<MemoryResource> resources) {
                batch("resources", resources);
                for (int i = 0; i < resources.size(); i++) {
                    ValidatingMemoryStore.checkResource("resources[" + i + "]", resources.get(i));
                }
                List<MemoryResource> rows = lastById(resources, MemoryResource::id);
                if (!rows.isEmpty()) {
                    d.putResources(rows);
                }
            }

            @Override
            public void putThreads(List<MemoryThread> threads) {
                batch("threads", threads);
                for (int i = 0; i < threads.size(); i++) {
                    ValidatingMemoryStore.checkThread("threads[" + i + "]", threads.get(i));
                }
                List<MemoryThread> rows = lastById(threads, MemoryThread::id);
                if (!rows.isEmpty()) {
                    d.putThreads(rows);
                }
            }

            @Override
            public void putMessages(List<Message> messages) {
                batch("messages", messages);
                for (int i = 0; i < messages.size(); i++) {
                    ValidatingMemoryStore.checkMessage("messages[" + i + "]", messages.get(i));
                }
                List<Message> rows = lastById(messages, Message::id);
                if (!rows.isEmpty()) {
                    d.putMessages(rows);
                }
            }

            @Override
            public PrunedThreads pruneThreads(Instant updatedBefore, boolean dryRun) {
                return d.pruneThreads(Checks.time("updatedBefore", updatedBefore), dryRun);
            }
        };
    }

    static WorkflowTransfer workflows(WorkflowTransfer d) {
        return new WorkflowTransfer() {
            @Override
            public List<WorkflowRun> scanRuns(String afterWorkflowName, String afterRunId, int limit) {
                if ((afterWorkflowName == null) != (afterRunId == null)) {
                    throw new InvalidInputException("afterWorkflowName", "and afterRunId must be given together",
                            "pass the key of the last run of the previous page, or both null to start");
                }
                return d.scanRuns(Checks.optionalId("afterWorkflowName", afterWorkflowName), Checks.optionalId("afterRunId", afterRunId),
                        limit(limit));
            }

            @Override
            public void putRuns(List<WorkflowRun> runs) {
                batch("runs", runs);
                for (int i = 0; i < runs.size(); i++) {
                    WorkflowRun r = runs.get(i);
                    String f = "runs[" + i + "]";
                    Checks.notNull(f, r);
                    Checks.id(f + ".workflowName", r.workflowName());
                    Checks.id(f + ".runId", r.runId());
                    Checks.optionalId(f + ".resourceId", r.resourceId());
                    Checks.jsonObject(f + ".snapshot", r.snapshot());
                    Checks.time(f + ".createdAt", r.createdAt());
                    Checks.time(f + ".updatedAt", r.updatedAt());
                }
                List<WorkflowRun> rows = lastById(runs, r -> r.workflowName() + '\u0000' + r.runId());
                if (!rows.isEmpty()) {
                    d.putRuns(rows);
                }
            }

            @Override
            public long pruneRuns(Instant updatedBefore, boolean dryRun) {
                return d.pruneRuns(Checks.time("updatedBefore", updatedBefore), dryRun);
            }
        };
    }

    private static int limit(int limit) {
        return Checks.range("limit", limit, 1, MemoryTransfer.MAX_BATCH);
    }

    private static <T> List<T> batch(String field, List<T> rows) {
        Checks.notNull(field, rows);
        if (rows.size() > MemoryTransfer.MAX_BATCH) {
            throw new InvalidInputException(field, "has " + rows.size() + " rows; at most " + MemoryTransfer.MAX_BATCH + " per call",
                    "split the batch");
        }
        return rows;
    }

    /** The rows with repeated keys collapsed to the last version (a multi-row upsert may not touch one row twice). */
    private static <T> List<T> lastById(List<T> rows, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T r : rows) {
            if (r != null) {
                String k = key.apply(r);
                byKey.remove(k);
                byKey.put(k, r);
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
