package io.agentstore.spi;

import java.time.Instant;
import java.util.List;

import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;

/**
 * Bulk access to the memory domain for tools that move data between backends: copy, backup,
 * restore and retention ({@code agentstore copy|backup|restore|prune}). Not for an agent's hot
 * path; {@link io.agentstore.memory.MemoryStore} is.
 *
 * <p><b>Scans</b> are keyset-paged: each call returns at most {@code limit} rows strictly after
 * the given key, in the order the key defines, so reading every row costs one indexed query per
 * page whatever the table's size (offset paging would re-read all earlier rows on every page).
 * The order is the backend's own (its collation); it is stable for one backend, which is all a
 * cursor needs, and is not comparable across backends. Pass {@code null} to start.
 *
 * <p><b>Puts</b> are idempotent upserts that store every field exactly as given, including ids,
 * {@code createdAt} and {@code updatedAt} (unlike {@code saveThread}, which keeps the first
 * {@code createdAt}, and {@code saveMessages}, which touches threads). Each call is atomic.
 * Messages are stored whether or not their thread exists, so orphans survive a copy as well.
 *
 * <pre>{@code
 * MemoryTransfer from = source.memoryTransfer(), to = target.memoryTransfer();
 * String after = null;
 * for (List<Message> page; !(page = from.scanMessages(after, 1000)).isEmpty(); after = page.get(page.size() - 1).id()) {
 *     to.putMessages(page);
 * }
 * }</pre>
 */
public interface MemoryTransfer {
    /** The largest {@code limit} of a scan and the largest batch of a put. */
    int MAX_BATCH = 10_000;

    /** Resources with an id after {@code afterId} (null: from the first), by id. */
    List<MemoryResource> scanResources(String afterId, int limit);

    /** Threads with an id after {@code afterId} (null: from the first), by id. */
    List<MemoryThread> scanThreads(String afterId, int limit);

    /** Every message (of any thread, orphans included) with an id after {@code afterId} (null: from the first), by id. */
    List<Message> scanMessages(String afterId, int limit);

    /**
     * The messages of one thread after the message ({@code afterCreatedAt}, {@code afterId}) in the
     * order of every listing: {@code createdAt}, then id. Both null: from the first.
     */
    List<Message> scanThreadMessages(String threadId, Instant afterCreatedAt, String afterId, int limit);

    /** Inserts or replaces resources, every field as given. */
    void putResources(List<MemoryResource> resources);

    /** Inserts or replaces threads, every field as given; messages are not touched. */
    void putThreads(List<MemoryThread> threads);

    /** Inserts or replaces messages, every field as given; threads are not touched and need not exist. */
    void putMessages(List<Message> messages);

    /**
     * Deletes the threads last updated before {@code updatedBefore}, with all their messages, or
     * with {@code dryRun} only counts them. Runs in batches of threads, each batch atomic; a
     * thread that gets a new message while the prune runs is kept with all its messages.
     * Resources (working memory) are never pruned.
     */
    PrunedThreads pruneThreads(Instant updatedBefore, boolean dryRun);

    /**
     * What {@link #pruneThreads} removed (or, in a dry run, would remove).
     *
     * <pre>{@code
     * PrunedThreads p = store.memoryTransfer().pruneThreads(Instant.now().minus(Duration.ofDays(30)), true);
     * System.out.println(p.threads() + " threads, " + p.messages() + " messages");
     * }</pre>
     */
    record PrunedThreads(long threads, long messages) {
    }
}
