package io.agentstore.inmemory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.workflow.WorkflowRun;

/**
 * The tables of one in-memory store, guarded by one lock. One lock keeps every multi-row
 * write all-or-nothing and makes compare-and-set trivially atomic; the in-memory backend is
 * for tests and demos, where contention does not matter.
 */
final class InMemoryDatabase {
    /** Stores opened as {@code memory:NAME}; they live as long as the JVM, like a database would. */
    private static final Map<String, InMemoryDatabase> NAMED = new ConcurrentHashMap<>();

    private final Object lock = new Object();
    // Sorted maps: bulk scans (InMemoryTransfer) page through them by key.
    final java.util.NavigableMap<String, MemoryThread> threads = new java.util.TreeMap<>();
    final java.util.NavigableMap<String, Message> messages = new java.util.TreeMap<>();
    /** thread id to the ids of its messages: keeps per-thread listings from scanning every message. */
    final Map<String, java.util.Set<String>> messagesByThread = new HashMap<>();
    final java.util.NavigableMap<String, MemoryResource> resources = new java.util.TreeMap<>();
    final java.util.NavigableMap<RunKey, WorkflowRun> runs = new java.util.TreeMap<>();

    record RunKey(String workflowName, String runId) implements Comparable<RunKey> {
        @Override
        public int compareTo(RunKey o) {
            int c = workflowName.compareTo(o.workflowName);
            return c != 0 ? c : runId.compareTo(o.runId);
        }
    }

    static InMemoryDatabase named(String name) {
        return NAMED.computeIfAbsent(name, n -> new InMemoryDatabase());
    }

    /** Runs {@code work} holding the store's lock. */
    <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    void locked(Runnable work) {
        synchronized (lock) {
            work.run();
        }
    }

    /** Stores a message and keeps the per-thread index right when it moves between threads; call under the lock. */
    void putMessage(Message m) {
        Message old = messages.put(m.id(), m);
        if (old != null && !old.threadId().equals(m.threadId())) {
            java.util.Set<String> ids = messagesByThread.get(old.threadId());
            if (ids != null) {
                ids.remove(m.id());
            }
        }
        messagesByThread.computeIfAbsent(m.threadId(), k -> new java.util.LinkedHashSet<>()).add(m.id());
    }

    Map<String, Long> rowCounts() {
        return locked(() -> {
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("threads", (long) threads.size());
            m.put("messages", (long) messages.size());
            m.put("resources", (long) resources.size());
            m.put("workflow_snapshots", (long) runs.size());
            return m;
        });
    }

    /** Stored times keep milliseconds, as every SQL backend (and Mastra) does, so all backends order alike. */
    static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    static Instant now() {
        return millis(Instant.now());
    }
}
