package io.agentstore.bench;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code listThreads20}: the first page of 20 threads (newest first) of a resource with 100
 * threads, 300 reads. AgentStore also returns the resource's total; the JDBC floor reads the
 * page only.
 */
final class ListThreadsWorkload implements Workload {
    static final String NAME = "listThreads20";
    private static final int THREADS = 100;
    private static final int READS = 300;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        String resource = ctx.id("resource");
        Instant base = Instant.now();
        for (int i = 0; i < THREADS; i++) {
            ctx.target.createThread(ctx.id("thread"), resource, "Conversation " + i, base.minusSeconds(i));
        }
        for (int i = 0; i < READS; i++) { // warm-up
            ctx.target.listThreads20(resource);
        }
        Latencies l = new Latencies(READS);
        for (int i = 0; i < READS; i++) {
            long s = System.nanoTime();
            int n = ctx.target.listThreads20(resource);
            l.add(System.nanoTime() - s);
            if (n != 20) {
                throw new IllegalStateException(ctx.target.label() + " listed " + n + " threads instead of 20");
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p50", l.percentileMs(50));
        m.put("p99", l.percentileMs(99));
        return new Measurement(NAME, m);
    }
}
