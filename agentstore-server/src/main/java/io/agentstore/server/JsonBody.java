package io.agentstore.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON object from a request body, read field by field with the type each route expects.
 * Every refusal is a 400 naming the field by its path in the body ({@code messages[2].role}),
 * so a client can point at exactly what was wrong.
 */
final class JsonBody {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private final ObjectNode node;
    private final String prefix;

    private JsonBody(ObjectNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The body as an object that may hold only {@code allowed} fields. */
    static JsonBody of(JsonNode root, Set<String> allowed) {
        return object(root, "body", "", allowed);
    }

    private static JsonBody object(JsonNode n, String field, String prefix, Set<String> allowed) {
        if (n == null || !n.isObject()) {
            throw ApiError.invalid(field, "must be a JSON object, not " + kind(n));
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                // a typo such as "tittle" would otherwise be ignored without a word
                throw ApiError.invalid(prefix + name, "is not a known field", "known fields: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new JsonBody((ObjectNode) n, prefix);
    }

    private String path(String name) {
        return prefix + name;
    }

    /** Whether the field is present (even as null). */
    boolean has(String name) {
        return node.has(name);
    }

    /** A string field, or null when absent or JSON null. */
    String string(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.invalid(path(name), "must be a string, not " + kind(v));
        }
        return v.textValue();
    }

    String requiredString(String name) {
        String v = string(name);
        if (v == null) {
            throw ApiError.invalid(path(name), "is required");
        }
        return v;
    }

    /** A JSON-object field as a map, or null when absent or JSON null. */
    Map<String, Object> map(String name) {
        JsonNode v = objectNode(name);
        return v == null ? null : JsonCodec.MAPPER.convertValue(v, MAP);
    }

    /** A JSON-object field as it is, or null when absent or JSON null. */
    JsonNode objectNode(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw ApiError.invalid(path(name), "must be a JSON object, not " + kind(v));
        }
        return v;
    }

    /** An ISO-8601 time field, or null when absent or JSON null. */
    Instant time(String name) {
        String v = string(name);
        return v == null ? null : Params.instant(path(name), v);
    }

    /** A required array of objects, each restricted to {@code allowed} fields. */
    List<JsonBody> objects(String name, Set<String> allowed) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw ApiError.invalid(path(name), "is required");
        }
        if (!v.isArray()) {
            throw ApiError.invalid(path(name), "must be an array, not " + kind(v));
        }
        List<JsonBody> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            String at = path(name) + "[" + i + "]";
            out.add(object(v.get(i), at, at + ".", allowed));
        }
        return out;
    }

    /** The field path under which this object's fields are reported, such as {@code messages[0].}. */
    String prefix() {
        return prefix;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
