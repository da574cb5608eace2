package io.agentstore.bench;

import java.util.Map;

/**
 * {@code initMs}: open and {@code init()} on an up-to-date database, pool start included
 * (JDBC: open one connection and read the migrations table, as {@code init()} does). Two
 * untimed opens, then the median of seven.
 */
final class InitWorkload implements Workload {
    static final String NAME = "initMs";
    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        for (int i = 0; i < WARMUP; i++) {
            ctx.target.openAndInitNanos();
        }
        Latencies l = new Latencies(RUNS);
        for (int i = 0; i < RUNS; i++) {
            l.add(ctx.target.openAndInitNanos());
        }
        return new Measurement(NAME, Map.of("ms", l.medianMs()));
    }
}
