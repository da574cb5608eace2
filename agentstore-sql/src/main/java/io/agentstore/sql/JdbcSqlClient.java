package io.agentstore.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * {@link SqlClient} over JDBC and a pooled {@link DataSource}. An optional write lock
 * serialises this process's writers for engines with a single writer (SQLite), so they queue
 * in Java instead of failing with SQLITE_BUSY. An optional statement cache keeps prepared
 * statements per connection for drivers that have none of their own (sqlite-jdbc compiles
 * every statement again otherwise; pgjdbc caches by itself).
 *
 * <pre>{@code
 * SqlClient client = new JdbcSqlClient(hikariDataSource, hikariDataSource, null, 0, translator);
 * }</pre>
 */
public final class JdbcSqlClient implements SqlClient {
    private final DataSource dataSource;
    private final AutoCloseable pool;
    private final Lock writeLock;
    private final int statementCacheSize;
    private final SqlErrorTranslator translator;
    /** The statement that opens a transaction in auto-commit mode, or null to use the driver's transaction API. */
    private final String begin;
    /** Statement caches by driver connection (not pool proxy: pools close statements made through the proxy on return). */
    private final Map<Connection, StatementCache> caches = new ConcurrentHashMap<>();
    /** Permits for borrowing a connection (as many as the pool holds), or null to go to the pool directly. */
    private final Semaphore gate;
    private final long gateTimeoutNanos;

    /**
     * @param dataSource         where connections come from
     * @param pool               closed by {@link #close()} (usually the same pool object), or null
     * @param writeLock          held around every write, or null when the engine handles concurrent writers
     * @param statementCacheSize prepared statements kept per connection; 0 for none. Only for pools
     *                           that never retire connections while the client is open
     * @param translator         maps driver errors to AgentStore errors
     */
    public JdbcSqlClient(DataSource dataSource, AutoCloseable pool, Lock writeLock, int statementCacheSize, SqlErrorTranslator translator) {
        this(dataSource, pool, writeLock, statementCacheSize, translator, null);
    }

    /**
     * As above; {@code begin} (such as {@code BEGIN IMMEDIATE}) runs transactions as explicit
     * statements on an auto-commit connection instead of through {@link Connection#setAutoCommit}.
     * For sqlite-jdbc this halves the statements per transaction: its {@code commit()} opens the
     * next transaction at once, and switching auto-commit back on commits that one again.
     */
    public JdbcSqlClient(DataSource dataSource, AutoCloseable pool, Lock writeLock, int statementCacheSize, SqlErrorTranslator translator,
                         String begin) {
        this(dataSource, pool, writeLock, statementCacheSize, translator, begin, 0, null);
    }

    /**
     * As above; with {@code poolSize} above 0, a caller first takes one of {@code poolSize}
     * permits (waiting at most {@code acquireTimeout}) and only then borrows from the pool, so
     * the pool always has a connection free. With more threads than connections this matters:
     * HikariCP hands each returned connection to a parked waiter (a context switch per call, and
     * the returning thread spins until the waiter takes it), while a thread that passes the
     * semaphore finds the connection it returned last in HikariCP's thread-local list. The
     * semaphore is not fair: a thread that just released may take the permit again at once, as
     * with a plain lock; a waiter gives up after {@code acquireTimeout}, as with the pool's own
     * connection timeout.
     */
    public JdbcSqlClient(DataSource dataSource, AutoCloseable pool, Lock writeLock, int statementCacheSize, SqlErrorTranslator translator,
                         String begin, int poolSize, Duration acquireTimeout) {
        this.begin = begin;
        this.dataSource = dataSource;
        this.pool = pool;
        this.writeLock = writeLock;
        this.statementCacheSize = statementCacheSize;
        this.translator = translator;
        this.gate = poolSize > 0 ? new Semaphore(poolSize) : null;
        this.gateTimeoutNanos = acquireTimeout == null ? Long.MAX_VALUE : acquireTimeout.toNanos();
    }

