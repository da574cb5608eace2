package io.agentstore.libsql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.sql.RowMapper;
import io.agentstore.sql.ValuesRow;

/**
 * The JSON shapes of Hrana over HTTP (libSQL's {@code docs/HRANA_3_SPEC.md}, identical in v2 for
 * what is used here): pipeline bodies, statements, batches with conditions, typed values and
 * results. Integers travel as decimal strings so 64-bit values survive JSON; blobs as base64.
 */
final class HranaWire {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private HranaWire() {
    }

    /** A statement error as the server reports it: SQLite's message and a code such as {@code SQLITE_CONSTRAINT}. */
    record StmtError(String message, String code) {
    }

    static byte[] body(String baton, List<ObjectNode> requests) {
        ObjectNode b = F.objectNode();
        if (baton == null) {
            b.putNull("baton");
        } else {
            b.put("baton", baton);
        }
        b.putArray("requests").addAll(requests);
        try {
            return JSON.writeValueAsBytes(b);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a Hrana request", e);
        }
    }

    static ObjectNode execute(ObjectNode stmt) {
        ObjectNode r = F.objectNode().put("type", "execute");
        r.set("stmt", stmt);
        return r;
    }

    static ObjectNode close() {
        return F.objectNode().put("type", "close");
    }

    static ObjectNode stmt(String sql, List<?> args, boolean wantRows) {
        ObjectNode s = F.objectNode().put("sql", sql);
        ArrayNode a = s.putArray("args");
        for (int i = 0; i < args.size(); i++) {
            a.add(value(args.get(i), i + 1));
        }
        s.put("want_rows", wantRows);
        return s;
    }

    /** A batch request: each step runs only if its condition (or null for always) holds. */
    static ObjectNode batch(List<ObjectNode> stmts, List<ObjectNode> conditions) {
        ObjectNode r = F.objectNode().put("type", "batch");
        ArrayNode steps = r.putObject("batch").putArray("steps");
        for (int i = 0; i < stmts.size(); i++) {
            ObjectNode step = steps.addObject();
            if (conditions.get(i) != null) {
                step.set("condition", conditions.get(i));
            }
            step.set("stmt", stmts.get(i));
        }
        return r;
    }

    /** Condition: step {@code step} ran and succeeded. */
    static ObjectNode ok(int step) {
        return F.objectNode().put("type", "ok").put("step", step);
    }

    static ObjectNode not(ObjectNode cond) {
        ObjectNode n = F.objectNode().put("type", "not");
        n.set("cond", cond);
        return n;
    }

    /** A Java parameter as a Hrana value; {@code position} (from 1) names it in an error. */
    static ObjectNode value(Object v, int position) {
        ObjectNode n = F.objectNode();
        if (v == null) {
            return n.put("type", "null");
        }
        if (v instanceof String s) {
            return n.put("type", "text").put("value", s);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return n.put("type", "integer").put("value", v.toString());
        }
        if (v instanceof Boolean b) {
            return n.put("type", "integer").put("value", b ? "1" : "0");
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("parameter " + position + " is " + d + ", which JSON cannot carry to a libSQL server");
            }
            return n.put("type", "float").put("value", d);
        }
        if (v instanceof BigInteger bi) {
            if (bi.bitLength() > 63) {
                throw new IllegalArgumentException("parameter " + position + " (" + bi + ") does not fit SQLite's 64-bit integer");
            }
            return n.put("type", "integer").put("value", bi.toString());
        }
        if (v instanceof byte[] b) {
            return n.put("type", "blob").put("base64", B64.encodeToString(b));
        }
        if (v instanceof Character || v instanceof java.time.temporal.TemporalAccessor || v instanceof Enum<?>) {
            return n.put("type", "text").put("value", v.toString());
        }
        throw new IllegalArgumentException("parameter " + position + " is a " + v.getClass().getName() + ", which has no SQLite type");
    }

    /** A Hrana value as Java: null, Long, Double, String or byte[]. */
    static Object decode(JsonNode v) {
        String type = v.path("type").asText("");
        switch (type) {
            case "null":
                return null;
            case "integer":
                JsonNode iv = v.get("value");
                return iv.isNumber() ? iv.longValue() : Long.parseLong(iv.asText());
            case "float":
                JsonNode fv = v.get("value");
                return fv.isNumber() ? fv.doubleValue() : Double.parseDouble(fv.asText());
            case "text":
                return v.get("value").asText();
            case "blob":
                return Base64.getDecoder().decode(v.path("base64").asText("").replace("=", ""));
            default:
                throw new IllegalStateException("the libSQL server sent a value of unknown type '" + type + "'");
        }
    }

    /** Maps each row of a {@code StmtResult}. */
    static <T> List<T> rows(JsonNode result, RowMapper<T> mapper) {
        JsonNode cols = result.path("cols");
        List<String> labels = new ArrayList<>(cols.size());
        for (JsonNode c : cols) {
            JsonNode name = c.get("name");
            labels.add(name == null || name.isNull() ? "" : name.asText());
        }
        ValuesRow.Columns columns = ValuesRow.columns(labels);
        JsonNode rows = result.path("rows");
        List<T> out = new ArrayList<>(rows.size());
        for (JsonNode r : rows) {
            Object[] values = new Object[r.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = decode(r.get(i));
            }
            out.add(mapper.map(new ValuesRow(columns, values)));
        }
        return out;
    }

    static int affected(JsonNode result) {
        return (int) result.path("affected_row_count").asLong(0);
    }

    static StmtError error(JsonNode e) {
        JsonNode code = e.get("code");
        return new StmtError(e.path("message").asText(""), code == null || code.isNull() ? null : code.asText());
    }
}
