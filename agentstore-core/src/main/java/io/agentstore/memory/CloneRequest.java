package io.agentstore.memory;

import java.util.Map;

/**
 * How to clone a thread: a new thread id (null: a random UUID), its resource (null: the
 * source's), its title (null: "Clone of " + the source's title), metadata merged over the
 * source's, and at most {@code messageLimit} newest messages (null: all). The clone's
 * metadata gains {@code clone: {sourceThreadId, clonedAt}} as Mastra records it; messages get
 * new ids and keep their times and order.
 *
 * <pre>{@code
 * CloneResult c = memory.cloneThread(CloneRequest.of("t1").newThreadId("t1-branch").messageLimit(20));
 * }</pre>
 */
public record CloneRequest(String sourceThreadId, String newThreadId, String resourceId, String title,
                           Map<String, Object> metadata, Integer messageLimit) {
    public static CloneRequest of(String sourceThreadId) {
        return new CloneRequest(sourceThreadId, null, null, null, null, null);
    }

    public CloneRequest newThreadId(String id) {
        return new CloneRequest(sourceThreadId, id, resourceId, title, metadata, messageLimit);
    }

    public CloneRequest resourceId(String id) {
        return new CloneRequest(sourceThreadId, newThreadId, id, title, metadata, messageLimit);
    }

    public CloneRequest title(String newTitle) {
        return new CloneRequest(sourceThreadId, newThreadId, resourceId, newTitle, metadata, messageLimit);
    }

    public CloneRequest metadata(Map<String, Object> newMetadata) {
        return new CloneRequest(sourceThreadId, newThreadId, resourceId, title, newMetadata, messageLimit);
    }

    public CloneRequest messageLimit(int limit) {
        return new CloneRequest(sourceThreadId, newThreadId, resourceId, title, metadata, limit);
    }
}