    /** A borrowed connection, and the permit it was borrowed with; closing returns both. */
    private final class Lease implements AutoCloseable {
        final Connection c;

        Lease(Connection c) {
            this.c = c;
        }

        @Override
        public void close() throws SQLException {
            try {
                c.close();
            } finally {
                if (gate != null) {
                    gate.release();
                }
            }
        }
    }

    private Lease lease() throws SQLException {
        if (gate == null) {
            return new Lease(dataSource.getConnection());
        }
        try {
            if (!gate.tryAcquire(gateTimeoutNanos, TimeUnit.NANOSECONDS)) {
                // worded as HikariCP words its own timeout, so the backends' error translation applies unchanged
                throw new SQLTransientConnectionException("Connection is not available, request timed out after "
                        + TimeUnit.NANOSECONDS.toMillis(gateTimeoutNanos) + "ms (all connections in use)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        try {
            return new Lease(dataSource.getConnection());
        } catch (SQLException | RuntimeException | Error e) {
            gate.release();
            throw e;
        }
    }

    @Override
    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        try (Lease l = lease()) {
            return query(l.c, sql, params, mapper);
        } catch (SQLException e) {
            throw translator.translate(e, "query");
        }
    }

    @Override
    public <T> List<T> write(String sql, List<?> params, RowMapper<T> mapper) {
        lock();
        try (Lease l = lease()) {
            return query(l.c, sql, params, mapper);
        } catch (SQLException e) {
            throw translator.translate(e, "write");
        } finally {
            unlock();
        }
    }

    @Override
    public int update(String sql, List<?> params) {
        lock();
        try (Lease l = lease()) {
            return update(l.c, sql, params);
        } catch (SQLException e) {
            throw translator.translate(e, "update");
        } finally {
            unlock();
        }
    }

    @Override
    public int[] batch(String sql, List<? extends List<?>> rows) {
        return inTransaction(s -> s.batch(sql, rows));
    }

    @Override
    public <T> T inTransaction(Function<SqlSession, T> work) {
        if (begin != null) {
            return inExplicitTransaction(work);
        }
        lock();
        try (Lease l = lease()) {
            Connection c = l.c;
            c.setAutoCommit(false);
            T result;
            try {
                result = work.apply(new ConnectionSession(c));
                c.commit();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw e;
            }
            c.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw translator.translate(e, "transaction");
        } finally {
            unlock();
        }
    }

    private <T> T inExplicitTransaction(Function<SqlSession, T> work) {
        lock();
        try (Lease l = lease()) {
            Connection c = l.c;
            update(c, begin, List.of());
            try {
                T result = work.apply(new ConnectionSession(c));
                update(c, "COMMIT", List.of());
                return result;
            } catch (RuntimeException | Error e) {
                explicitRollbackQuietly(c, e);
                throw e;
            } catch (SQLException e) {
                explicitRollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw translator.translate(e, "transaction");
        } finally {
            unlock();
        }
    }

    private void explicitRollbackQuietly(Connection c, Throwable cause) {
        try {
            update(c, "ROLLBACK", List.of());
        } catch (SQLException e) {
            // such as "no transaction is active" when a failed COMMIT already ended it
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        caches.values().forEach(StatementCache::closeAll);
        caches.clear();
        if (pool != null) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new io.agentstore.error.StorageException("closing the connection pool failed: " + e.getMessage(), "", e);
            }
        }
    }

    private void lock() {
        if (writeLock != null) {
            writeLock.lock();
        }
    }

    private void unlock() {
        if (writeLock != null) {
            writeLock.unlock();
        }
    }

    /**
     * Rolls back and restores autocommit, keeping {@code cause} the error the caller sees: when the
     * server has dropped the connection (MySQL does on an oversized packet), both fail too.
     */
    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        if (statementCacheSize == 0) {
            return c.prepareStatement(sql);
        }
        Connection raw = c.unwrap(Connection.class);
        return caches.computeIfAbsent(raw, k -> new StatementCache(statementCacheSize)).get(raw, sql);
    }

