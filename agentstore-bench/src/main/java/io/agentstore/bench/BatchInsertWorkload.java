package io.agentstore.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code batchInsert100}: 10,000 messages into one conversation, 100 per call (JDBC: one
 * statement batch and one transaction per 100). Leaves the thread for {@link HistoryWorkload}.
 */
final class BatchInsertWorkload implements Workload {
    static final String NAME = "batchInsert100";
    static final String THREAD_10K = "thread10k";
    static final int BATCH = 100;
    private static final int MESSAGES = 10_000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        fill(ctx, MESSAGES); // warm-up: the same pass, untimed
        long start = System.nanoTime();
        Filled f = fill(ctx, MESSAGES);
        double seconds = (System.nanoTime() - start) / 1e9;
        ctx.share(THREAD_10K, f.threadId);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("msgsPerSec", MESSAGES / seconds);
        m.put("batchP50", f.latencies.percentileMs(50));
        m.put("batchP99", f.latencies.percentileMs(99));
        return new Measurement(NAME, m);
    }

    record Filled(String threadId, Latencies latencies) {
    }

    /** A new conversation with {@code n} messages written {@value #BATCH} per call; the times of the calls. */
    static Filled fill(BenchContext ctx, int n) {
        String resource = ctx.id("resource");
        String thread = ctx.id("thread");
        Instant base = Instant.now().minusSeconds(86_400);
        ctx.target.createThread(thread, resource, "Long conversation", base);
        Latencies l = new Latencies(n / BATCH + 1);
        for (int i = 0; i < n; i += BATCH) {
            List<BenchMessage> batch = Fixtures.messages(Math.min(BATCH, n - i), base.plusMillis(i));
            long s = System.nanoTime();
            ctx.target.appendBatch(thread, resource, batch);
            l.add(System.nanoTime() - s);
        }
        return new Filled(thread, l);
    }
}
