package io.agentstore.sql;

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

    @Override
    void close();
}
