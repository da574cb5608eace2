package io.agentstore.sql;

import java.util.List;

/**
 * Runs statements: on their own (each one atomic) through a {@link SqlClient}, or inside a
 * transaction given to {@link SqlClient#inTransaction}. Parameters are positional ({@code ?})
 * and already encoded by the {@link Dialect}: strings, numbers, booleans, null, and the
 * dialect's time objects.
 *
 * <pre>{@code
 * int n = session.update("DELETE FROM t WHERE id = ?", List.of("x"));
 * }</pre>
 */
public interface SqlSession {
    <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper);

    /**
     * Runs a write that returns rows ({@code INSERT … RETURNING}, {@code UPDATE … RETURNING}):
     * on a client, on its own and atomically, with no transaction round trips around it.
     */
    <T> List<T> write(String sql, List<?> params, RowMapper<T> mapper);

    /** Runs an INSERT/UPDATE/DELETE/DDL statement; returns the rows affected. */
    int update(String sql, List<?> params);

    /** Runs one statement once per parameter list; returns the rows affected by each. */
    int[] batch(String sql, List<? extends List<?>> rows);
}
