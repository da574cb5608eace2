package io.agentstore.sql;

import java.util.List;

/**
 * One statement of an atomic batch ({@link SqlClient#atomic}): SQL, positional parameters, and
 * a mapper for the rows it returns (null for a statement whose rows are not wanted, such as a
 * plain UPDATE; its result then carries only the count of changed rows).
 *
 * <pre>{@code
 * List<StatementResult> r = client.atomic(List.of(
 *         SqlStatement.update("DELETE FROM t WHERE id = ?", List.of("x")),
 *         SqlStatement.query("SELECT count(*) AS n FROM t", List.of(), row -> row.longValue("n"))));
 * }</pre>
 */
public record SqlStatement(String sql, List<?> params, RowMapper<?> mapper) {
    public SqlStatement {
        params = params == null ? List.of() : params;
    }

    /** A statement whose rows (if any) are not read. */
    public static SqlStatement update(String sql, List<?> params) {
        return new SqlStatement(sql, params, null);
    }

    /** A statement whose rows are read with {@code mapper} (a SELECT, or a write with RETURNING). */
    public static SqlStatement query(String sql, List<?> params, RowMapper<?> mapper) {
        return new SqlStatement(sql, params, mapper);
    }
}
