package io.agentstore.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Row} over values an HTTP transport has already decoded from its wire format
 * (libSQL's Hrana, Cloudflare D1): each value is {@code null}, a {@link Long}, a {@link Double},
 * a {@link String} or a {@code byte[]} — SQLite's five storage classes. The getters convert the
 * way sqlite-jdbc does, so a {@link Dialect} reads the same thing over HTTP as over JDBC: an
 * integer read as text is its decimal digits, text read as a number is parsed, a blob read as
 * text is its UTF-8 bytes.
 *
 * <pre>{@code
 * ValuesRow.Columns cols = ValuesRow.columns(List.of("id", "createdAt"));
 * Row row = new ValuesRow(cols, new Object[] {"m1", "2025-01-31T09:15:00.123Z"});
 * row.string("createdAt"); // 2025-01-31T09:15:00.123Z
 * }</pre>
 */
public final class ValuesRow implements Row {
    private final Columns columns;
    private final Object[] values;

    /**
     * @param columns the column labels of the result, shared by all its rows
     * @param values  one decoded value per column, in the same order
     */
    public ValuesRow(Columns columns, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + columns.size() + " columns");
        }
        this.columns = columns;
        this.values = values;
    }

    /** The column labels of one result, looked up like JDBC: exactly first, then ignoring case. */
    public static Columns columns(List<String> labels) {
        return new Columns(labels);
    }

    @Override
    public String string(String column) {
        Object v = values[columns.index(column)];
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof Double d) {
            return realText(d);
        }
        return v.toString();
    }

    @Override
    public Long longValue(String column) {
        Object v = values[columns.index(column)];
        if (v == null) {
            return null;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        return parseLong(v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) v);
    }

    @Override
    public <T> T object(String column, Class<T> type) {
        int i = columns.index(column);
        Object v = values[i];
        if (v == null) {
            return null;
        }
        Object out;
        if (type == Object.class || type.isInstance(v)) {
            out = v;
        } else if (type == String.class) {
            out = string(column);
        } else if (type == Long.class) {
            out = longValue(column);
        } else if (type == Integer.class) {
            out = longValue(column).intValue();
        } else if (type == Double.class) {
            out = v instanceof Long l ? (double) l : v instanceof String s ? parseDouble(s) : null;
        } else if (type == Boolean.class) {
            out = longValue(column) != 0;
        } else if (type == BigDecimal.class) {
            out = new BigDecimal(string(column));
        } else if (type == byte[].class && v instanceof String s) {
            out = s.getBytes(StandardCharsets.UTF_8);
        } else {
            out = null;
        }
        if (out == null) {
            throw new IllegalStateException("column " + column + ": a " + v.getClass().getSimpleName() + " cannot be read as " + type.getSimpleName());
        }
        return type.cast(out);
    }

    /**
     * SQLite's text of a REAL ({@code printf "%!.15g"}): 15 significant digits, at least one digit
     * after the point ({@code 3.0}), exponent form below 1e-4 and from 1e15 ({@code 1.0e+20}, {@code 2.5e-07}).
     */
    static String realText(double d) {
        if (d == 0) {
            return "0.0";
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Inf" : "-Inf";
        }
        BigDecimal r = new BigDecimal(d).round(new MathContext(15, RoundingMode.HALF_UP)).stripTrailingZeros();
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= 15) {
            String digits = r.unscaledValue().abs().toString();
            String mantissa = digits.charAt(0) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
            String e = String.valueOf(Math.abs(exp));
            return (d < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        String plain = r.toPlainString();
        return plain.indexOf('.') >= 0 ? plain : plain + ".0";
    }

    /** Text to integer as SQLite does: the leading integer after spaces ({@code "12abc"} is 12, {@code "3.9"} is 3), else 0. */
    static long parseLong(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        BigInteger v = BigInteger.ZERO;
        int start = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i > start) {
            v = new BigInteger(s.substring(start, i));
        }
        if (negative) {
            v = v.negate();
        }
        // out of range saturates, as SQLite's conversion does
        return v.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    private static Double parseDouble(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The column labels of one result. Built once per result and shared by its rows.
     *
     * <pre>{@code
     * ValuesRow.Columns cols = ValuesRow.columns(List.of("id"));
     * }</pre>
     */
    public static final class Columns {
        private final List<String> labels;
        private final Map<String, Integer> exact = new HashMap<>();
        private final Map<String, Integer> folded = new HashMap<>();

        private Columns(List<String> labels) {
            this.labels = List.copyOf(labels);
            for (int i = 0; i < this.labels.size(); i++) {
                // The first of two equal labels wins, as with JDBC's findColumn.
                exact.putIfAbsent(this.labels.get(i), i);
                folded.putIfAbsent(this.labels.get(i).toLowerCase(Locale.ROOT), i);
            }
        }

        public int size() {
            return labels.size();
        }

        public List<String> labels() {
            return labels;
        }

        int index(String column) {
            Integer i = exact.get(column);
            if (i == null) {
                i = folded.get(column.toLowerCase(Locale.ROOT));
            }
            if (i == null) {
                throw new IllegalStateException("column " + column + " is not in the result; it has " + labels);
            }
            return i;
        }
    }
}
