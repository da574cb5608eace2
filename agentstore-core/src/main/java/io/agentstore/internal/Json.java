package io.agentstore.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.agentstore.error.InvalidInputException;

/**
 * The one JSON codec of AgentStore (Jackson), shared by every backend so metadata and
 * snapshots are encoded the same way everywhere. Internal: not part of the public API.
 */
public final class Json {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    /** Snapshots of several MB are normal; lift Jackson's default 20 MB string cap to 64 MB. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(64 * 1024 * 1024).maxNestingDepth(2000).build());
    }

    private Json() {
    }

    /** A read-only copy of {@code m} that keeps key order and allows JSON null values; null becomes empty. */
    public static Map<String, Object> immutableMap(Map<String, Object> m) {
        if (m == null || m.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stored metadata to a map: null, blank, JSON null or a non-object to an empty map. A JSON
     * string holding an object is read as that object: Mastra's PostgreSQL store writes resource
     * metadata that way.
     */
    public static Map<String, Object> readMap(String json) {
        if (json == null || json.isBlank() || json.equals("null")) {
            return Map.of();
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node.isTextual()) {
                return readMap(node.textValue());
            }
            if (!node.isObject()) {
                return Map.of();
            }
            return Collections.unmodifiableMap(MAPPER.convertValue(node, MAP));
        } catch (IOException e) {
            throw new UncheckedIOException("stored metadata is not JSON", e);
        }
    }

    public static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /**
     * Checks that {@code json} is one JSON object and returns it parsed.
     *
     * @throws InvalidInputException naming {@code field} when it is not
     */
    public static JsonNode requireObject(String field, String json) {
        if (json == null) {
            throw new InvalidInputException(field, "must not be null", "pass a JSON object such as {\"status\":\"running\"}");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException(field, "must be a JSON object, got " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()),
                        "pass a JSON object such as {\"status\":\"running\"}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(field, "is not valid JSON (" + e.getOriginalMessage() + ")", "pass a JSON object such as {\"status\":\"running\"}");
        }
    }
}
