package io.agentstore.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor: the same work as {@link AgentStoreTarget} with hand-written JDBC, prepared
 * statements prepared once per connection and reused, rows mapped to plain records. It may open
 * as many connections as AgentStore's pool (poolMax); an idle connection is reused last-in
 * first-out, as HikariCP hands a thread back the connection it used last.
 */
final class JdbcTarget implements Target {
    /** A message row as the baseline maps it. */
    record MessageRow(String id, String threadId, String content, String role, String type, String resourceId, Instant createdAt) {
    }

    /** A thread row as the baseline maps it (metadata left as JSON text). */
    record ThreadRow(String id, String resourceId, String title, String metadata, Instant createdAt, Instant updatedAt) {
    }

    private final JdbcSql sql;
    private final LinkedBlockingDeque<JdbcSession> idle = new LinkedBlockingDeque<>();
    private final List<JdbcSession> all = new ArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();

    JdbcTarget(JdbcSql sql) {
        this.sql = sql;
    }

    @Override
    public String label() {
        return "jdbc";
    }

    @Override
    public long openAndInitNanos() {
        long start = System.nanoTime();
        try (JdbcSession s = new JdbcSession(sql.connect())) {
            try (ResultSet rs = s.ps(sql.checkSchema()).executeQuery()) {
                while (rs.next()) {
                    rs.getInt(1);
                    rs.getString(2);
                }
            }
            return System.nanoTime() - start;
        } catch (SQLException e) {
            throw new IllegalStateException("jdbc: " + e.getMessage(), e);
        }
    }

    @Override
    public void createThread(String threadId, String resourceId, String title, Instant createdAt) {
        run(s -> {
            PreparedStatement ps = s.ps(sql.insertThread());
            sql.bindThread(ps, threadId, resourceId, title, createdAt);
            ps.executeUpdate();
            return null;
        });
    }

    @Override
    public void append(String threadId, String resourceId, BenchMessage m) {
        inTransaction(s -> {
            PreparedStatement ins = s.ps(sql.insertMessage());
            sql.bindMessage(ins, threadId, resourceId, m);
            ins.executeUpdate();
            touch(s, threadId);
        });
    }

    @Override
    public void appendBatch(String threadId, String resourceId, List<BenchMessage> messages) {
        inTransaction(s -> {
            PreparedStatement ins = s.ps(sql.insertMessage());
            for (BenchMessage m : messages) {
                sql.bindMessage(ins, threadId, resourceId, m);
                ins.addBatch();
            }
            ins.executeBatch();
            touch(s, threadId);
        });
    }

    private void touch(JdbcSession s, String threadId) throws SQLException {
        PreparedStatement up = s.ps(sql.touchThread());
        sql.bindTouch(up, threadId, Instant.now());
        up.executeUpdate();
    }

    @Override
    public int last40(String threadId) {
        return run(s -> {
            PreparedStatement ps = s.ps(sql.last40());
            ps.setString(1, threadId);
            List<MessageRow> rows = new ArrayList<>(40);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new MessageRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), sql.time(rs, 7)));
                }
            }
            return rows.size();
        });
    }

    @Override
    public int listThreads20(String resourceId) {
        return run(s -> {
            PreparedStatement ps = s.ps(sql.listThreads20());
            ps.setString(1, resourceId);
            List<ThreadRow> rows = new ArrayList<>(20);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ThreadRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), sql.time(rs, 5), sql.time(rs, 6)));
                }
            }
            return rows.size();
        });
    }

    @Override
    public void persistSnapshot(String workflowName, String runId, String resourceId, String snapshotJson) {
        run(s -> {
            PreparedStatement ps = s.ps(sql.persistSnapshot());
            sql.bindSnapshot(ps, workflowName, runId, resourceId, snapshotJson, Instant.now());
            return ps.executeUpdate();
        });
    }

    @Override
    public String loadSnapshot(String workflowName, String runId) {
        return run(s -> {
            PreparedStatement ps = s.ps(sql.loadSnapshot());
            ps.setString(1, workflowName);
            ps.setString(2, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(JdbcSession::close);
            all.clear();
        }
    }

    /** Work on one connection. */
    private interface SessionWork<T> {
        T apply(JdbcSession s) throws SQLException;
    }

    /** Work inside one transaction. */
    private interface TxWork {
        void apply(JdbcSession s) throws SQLException;
    }

    private void inTransaction(TxWork work) {
        run(s -> {
            sql.begin(s);
            try {
                work.apply(s);
                sql.commit(s);
            } catch (SQLException | RuntimeException e) {
                try {
                    sql.rollback(s);
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
            return null;
        });
    }

    private <T> T run(SessionWork<T> work) {
        JdbcSession s = acquire();
        try {
            return work.apply(s);
        } catch (SQLException e) {
            throw new IllegalStateException("jdbc: " + e.getMessage(), e);
        } finally {
            idle.offerFirst(s);
        }
    }

    private JdbcSession acquire() {
        JdbcSession s = idle.pollFirst();
        if (s != null) {
            return s;
        }
        if (opened.incrementAndGet() <= sql.maxConnections()) {
            try {
                s = new JdbcSession(sql.connect());
            } catch (SQLException e) {
                opened.decrementAndGet();
                throw new IllegalStateException("jdbc: " + e.getMessage(), e);
            }
            synchronized (all) {
                all.add(s);
            }
            return s;
        }
        opened.decrementAndGet();
        try {
            return idle.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a connection", e);
        }
    }
}
