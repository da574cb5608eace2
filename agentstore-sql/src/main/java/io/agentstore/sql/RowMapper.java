package io.agentstore.sql;

/**
 * Turns a {@link Row} into a value.
 *
 * <pre>{@code
 * List<String> ids = session.query("SELECT id FROM t", List.of(), r -> r.string("id"));
 * }</pre>
 */
@FunctionalInterface
public interface RowMapper<T> {
    T map(Row row);
}
