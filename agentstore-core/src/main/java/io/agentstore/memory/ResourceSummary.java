package io.agentstore.memory;

import java.time.Instant;

/**
 * One resource (usually a user) as {@link MemoryStore#listResources} lists it: how many
 * threads it has and when it last changed (the newest {@code updatedAt} of its threads and of
 * its working memory). A resource with working memory but no threads has {@code threadCount} 0.
 *
 * <pre>{@code
 * for (ResourceSummary r : memory.listResources(0, 20).items()) {
 *     System.out.println(r.resourceId() + ": " + r.threadCount() + " threads, last active " + r.lastActivityAt());
 * }
 * }</pre>
 */
public record ResourceSummary(String resourceId, long threadCount, Instant lastActivityAt) {
}
