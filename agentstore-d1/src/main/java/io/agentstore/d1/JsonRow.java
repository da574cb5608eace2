package io.agentstore.d1;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.sql.Row;

/** One row of a D1 result: a JSON object of column label to value (text, number, null, or a BLOB as an array of bytes). */
final class JsonRow implements Row {
    private final ObjectNode row;

    JsonRow(ObjectNode row) {
        this.row = row;
    }

    private JsonNode get(String column) {
        JsonNode v = row.get(column);
        if (v == null) {
            // Labels compare without case in SQLite, as JDBC's getString(label) does.
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equalsIgnoreCase(column)) {
                    return e.getValue();
                }
            }
            throw new IllegalStateException("the D1 result has no column " + column + " (columns: " + columns() + ")");
        }
        return v;
    }

    private java.util.List<String> columns() {
        java.util.List<String> names = new java.util.ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Override
    public String string(String column) {
        JsonNode v = get(column);
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isArray()) {
            byte[] bytes = new byte[v.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) v.get(i).intValue();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return v.asText();
    }

    @Override
    public Long longValue(String column) {
        JsonNode v = get(column);
        if (v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.longValue();
        }
        try {
            return Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("column " + column + " is not a number: " + v.asText(), e);
        }
    }

    @Override
    public <T> T object(String column, Class<T> type) {
        Object value;
        if (type == String.class) {
            value = string(column);
        } else if (type == Long.class) {
            value = longValue(column);
        } else if (type == Integer.class) {
            Long l = longValue(column);
            value = l == null ? null : l.intValue();
        } else if (type == Double.class) {
            JsonNode v = get(column);
            value = v.isNull() ? null : v.asDouble();
        } else {
            throw new IllegalStateException("the D1 transport cannot read column " + column + " as " + type.getName());
        }
        return type.cast(value);
    }
}
