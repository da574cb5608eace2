package io.agentstore.sql;

import java.util.ArrayList;
import java.util.List;

import io.agentstore.Page;

/** Paged listings: one query returns a page and the total (a window count); a second only for a page past the end. */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> page(SqlClient client, String table, String columns, Sql.Where w, String orderBy, int page, int perPage,
                            RowMapper<T> mapper) {
        List<Object> p = new ArrayList<>(w.params());
        p.add(perPage);
        p.add((long) page * perPage);
        long[] total = {0};
        List<T> items = client.query("SELECT " + columns + ", count(*) OVER () AS agentstore_total FROM " + table + w.sql() + orderBy
                + " LIMIT ? OFFSET ?", p, r -> {
                    total[0] = r.longValue("agentstore_total");
                    return mapper.map(r);
                });
        if (items.isEmpty() && page > 0) {
            total[0] = client.query("SELECT count(*) AS n FROM " + table + w.sql(), w.params(), r -> r.longValue("n")).get(0);
        }
        return new Page<>(items, total[0], page, perPage, (long) (page + 1) * perPage < total[0]);
    }
}
