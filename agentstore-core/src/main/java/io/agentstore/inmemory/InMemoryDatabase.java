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
    final Map<String, MemoryThread> threads = new HashMap<>();
    final Map<String, Message> messages = new HashMap<>();
    /** thread id to the ids of its messages: keeps per-thread listings from scanning every message. */
    final Map<String, java.util.Set<String>> messagesByThread = new HashMap<>();
    final Map<String, MemoryResource> resources = new HashMap<>();
    final Map<RunKey, WorkflowRun> runs = new HashMap<>();

    record RunKey(String workflowName, String runId) {
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
