package io.agentstore.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code snapshotPersistLoad}: persist a ~10 KB Mastra-like snapshot of a new run, then load it
 * back, 500 times; {@code p50}/{@code p99} of the pair, plus each half on its own.
 */
final class SnapshotWorkload implements Workload {
    static final String NAME = "snapshotPersistLoad";
    private static final int RUNS = 500;
    private static final String WORKFLOW = "support-escalation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        String resource = ctx.id("resource");
        for (int i = 0; i < RUNS; i++) { // warm-up
            String run = ctx.id("run");
            ctx.target.persistSnapshot(WORKFLOW, run, resource, Fixtures.SNAPSHOT);
            ctx.target.loadSnapshot(WORKFLOW, run);
        }
        Latencies both = new Latencies(RUNS);
        Latencies persist = new Latencies(RUNS);
        Latencies load = new Latencies(RUNS);
        for (int i = 0; i < RUNS; i++) {
            String run = ctx.id("run");
            long s = System.nanoTime();
            ctx.target.persistSnapshot(WORKFLOW, run, resource, Fixtures.SNAPSHOT);
            long mid = System.nanoTime();
            String back = ctx.target.loadSnapshot(WORKFLOW, run);
            long end = System.nanoTime();
            both.add(end - s);
            persist.add(mid - s);
            load.add(end - mid);
            if (back == null) {
                throw new IllegalStateException(ctx.target.label() + " lost snapshot " + run);
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p50", both.percentileMs(50));
        m.put("p99", both.percentileMs(99));
        m.put("persistP50", persist.percentileMs(50));
        m.put("loadP50", load.percentileMs(50));
        return new Measurement(NAME, m);
    }
}
