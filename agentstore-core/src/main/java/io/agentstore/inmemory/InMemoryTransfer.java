package io.agentstore.inmemory;

import static io.agentstore.inmemory.InMemoryDatabase.millis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

import io.agentstore.inmemory.InMemoryDatabase.RunKey;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.spi.WorkflowTransfer;
import io.agentstore.workflow.WorkflowRun;

/** Bulk scans, exact puts and retention over the sorted maps of one {@link InMemoryDatabase}, under its lock. */
final class InMemoryTransfer implements MemoryTransfer, WorkflowTransfer {
    private final InMemoryDatabase db;
    private final Runnable checkOpen;

    InMemoryTransfer(InMemoryDatabase db, Runnable checkOpen) {
        this.db = db;
        this.checkOpen = checkOpen;
    }

    @Override
    public List<MemoryResource> scanResources(String afterId, int limit) {
        return scan(db.resources, afterId, limit);
    }

    @Override
    public List<MemoryThread> scanThreads(String afterId, int limit) {
        return scan(db.threads, afterId, limit);
    }

    @Override
    public List<Message> scanMessages(String afterId, int limit) {
        return scan(db.messages, afterId, limit);
    }

    @Override
    public List<Message> scanThreadMessages(String threadId, Instant afterCreatedAt, String afterId, int limit) {
        checkOpen.run();
        return db.locked(() -> {
            List<Message> all = new ArrayList<>();
            for (String id : db.messagesByThread.getOrDefault(threadId, Set.of())) {
                Message m = db.messages.get(id);
                if (afterId == null || m.createdAt().isAfter(afterCreatedAt)
                        || m.createdAt().equals(afterCreatedAt) && m.id().compareTo(afterId) > 0) {
                    all.add(m);
                }
            }
            all.sort(InMemoryMemoryStore.MESSAGE_ORDER);
            return List.copyOf(all.subList(0, Math.min(limit, all.size())));
        });
    }

    @Override
    public void putResources(List<MemoryResource> resources) {
        checkOpen.run();
        db.locked(() -> resources.forEach(r -> db.resources.put(r.id(), new MemoryResource(r.id(), r.workingMemory(),
                Frozen.metadata(r.metadata()), millis(r.createdAt()), millis(r.updatedAt())))));
    }

    @Override
    public void putThreads(List<MemoryThread> threads) {
        checkOpen.run();
        db.locked(() -> threads.forEach(t -> db.threads.put(t.id(), new MemoryThread(t.id(), t.resourceId(), t.title(),
                Frozen.metadata(t.metadata()), millis(t.createdAt()), millis(t.updatedAt())))));
    }

    @Override
    public void putMessages(List<Message> messages) {
        checkOpen.run();
        db.locked(() -> messages.forEach(m -> db.putMessage(m.withCreatedAt(millis(m.createdAt())))));
    }

    @Override
    public PrunedThreads pruneThreads(Instant updatedBefore, boolean dryRun) {
        checkOpen.run();
        return db.locked(() -> {
            long threads = 0;
            long messages = 0;
            for (Iterator<MemoryThread> it = db.threads.values().iterator(); it.hasNext(); ) {
                MemoryThread t = it.next();
                if (t.updatedAt().isBefore(updatedBefore)) {
                    threads++;
                    Set<String> ids = db.messagesByThread.getOrDefault(t.id(), Set.of());
                    messages += ids.size();
                    if (!dryRun) {
                        it.remove();
                        ids.forEach(db.messages::remove);
                        db.messagesByThread.remove(t.id());
                    }
                }
            }
            return new PrunedThreads(threads, messages);
        });
    }

    @Override
    public List<WorkflowRun> scanRuns(String afterWorkflowName, String afterRunId, int limit) {
        return scan(db.runs, afterWorkflowName == null ? null : new RunKey(afterWorkflowName, afterRunId), limit);
    }

    @Override
    public void putRuns(List<WorkflowRun> runs) {
        checkOpen.run();
        db.locked(() -> runs.forEach(r -> db.runs.put(new RunKey(r.workflowName(), r.runId()), new WorkflowRun(r.workflowName(), r.runId(),
                r.resourceId(), r.snapshot(), millis(r.createdAt()), millis(r.updatedAt())))));
    }

    @Override
    public long pruneRuns(Instant updatedBefore, boolean dryRun) {
        checkOpen.run();
        return db.locked(() -> {
            long n = 0;
            for (Iterator<WorkflowRun> it = db.runs.values().iterator(); it.hasNext(); ) {
                if (it.next().updatedAt().isBefore(updatedBefore)) {
                    n++;
                    if (!dryRun) {
                        it.remove();
                    }
                }
            }
            return n;
        });
    }

    private <K, V> List<V> scan(NavigableMap<K, V> map, K after, int limit) {
        checkOpen.run();
        return db.locked(() -> {
            List<V> out = new ArrayList<>(Math.min(limit, 1024));
            for (Map.Entry<K, V> e : (after == null ? map : map.tailMap(after, false)).entrySet()) {
                if (out.size() == limit) {
                    break;
                }
                out.add(e.getValue());
            }
            return out;
        });
    }
}
