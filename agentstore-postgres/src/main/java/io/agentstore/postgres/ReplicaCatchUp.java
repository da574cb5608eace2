package io.agentstore.postgres;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.agentstore.error.AgentStoreException;
import io.agentstore.sql.SqlClient;

/**
 * Learns, on a background thread, when each replica has replayed the store's writes: after a
 * write it takes the primary's WAL insert position and asks each replica behind it whether
 * {@code pg_last_wal_replay_lsn()} has passed that position, polling until it has. Nothing of
 * this is on the request path: a write only bumps a counter and wakes this thread. Under a
 * steady stream of writes it polls at most every {@link #POLL_MILLIS} ms.
 */
final class ReplicaCatchUp implements AutoCloseable {
    static final long POLL_MILLIS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaCatchUp.class);

    private final SqlClient primary;
    private final List<PostgresReplica> replicas;
    private final AtomicLong writes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wrote = lock.newCondition();
    private final Thread thread;
    private volatile boolean closed;

    ReplicaCatchUp(SqlClient primary, List<PostgresReplica> replicas, AtomicLong writes) {
        this.primary = primary;
        this.replicas = replicas;
        this.writes = writes;
        this.thread = new Thread(this::run, "agentstore-replica-catch-up");
        thread.setDaemon(true);
        thread.start();
    }

    void wake() {
        lock.lock();
        try {
            wrote.signal();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (!closed) {
            long target = writes.get();
            if (allCaughtUp(target)) {
                waitForWrite(target);
                continue;
            }
            try {
                String lsn = primary.query("SELECT pg_current_wal_insert_lsn()::text AS v", List.of(), r -> r.string("v")).get(0);
                for (PostgresReplica r : replicas) {
                    if (r.replayedWrites() < target && !r.benched()) {
                        check(r, lsn, target);
                    }
                }
            } catch (AgentStoreException e) {
                // The primary is unreachable: reads go to it anyway and fail there with the real error.
                LOG.debug("replica catch-up: primary WAL position unavailable: {}", e.getMessage());
            }
            sleep(POLL_MILLIS);
        }
    }

    private void check(PostgresReplica r, String lsn, long target) {
        try {
            Boolean caughtUp = r.client().query(
                    "SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn() >= ?::pg_lsn AS v", List.of(lsn),
                    row -> Boolean.TRUE.equals(row.object("standby", Boolean.class)) ? Boolean.TRUE.equals(row.object("v", Boolean.class)) : null)
                    .get(0);
            if (caughtUp == null) {
                LOG.warn("replica {} is not a standby of the primary; reads will not use it", r.maskedUrl());
                r.notAStandby();
            } else if (caughtUp) {
                r.replayed(target);
            }
        } catch (AgentStoreException e) {
            r.failed(e);
        }
    }

    private boolean allCaughtUp(long target) {
        for (PostgresReplica r : replicas) {
            if (r.replayedWrites() < target && !r.benched()) {
                return false;
            }
        }
        return true;
    }

    private void waitForWrite(long seen) {
        lock.lock();
        try {
            // Bounded wait: a benched replica is looked at again once its bench time is over.
            if (!closed && writes.get() == seen) {
                wrote.await(250, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
