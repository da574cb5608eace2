package io.agentstore.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code appendSeq}: 20 conversations of 50 turns, written one message per call from one Java
 * thread, turn by turn across the conversations (as one busy agent process would).
 */
final class AppendSeqWorkload implements Workload {
    static final String NAME = "appendSeq";
    private static final int THREADS = 20;
    private static final int TURNS = 50;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        pass(ctx, THREADS, TURNS); // warm-up: the same pass, untimed
        long start = System.nanoTime();
        Latencies l = pass(ctx, THREADS, TURNS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("opsPerSec", l.count() / seconds);
        m.put("p50", l.percentileMs(50));
        m.put("p99", l.percentileMs(99));
        return new Measurement(NAME, m);
    }

    /** Creates {@code threads} conversations (untimed) and times {@code turns} appends to each. */
    private static Latencies pass(BenchContext ctx, int threads, int turns) {
        String resource = ctx.id("resource");
        List<String> ids = new ArrayList<>();
        List<List<BenchMessage>> msgs = new ArrayList<>();
        Instant now = Instant.now();
        for (int t = 0; t < threads; t++) {
            String id = ctx.id("thread");
            ctx.target.createThread(id, resource, "Conversation " + t, now);
            ids.add(id);
            msgs.add(Fixtures.messages(turns, now));
        }
        Latencies l = new Latencies(threads * turns);
        for (int turn = 0; turn < turns; turn++) {
            for (int t = 0; t < threads; t++) {
                long s = System.nanoTime();
                ctx.target.append(ids.get(t), resource, msgs.get(t).get(turn));
                l.add(System.nanoTime() - s);
            }
        }
        return l;
    }
}
