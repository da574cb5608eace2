package io.agentstore.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import io.agentstore.config.Secrets;

/**
 * Runs the workloads of DESIGN.md section 8 against AgentStore and, where the URL has a JDBC
 * equivalent (PostgreSQL, a SQLite file), against hand-written JDBC on the same database in the
 * same run: per workload AgentStore first, then JDBC, each with its own warm-up. Every run
 * writes new rows under random ids ({@code bench-<tag>-…}), so a database can be benchmarked
 * repeatedly; nothing is deleted.
 *
 * <pre>{@code
 * BenchReport r = Bench.run(new BenchOptions("file:./bench.db", List.of(), false), System.err::println);
 * System.out.println(r.json());
 * }</pre>
 */
public final class Bench {
    /** Every workload, in the order they run. */
    public static final List<String> WORKLOADS = List.of(InitWorkload.NAME, AppendSeqWorkload.NAME, AppendConcWorkload.NAME,
            BatchInsertWorkload.NAME, HistoryWorkload.NAME, ListThreadsWorkload.NAME, SnapshotWorkload.NAME);

    private Bench() {
    }

    /** Runs the selected workloads; {@code progress} gets one line per workload and side. */
    public static BenchReport run(BenchOptions options, Consumer<String> progress) {
        String tag = Integer.toHexString(ThreadLocalRandom.current().nextInt() | 0x10000000);
        JdbcSql sql = JdbcSql.forUrl(options.url());
        Map<String, Measurement> store = new LinkedHashMap<>();
        Map<String, Measurement> jdbc = new LinkedHashMap<>();
        String backend;
        try (AgentStoreTarget as = new AgentStoreTarget(options.url()); JdbcTarget jt = sql == null ? null : new JdbcTarget(sql)) {
            backend = as.backend();
            BenchContext actx = new BenchContext(as, tag, options.big());
            BenchContext jctx = jt == null ? null : new BenchContext(jt, tag, options.big());
            for (Workload w : all()) {
                if (!options.includes(w.name())) {
                    continue;
                }
                store.put(w.name(), timed(w, actx, progress));
                if (jctx != null) {
                    jdbc.put(w.name(), timed(w, jctx, progress));
                }
            }
        }
        return new BenchReport(backend, Secrets.maskUrl(options.url()), "bench-" + tag, store, sql == null ? null : jdbc);
    }

    private static Measurement timed(Workload w, BenchContext ctx, Consumer<String> progress) {
        long start = System.nanoTime();
        Measurement m = w.run(ctx);
        progress.accept(String.format("%-20s %-10s done in %.1f s", w.name(), ctx.target.label(), (System.nanoTime() - start) / 1e9));
        return m;
    }

    private static List<Workload> all() {
        return List.of(new InitWorkload(), new AppendSeqWorkload(), new AppendConcWorkload(), new BatchInsertWorkload(),
                new HistoryWorkload(), new ListThreadsWorkload(), new SnapshotWorkload());
    }
}
