package io.agentstore.bench;

import java.util.List;

/**
 * One way of doing the benchmark's work against a database: through AgentStore's public API
 * ({@link AgentStoreTarget}) or with hand-written JDBC statements ({@link JdbcTarget}, the
 * floor). Every workload is written once against this interface, so both sides do exactly the
 * same operations in the same order. Implementations are thread-safe.
 */
interface Target extends AutoCloseable {
    /** {@code agentstore} or {@code jdbc}: used in ids and in the report. */
    String label();

    /** Opens a fresh connection (pool) to the already migrated database, checks the schema, closes it; returns the nanoseconds until usable. */
    long openAndInitNanos();

    /** Creates a thread (setup, untimed). */
    void createThread(String threadId, String resourceId, String title, java.time.Instant createdAt);

    /** Saves one message in one transaction that also sets the thread's {@code updatedAt}. */
    void append(String threadId, String resourceId, BenchMessage message);

    /** Saves messages of one thread in one transaction that also sets the thread's {@code updatedAt}. */
    void appendBatch(String threadId, String resourceId, List<BenchMessage> messages);

    /** Reads the newest 40 messages of a thread; returns how many were read. */
    int last40(String threadId);

    /** Reads the first page of 20 threads of a resource, newest first; returns how many were read. */
    int listThreads20(String resourceId);

    /** Inserts or replaces a workflow run snapshot. */
    void persistSnapshot(String workflowName, String runId, String resourceId, String snapshotJson);

    /** Reads a workflow run snapshot back; null when missing. */
    String loadSnapshot(String workflowName, String runId);

    @Override
    void close();
}
