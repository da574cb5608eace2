package io.agentstore.memory;

import java.time.Instant;
import java.util.Map;

import io.agentstore.internal.Json;

/**
 * What an agent remembers about one resource (usually a user) across threads: its working
 * memory (free text, typically Markdown) and metadata. Stored in {@code mastra_resources}.
 *
 * <pre>{@code
 * memory.updateWorkingMemory("user-42", "# Profile\n- prefers email");
 * String wm = memory.getResource("user-42").map(MemoryResource::workingMemory).orElse("");
 * }</pre>
 */
public record MemoryResource(String id, String workingMemory, Map<String, Object> metadata,
                             Instant createdAt, Instant updatedAt) {
    public MemoryResource {
        metadata = Json.immutableMap(metadata);
    }

    /** A new resource created now. */
    public static MemoryResource of(String id, String workingMemory) {
        Instant now = Instant.now();
        return new MemoryResource(id, workingMemory, Map.of(), now, now);
    }

    public MemoryResource withMetadata(Map<String, Object> newMetadata) {
        return new MemoryResource(id, workingMemory, newMetadata, createdAt, updatedAt);
    }
}
