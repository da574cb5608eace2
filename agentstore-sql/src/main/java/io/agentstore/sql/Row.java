package io.agentstore.sql;

/**
 * One result row, read by column label. Transports return what the wire gave them: JDBC the
 * driver's objects, HTTP transports strings and numbers; {@link Dialect} turns them into domain
 * values, so the SQL engine never depends on a transport.
 *
 * <pre>{@code
 * String title = row.string("title");
 * Instant created = dialect.readTime(row, "createdAt");
 * }</pre>
 */
public interface Row {
    /** The column as text, or null. */
    String string(String column);

    /** The column as a long, or null. */
    Long longValue(String column);

    /** The column converted by the transport to {@code type} (JDBC: {@code getObject(col, type)}). */
    <T> T object(String column, Class<T> type);
}
