package io.agentstore.postgres;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.agentstore.error.AgentStoreException;
import io.agentstore.sql.RowMapper;
import io.agentstore.sql.SqlClient;
import io.agentstore.sql.SqlSession;

/**
 * Sends writes and transactions to the primary and plain reads to a streaming replica, so that a
 * store still reads its own writes: every write this client finishes is counted, and a replica
 * takes a read only once it has replayed the primary's WAL past the last counted write
 * ({@link ReplicaCatchUp} learns that off the request path). Until then, and whenever a replica
 * fails, reads go to the primary. A store that never writes reads from the replicas at once;
 * writes by other stores are seen once the replica has them (asynchronous replication).
 */
final class ReplicaRoutingClient implements SqlClient {
    private final SqlClient primary;
    private final List<PostgresReplica> replicas;
    /** Writes finished by this client; a read routed after a write sees a larger number. */
    private final AtomicLong writes = new AtomicLong();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong replicaReads = new AtomicLong();
    private final AtomicLong primaryReads = new AtomicLong();
    private final ReplicaCatchUp catchUp;

    ReplicaRoutingClient(SqlClient primary, List<PostgresReplica> replicas) {
        this.primary = primary;
        this.replicas = List.copyOf(replicas);
        this.catchUp = new ReplicaCatchUp(primary, this.replicas, writes);
    }

    @Override
    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        PostgresReplica r = pick();
        if (r != null) {
            try {
                List<T> rows = r.client().query(sql, params, mapper);
                replicaReads.incrementAndGet();
                return rows;
            } catch (AgentStoreException e) {
                // A replica never fails a read the primary can answer: a lost connection benches it
                // for a while; any other error (such as a cancel for a recovery conflict) just retries.
                r.failed(e);
            }
        }
        primaryReads.incrementAndGet();
        return primary.query(sql, params, mapper);
    }

    @Override
    public <T> List<T> write(String sql, List<?> params, RowMapper<T> mapper) {
        try {
            return primary.write(sql, params, mapper);
        } finally {
            wrote();
        }
    }

    @Override
    public int update(String sql, List<?> params) {
        try {
            return primary.update(sql, params);
        } finally {
            wrote();
        }
    }

    @Override
    public int[] batch(String sql, List<? extends List<?>> rows) {
        try {
            return primary.batch(sql, rows);
        } finally {
            wrote();
        }
    }

    @Override
    public <T> T inTransaction(Function<SqlSession, T> work) {
        try {
            return primary.inTransaction(work);
        } finally {
            wrote();
        }
    }

    @Override
    public Map<String, String> statusDetails() {
        Map<String, String> d = new LinkedHashMap<>();
        for (int i = 0; i < replicas.size(); i++) {
            PostgresReplica r = replicas.get(i);
            d.put("replica" + (i + 1), r.maskedUrl() + " (" + r.state(writes.get()) + ")");
        }
        d.put("readsOnReplicas", String.valueOf(replicaReads.get()));
        d.put("readsOnPrimary", String.valueOf(primaryReads.get()));
        return d;
    }

    @Override
    public void close() {
        catchUp.close();
        RuntimeException first = null;
        for (PostgresReplica r : replicas) {
            try {
                r.client().close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        primary.close();
        if (first != null) {
            throw first;
        }
    }

    /**
     * Counted after the write returns (or fails), never before: a WAL position taken after the
     * count has moved is then past the write's commit, so a replica that replayed it has the write.
     */
    private void wrote() {
        writes.incrementAndGet();
        catchUp.wake();
    }

    /** A replica that has every write this client finished, round robin; null when none has. */
    private PostgresReplica pick() {
        long needed = writes.get();
        int n = replicas.size();
        int start = Math.floorMod(next.getAndIncrement(), n);
        for (int i = 0; i < n; i++) {
            PostgresReplica r = replicas.get((start + i) % n);
            if (r.usable(needed)) {
                return r;
            }
        }
        return null;
    }
}
