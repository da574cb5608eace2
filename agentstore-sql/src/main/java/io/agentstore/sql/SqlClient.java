package io.agentstore.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The transport of the SQL engine: JDBC, or an HTTP protocol (libSQL's Hrana, Cloudflare D1).
 * Statements run on it directly are each atomic; {@link #inTransaction} runs several
 * atomically. Implementations translate driver errors into {@code AgentStoreException}s.
 *
 * <pre>{@code
 * int moved = client.inTransaction(tx -> {
 *     tx.update("UPDATE a SET n = n - 1 WHERE id = ?", List.of(1));
 *     return tx.update("UPDATE a SET n = n + 1 WHERE id = ?", List.of(2));
 * });
 * }</pre>
 */
public interface SqlClient extends SqlSession, AutoCloseable {
    /**
     * Runs {@code work} in one read-write transaction: committed when it returns, rolled back
     * when it throws (the exception is rethrown).
     */
    <T> T inTransaction(Function<SqlSession, T> work);

    /** What {@code agentstore status} should show about the transport (replicas, endpoints); never a secret. */
    default Map<String, String> statusDetails() {
        return Map.of();
    }

    /**
     * Whether {@link #inTransaction} is available: a transaction that stays open while the caller
     * reads, decides and writes. JDBC has it; a stateless HTTP transport (Cloudflare D1's REST API)
     * does not, and returns false. The SQL engine then never calls {@code inTransaction}: it runs
     * each operation as one {@link #atomic} batch, with guard statements
     * ({@link Dialect#guard}) or row compare-and-set where it must read before it writes.
     */
    default boolean interactiveTransactions() {
        return true;
    }

    /**
     * Runs the statements in order as one atomic unit, all or nothing: a failing statement rolls
     * back the ones before it and the error is thrown. The default runs them in
     * {@link #inTransaction}; a transport without interactive transactions sends them as one
     * atomic batch.
     */
    default List<StatementResult> atomic(List<SqlStatement> statements) {
        return inTransaction(s -> {
            List<StatementResult> out = new ArrayList<>(statements.size());
            for (SqlStatement st : statements) {
                if (st.mapper() == null) {
                    out.add(new StatementResult(s.update(st.sql(), st.params()), List.of()));
                } else {
                    out.add(new StatementResult(0, s.query(st.sql(), st.params(), st.mapper())));
                }
            }
            return out;
        });
    }

    @Override
    void close();
}