    private void release(PreparedStatement ps) throws SQLException {
        if (statementCacheSize == 0) {
            ps.close();
        }
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private <T> List<T> query(Connection c, String sql, List<?> params, RowMapper<T> mapper) throws SQLException {
        PreparedStatement ps = prepare(c, sql);
        try {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                ResultSetRow row = new ResultSetRow(rs);
                while (rs.next()) {
                    out.add(mapper.map(row));
                }
                return out;
            }
        } finally {
            release(ps);
        }
    }

    private int update(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement ps = prepare(c, sql);
        try {
            bind(ps, params);
            return ps.executeUpdate();
        } finally {
            release(ps);
        }
    }

    private int[] batch(Connection c, String sql, List<? extends List<?>> rows) throws SQLException {
        PreparedStatement ps = prepare(c, sql);
        try {
            for (List<?> r : rows) {
                bind(ps, r);
                ps.addBatch();
            }
            return ps.executeBatch();
        } finally {
            release(ps);
        }
    }

    /** Statements inside one transaction; a driver error is translated and unwinds the work, which rolls back. */
    private final class ConnectionSession implements SqlSession {
        private final Connection c;

        ConnectionSession(Connection c) {
            this.c = c;
        }

        @Override
        public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
            try {
                return JdbcSqlClient.this.query(c, sql, params, mapper);
            } catch (SQLException e) {
                throw translator.translate(e, "query");
            }
        }

        @Override
        public <T> List<T> write(String sql, List<?> params, RowMapper<T> mapper) {
            return query(sql, params, mapper);
        }

        @Override
        public int update(String sql, List<?> params) {
            try {
                return JdbcSqlClient.this.update(c, sql, params);
            } catch (SQLException e) {
                throw translator.translate(e, "update");
            }
        }

        @Override
        public int[] batch(String sql, List<? extends List<?>> rows) {
            try {
                return JdbcSqlClient.this.batch(c, sql, rows);
            } catch (SQLException e) {
                throw translator.translate(e, "batch");
            }
        }
    }

    /**
     * The prepared statements of one driver connection, least recently used evicted. A
     * connection serves one thread at a time, so no lock is needed inside.
     */
    private static final class StatementCache extends LinkedHashMap<String, PreparedStatement> {
        private static final long serialVersionUID = 1L;
        private final int max;

        StatementCache(int max) {
            super(16, 0.75f, true);
            this.max = max;
        }

        PreparedStatement get(Connection raw, String sql) throws SQLException {
            PreparedStatement ps = super.get(sql);
            if (ps == null || ps.isClosed()) {
                ps = raw.prepareStatement(sql);
                put(sql, ps);
            }
            return ps;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > max) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }

        void closeAll() {
            values().forEach(StatementCache::closeQuietly);
            clear();
        }

        private static void closeQuietly(PreparedStatement ps) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing a cached statement of a connection that is going away: nothing to do
            }
        }
    }

    /** A live view of the current row of a result set. */
    private static final class ResultSetRow implements Row {
        private final ResultSet rs;

        ResultSetRow(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public String string(String column) {
            try {
                return rs.getString(column);
            } catch (SQLException e) {
                throw new IllegalStateException("column " + column + ": " + e.getMessage(), e);
            }
        }

        @Override
        public Long longValue(String column) {
            try {
                long v = rs.getLong(column);
                return rs.wasNull() ? null : v;
            } catch (SQLException e) {
                throw new IllegalStateException("column " + column + ": " + e.getMessage(), e);
            }
        }

        @Override
        public <T> T object(String column, Class<T> type) {
            try {
                return rs.getObject(column, type);
            } catch (SQLException e) {
                throw new IllegalStateException("column " + column + ": " + e.getMessage(), e);
            }
        }
    }
}
