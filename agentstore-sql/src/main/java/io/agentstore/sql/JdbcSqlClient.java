package io.agentstore.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * {@link SqlClient} over JDBC and a pooled {@link DataSource}. An optional write lock
 * serialises this process's writers for engines with a single writer (SQLite), so they queue
 * in Java instead of failing with SQLITE_BUSY.
 *
 * <pre>{@code
 * SqlClient client = new JdbcSqlClient(hikariDataSource, hikariDataSource, null, translator);
 * }</pre>
 */
public final class JdbcSqlClient implements SqlClient {
    private final DataSource dataSource;
    private final AutoCloseable pool;
    private final Lock writeLock;
    private final SqlErrorTranslator translator;

    /**
     * @param dataSource where connections come from
     * @param pool       closed by {@link #close()} (usually the same pool object), or null
     * @param writeLock  held around every write, or null when the engine handles concurrent writers
     * @param translator maps driver errors to AgentStore errors
     */
    public JdbcSqlClient(DataSource dataSource, AutoCloseable pool, Lock writeLock, SqlErrorTranslator translator) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.writeLock = writeLock;
        this.translator = translator;
    }

    @Override
    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection()) {
            return query(c, sql, params, mapper);
        } catch (SQLException e) {
            throw translator.translate(e, "query");
        }
    }

    @Override
    public int update(String sql, List<?> params) {
        lock();
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, params);
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
        lock();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new ConnectionSession(c));
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translator.translate(e, "transaction");
        } finally {
            unlock();
        }
    }

    @Override
    public void close() {
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

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static <T> List<T> query(Connection c, String sql, List<?> params, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                ResultSetRow row = new ResultSetRow(rs);
                while (rs.next()) {
                    out.add(mapper.map(row));
                }
                return out;
            }
        }
    }

    private static int update(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
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
                return JdbcSqlClient.query(c, sql, params, mapper);
            } catch (SQLException e) {
                throw translator.translate(e, "query");
            }
        }

        @Override
        public int update(String sql, List<?> params) {
            try {
                return JdbcSqlClient.update(c, sql, params);
            } catch (SQLException e) {
                throw translator.translate(e, "update");
            }
        }

        @Override
        public int[] batch(String sql, List<? extends List<?>> rows) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (List<?> r : rows) {
                    bind(ps, r);
                    ps.addBatch();
                }
                return ps.executeBatch();
            } catch (SQLException e) {
                throw translator.translate(e, "batch");
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
