package io.agentstore.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code appendSeq}: 20 conversations of 50 turns, written one message per call from one Java
 * thread, turn by turn across the conversations (as one busy agent process would).
 *
 * <p>With a JDBC side, both sides are warmed up, then their calls are interleaved (AgentStore
 * then JDBC, then the other way round, call by call), so that background work on the database
 * (checkpoints, autovacuum after earlier workloads) weighs on both alike; {@code opsPerSec} is
 * then the calls over the time spent in them rather than over the wall time of the pass.
 */
final class AppendSeqWorkload implements PairedWorkload {
    static final String NAME = "appendSeq";
    private static final int THREADS = 20;
    private static final int TURNS = 50;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        Conversations warm = new Conversations(ctx);
        for (int i = 0; i < THREADS * TURNS; i++) {
            warm.next(); // warm-up: the same pass, untimed
        }
        Conversations c = new Conversations(ctx);
        long start = System.nanoTime();
        for (int i = 0; i < THREADS * TURNS; i++) {
            c.next();
        }
        return summary(c.latencies, (System.nanoTime() - start) / 1e9);
    }

    @Override
    public Pair runBoth(BenchContext agentstore, BenchContext jdbc) {
        Conversations warmA = new Conversations(agentstore);
        Conversations warmJ = new Conversations(jdbc);
        for (int i = 0; i < THREADS * TURNS; i++) {
            warmA.next();
            warmJ.next();
        }
        Conversations a = new Conversations(agentstore);
        Conversations j = new Conversations(jdbc);
        for (int i = 0; i < THREADS * TURNS; i++) {
            if (i % 2 == 0) {
                a.next();
                j.next();
            } else {
                j.next();
                a.next();
            }
        }
        return new Pair(summary(a.latencies, a.nanosInCalls / 1e9), summary(j.latencies, j.nanosInCalls / 1e9));
    }

    private static Measurement summary(Latencies l, double seconds) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("opsPerSec", l.count() / seconds);
        m.put("p50", l.percentileMs(50));
        m.put("p99", l.percentileMs(99));
        return new Measurement(NAME, m);
    }

    /** {@value #THREADS} new conversations of one side (created untimed), appended to turn by turn. */
    private static final class Conversations {
        private final BenchContext ctx;
        private final String resource;
        private final List<String> ids = new ArrayList<>();
        private final List<List<BenchMessage>> msgs = new ArrayList<>();
        final Latencies latencies = new Latencies(THREADS * TURNS);
        long nanosInCalls;
        private int done;

        Conversations(BenchContext ctx) {
            this.ctx = ctx;
            this.resource = ctx.id("resource");
            Instant now = Instant.now();
            for (int t = 0; t < THREADS; t++) {
                String id = ctx.id("thread");
                ctx.target.createThread(id, resource, "Conversation " + t, now);
                ids.add(id);
                msgs.add(Fixtures.messages(TURNS, now));
            }
        }

        /** The next call: turn {@code done / THREADS} of conversation {@code done % THREADS}. */
        void next() {
            int t = done % THREADS;
            int turn = done / THREADS;
            long s = System.nanoTime();
            ctx.target.append(ids.get(t), resource, msgs.get(t).get(turn));
            long ns = System.nanoTime() - s;
            latencies.add(ns);
            nanosInCalls += ns;
            done++;
        }
    }
}
