package io.agentstore.sql;

import java.util.ArrayList;
import java.util.List;

import io.agentstore.Page;

/**
 * Paged listings. The page is read first; the total is then known without counting when the
 * page is short, and counted with a separate {@code count(*)} otherwise — cheaper than a
 * window count, which makes the database read and sort every match before the LIMIT.
 */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> page(SqlClient client, String table, String columns, Sql.Where w, String orderBy, int page, int perPage,
                            RowMapper<T> mapper) {
        long offset = (long) page * perPage;
        // Numbers are validated ints: inlined, they let the database plan the statement once.
        List<T> items = client.query("SELECT " + columns + " FROM " + table + w.sql() + orderBy + " LIMIT " + perPage
                + (offset == 0 ? "" : " OFFSET " + offset), w.params(), mapper);
        long total;
        if (items.size() < perPage && (offset == 0 || !items.isEmpty())) {
            total = offset + items.size();
        } else {
            total = client.query("SELECT count(*) AS n FROM " + table + w.sql(), new ArrayList<>(w.params()), r -> r.longValue("n")).get(0);
        }
        return new Page<>(items, total, page, perPage, offset + items.size() < total);
    }
}
