package io.agentstore.postgres;

import java.util.concurrent.atomic.AtomicLong;

import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.SslException;
import io.agentstore.error.TooManyConnectionsException;
import io.agentstore.sql.SqlClient;

/**
 * One read replica: its client, how many of the store's writes it is known to have replayed,
 * and whether it is benched after a connection failure.
 */
final class PostgresReplica {
    /** How long a replica that lost its connection takes no reads before it is tried again. */
    static final long BENCH_NANOS = 5_000_000_000L;

    private final SqlClient client;
    private final String maskedUrl;
    /** -1 until the first check has shown that it is a standby: until then it takes no reads. */
    private final AtomicLong replayedWrites = new AtomicLong(-1);
    private volatile long benchedUntil;
    private volatile String problem;

    PostgresReplica(SqlClient client, String maskedUrl) {
        this.client = client;
        this.maskedUrl = maskedUrl;
    }

    SqlClient client() {
        return client;
    }

    String maskedUrl() {
        return maskedUrl;
    }

    /** Whether this replica may serve a read that must see the first {@code writes} writes. */
    boolean usable(long writes) {
        return replayedWrites.get() >= writes && !benched();
    }

    boolean benched() {
        return benchedUntil != 0 && System.nanoTime() - benchedUntil < 0;
    }

    /** Records that the replica has replayed at least the first {@code writes} writes. */
    void replayed(long writes) {
        replayedWrites.accumulateAndGet(writes, Math::max);
        problem = null;
    }

    long replayedWrites() {
        return replayedWrites.get();
    }

    /** Benches the replica when the failure is about reaching it, not about the statement. */
    void failed(RuntimeException e) {
        if (e instanceof ConnectionRefusedException || e instanceof AuthenticationFailedException
                || e instanceof SslException || e instanceof TooManyConnectionsException
                || e.getCause() instanceof java.sql.SQLTransientConnectionException) {
            benchedUntil = System.nanoTime() + BENCH_NANOS;
        }
        problem = e.getMessage();
    }

    void notAStandby() {
        benchedUntil = System.nanoTime() + BENCH_NANOS;
        problem = "not a standby: pg_is_in_recovery() is false, so it is not replaying the primary";
    }

    String state(long writes) {
        if (benched()) {
            return "unavailable: " + problem;
        }
        long replayed = replayedWrites.get();
        return replayed < 0 ? "not checked yet" : replayed >= writes ? "caught up" : "catching up";
    }
}
