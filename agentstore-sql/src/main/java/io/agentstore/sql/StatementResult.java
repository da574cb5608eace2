package io.agentstore.sql;

import java.util.List;

/**
 * What one statement of an atomic batch did: the rows it returned, mapped by the statement's
 * mapper (empty without one), and the rows it changed (0 for a query).
 *
 * <pre>{@code
 * List<String> ids = results.get(1).rows();
 * }</pre>
 */
public record StatementResult(int changes, List<?> rows) {
    public StatementResult {
        rows = rows == null ? List.of() : rows;
    }

    /** The mapped rows, typed as the caller's mapper made them. */
    @SuppressWarnings("unchecked")
    public <T> List<T> mapped() {
        return (List<T>) rows;
    }
}
