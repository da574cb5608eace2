package io.agentstore.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code historyLast40}: the newest 40 messages of the 10,000-message conversation, 300 reads.
 * With {@code --big} also of a 100,000-message conversation (written first, untimed), reported
 * as {@code p50At100k}/{@code p99At100k} and {@code growth} (p50 at 100k over p50 at 10k; flat
 * is about 1). The two threads are then read alternately, so that whatever else the database
 * is doing (autovacuum after the big insert, checkpoints) weighs on both alike.
 *
 * <p>With a JDBC side the two sides' reads are interleaved too (AgentStore then JDBC, then the
 * other way round, read by read) after both are warmed up: right after the bulk inserts the
 * database is still busy (auto-analyze, hint bits), and whichever side read first paid for it.
 */
final class HistoryWorkload implements PairedWorkload {
    static final String NAME = "historyLast40";
    private static final int READS = 300;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        List<String> threads = threads(ctx);
        reads(ctx, threads); // warm-up: the same pass, untimed
        return summary(ctx, reads(ctx, threads));
    }

    @Override
    public Pair runBoth(BenchContext agentstore, BenchContext jdbc) {
        List<String> a = threads(agentstore);
        List<String> j = threads(jdbc);
        reads(agentstore, a); // warm-up of each side, untimed
        reads(jdbc, j);
        List<Latencies> la = a.stream().map(t -> new Latencies(READS)).toList();
        List<Latencies> lj = j.stream().map(t -> new Latencies(READS)).toList();
        for (int i = 0; i < READS; i++) {
            for (int t = 0; t < a.size(); t++) {
                if (i % 2 == 0) {
                    read(agentstore, a.get(t), la.get(t));
                    read(jdbc, j.get(t), lj.get(t));
                } else {
                    read(jdbc, j.get(t), lj.get(t));
                    read(agentstore, a.get(t), la.get(t));
                }
            }
        }
        return new Pair(summary(agentstore, la), summary(jdbc, lj));
    }

    /** This side's 10,000-message thread (written by {@link BatchInsertWorkload} or now) and, with --big, a 100,000-message one. */
    private static List<String> threads(BenchContext ctx) {
        String thread = ctx.shared(BatchInsertWorkload.THREAD_10K);
        if (thread == null) {
            thread = BatchInsertWorkload.fill(ctx, 10_000).threadId();
            ctx.share(BatchInsertWorkload.THREAD_10K, thread);
        }
        return ctx.big ? List.of(thread, BatchInsertWorkload.fill(ctx, 100_000).threadId()) : List.of(thread);
    }

    private static Measurement summary(BenchContext ctx, List<Latencies> l) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p50", l.get(0).percentileMs(50));
        m.put("p99", l.get(0).percentileMs(99));
        if (ctx.big) {
            m.put("p50At100k", l.get(1).percentileMs(50));
            m.put("p99At100k", l.get(1).percentileMs(99));
            m.put("growth", l.get(1).percentileMs(50) / l.get(0).percentileMs(50));
        }
        return new Measurement(NAME, m);
    }

    private static void read(BenchContext ctx, String thread, Latencies into) {
        long s = System.nanoTime();
        int n = ctx.target.last40(thread);
        into.add(System.nanoTime() - s);
        if (n != 40) {
            throw new IllegalStateException(ctx.target.label() + " read " + n + " messages instead of 40");
        }
    }

    /** {@value #READS} reads of each thread, the threads taken in turn. */
    private static List<Latencies> reads(BenchContext ctx, List<String> threads) {
        List<Latencies> out = threads.stream().map(t -> new Latencies(READS)).toList();
        for (int i = 0; i < READS; i++) {
            for (int t = 0; t < threads.size(); t++) {
                read(ctx, threads.get(t), out.get(t));
            }
        }
        return out;
    }
}
