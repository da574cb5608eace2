package io.agentstore.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small helpers for building statements with positional parameters. */
final class Sql {
    private Sql() {
    }

    /** {@code ?, ?, ?} for {@code n} parameters. */
    static String marks(int n) {
        StringBuilder sb = new StringBuilder(n * 3);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.toString();
    }

    /** Splits {@code items} into lists of at most {@code size}. */
    static <T> List<List<T>> chunks(Collection<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        List<T> cur = new ArrayList<>(Math.min(size, items.size()));
        for (T t : items) {
            cur.add(t);
            if (cur.size() == size) {
                out.add(cur);
                cur = new ArrayList<>(size);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** A WHERE clause built from optional conditions, each with its parameters. */
    static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Where and(String condition, Object... values) {
            sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
            params.addAll(List.of(values));
            return this;
        }

        Where and(Dialect.Fragment f) {
            sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(f.sql());
            params.addAll(f.params());
            return this;
        }

        Where in(String column, Collection<?> values) {
            sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(column).append(" IN (").append(marks(values.size())).append(')');
            params.addAll(values);
            return this;
        }

        String sql() {
            return sql.toString();
        }

        List<Object> params() {
            return params;
        }
    }
}
