package io.agentstore.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.error.InvalidInputException;

/**
 * Input rules shared by every backend, applied once in core before a backend sees a call, so
 * data that one backend accepts can be copied to any other. Internal: not public API.
 */
public final class Checks {
    /** Longest id accepted: fits every engine's index key limit (PostgreSQL btree, MySQL utf8mb4). */
    public static final int MAX_ID_LENGTH = 255;
    private static final Pattern FILTER_KEY = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
    /** Earliest and latest instants every engine stores (PostgreSQL timestamp, ISO-8601 text). */
    private static final Instant MIN_TIME = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant MAX_TIME = Instant.parse("9999-12-31T23:59:59.999Z");

    private Checks() {
    }

    public static String id(String field, String value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required", "pass a non-empty id such as a UUID");
        }
        if (value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank", "pass a non-empty id such as a UUID");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException(field, "is " + value.length() + " characters long; at most " + MAX_ID_LENGTH + " are allowed",
                    "use a shorter id, such as a UUID");
        }
        noNul(field, value);
        return value;
    }

    public static String optionalId(String field, String value) {
        return value == null ? null : id(field, value);
    }

    public static String text(String field, String value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required", "pass a string (it may be empty)");
        }
        return noNul(field, value);
    }

    public static String optionalText(String field, String value) {
        return value == null ? null : noNul(field, value);
    }

    public static String noNul(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, "contains the NUL character (U+0000), which not every database can store",
                    "remove U+0000 characters from the value");
        }
        return value;
    }

    public static Instant time(String field, Instant value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required", "pass an Instant, e.g. Instant.now()");
        }
        if (value.isBefore(MIN_TIME) || value.isAfter(MAX_TIME)) {
            throw new InvalidInputException(field, value + " is outside the years 0001 to 9999", "pass a time within years 0001 to 9999");
        }
        return value;
    }

    public static Instant optionalTime(String field, Instant value) {
        return value == null ? null : time(field, value);
    }

    /** Metadata must encode as JSON without NUL characters and without NaN or infinities. */
    public static Map<String, Object> metadata(String field, Map<String, Object> value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(value);
        } catch (Exception e) {
            throw new InvalidInputException(field, "cannot be written as JSON (" + e.getMessage() + ")",
                    "use only strings, numbers, booleans, null, lists and maps");
        }
        // Jackson writes U+0000 as an escape; the same six characters also appear when a value holds
        // a literal backslash followed by "u0000", which is harmless, so look at the decoded strings.
        if (json.indexOf('\0') >= 0 || json.contains("\\u0000") && containsNul(json)) {
            throw new InvalidInputException(field, "contains the NUL character (U+0000), which not every database can store",
                    "remove U+0000 characters from keys and values");
        }
        if (json.contains("NaN") || json.contains("Infinity")) {
            nonFinite(field, value);
        }
        return value;
    }

    private static void nonFinite(String field, Object v) {
        if (v instanceof Double d && (d.isNaN() || d.isInfinite()) || v instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new InvalidInputException(field, "contains NaN or an infinity, which JSON cannot hold", "use finite numbers or null");
        }
        if (v instanceof Map<?, ?> m) {
            m.values().forEach(x -> nonFinite(field, x));
        } else if (v instanceof Collection<?> c) {
            c.forEach(x -> nonFinite(field, x));
        }
    }

    /**
     * Message content: no U+0000, neither as a character nor, when the content is JSON, as an
     * escape that decodes to one (the text of a part is text like any other field).
     */
    public static String content(String field, String json) {
        noNul(field, json);
        if (json.contains("\\u0000") && containsNul(json)) {
            throw new InvalidInputException(field, "contains the NUL character (U+0000, escaped in the JSON), which not every database can store",
                    "remove U+0000 characters from the message");
        }
        return json;
    }

    /** Whether a key or string anywhere in a JSON text holds U+0000 (decoded, not as an escape); false for text that is not JSON. */
    private static boolean containsNul(String json) {
        try {
            return containsNul(Json.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    private static boolean containsNul(JsonNode n) {
        if (n.isTextual()) {
            return n.textValue().indexOf('\0') >= 0;
        }
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().indexOf('\0') >= 0 || containsNul(e.getValue())) {
                return true;
            }
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                if (containsNul(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A metadata filter: plain keys and scalar values. */
    public static Map<String, Object> metadataFilter(String field, Map<String, Object> filter) {
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            if (e.getKey() == null || !FILTER_KEY.matcher(e.getKey()).matches()) {
                throw new InvalidInputException(field, "key '" + e.getKey() + "' is not allowed",
                        "filter on top-level keys of 1 to 64 letters, digits, _ or -");
            }
            Object v = e.getValue();
            if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                throw new InvalidInputException(field + "." + e.getKey(), "must be a string, number or boolean",
                        "filter on scalar values; nested values are not supported");
            }
            if (v instanceof String s) {
                noNul(field + "." + e.getKey(), s);
            }
            nonFinite(field + "." + e.getKey(), v);
        }
        return filter;
    }

    /** A JSON object that every engine can store: valid, an object, and free of NUL characters. */
    public static String jsonObject(String field, String json) {
        JsonNode tree = Json.requireObject(field, json);
        if (json.indexOf('\0') >= 0 || json.contains("\\u0000") && containsNul(tree)) {
            throw new InvalidInputException(field, "contains the NUL character (U+0000), which PostgreSQL's jsonb cannot store",
                    "remove U+0000 characters from the JSON");
        }
        return json;
    }

    public static int page(String field, int page) {
        if (page < 0) {
            throw new InvalidInputException(field, "is " + page + "; pages count from 0", "pass 0 for the first page");
        }
        if (page > 10_000_000) {
            throw new InvalidInputException(field, "is too large", "pass a page below 10,000,000");
        }
        return page;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "is " + value + "; it must be from " + min + " to " + max, "pass a value from " + min + " to " + max);
        }
        return value;
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required", "");
        }
        return value;
    }
}
