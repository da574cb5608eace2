package io.agentstore.memory;

import java.time.Instant;
import java.util.Map;

import io.agentstore.internal.Json;

/**
 * A conversation thread: the unit an agent's messages belong to, owned by a resource
 * (usually a user). Stored in Mastra's {@code mastra_threads} table.
 *
 * <p>{@code metadata} is free-form JSON (a map of strings, numbers, booleans, lists and
 * maps); it is never null, an empty map stands for none.
 *
 * <pre>{@code
 * memory.saveThread(MemoryThread.of("t1", "user-42", "Support chat").withMetadata(Map.of("channel", "web")));
 * }</pre>
 */
public record MemoryThread(String id, String resourceId, String title, Map<String, Object> metadata,
                           Instant createdAt, Instant updatedAt) {
    public MemoryThread {
        metadata = Json.immutableMap(metadata);
    }

    /** A new thread created now, with no metadata. */
    public static MemoryThread of(String id, String resourceId, String title) {
        Instant now = Instant.now();
        return new MemoryThread(id, resourceId, title, Map.of(), now, now);
    }

    public MemoryThread withTitle(String newTitle) {
        return new MemoryThread(id, resourceId, newTitle, metadata, createdAt, updatedAt);
    }

    public MemoryThread withMetadata(Map<String, Object> newMetadata) {
        return new MemoryThread(id, resourceId, title, newMetadata, createdAt, updatedAt);
    }

    public MemoryThread withTimes(Instant newCreatedAt, Instant newUpdatedAt) {
        return new MemoryThread(id, resourceId, title, metadata, newCreatedAt, newUpdatedAt);
    }
}
