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
 * same run: per workload AgentStore first, then JDBC, each with its own warm-up ({@code appendConc16}:
 * both warmed up, then measured in alternating passes, see {@link AppendConcWorkload}). Every run
 * writes new rows under random ids ({@code bench-<tag>-…}), so a database can be benchmarked
 * repeatedly; nothing is deleted. {@code chatWindow500}, run only when named, compares AgentStore with
 * Spring AI's JDBC chat memory instead of JDBC, on PostgreSQL only (see {@link BenchMain}); its
 * Spring AI side lives in a throw-away schema that is dropped afterwards.
 *
 * <pre>{@code
 * BenchReport r = Bench.run(new BenchOptions("file:./bench.db", List.of(), false), System.err::println);
 * System.out.println(r.json());
 * }</pre>
 */
public final class Bench {
    /** The workloads of DESIGN.md section 8, run when none is named, in the order they run. */
    public static final List<String> WORKLOADS = List.of(InitWorkload.NAME, AppendSeqWorkload.NAME, AppendConcWorkload.NAME,
            BatchInsertWorkload.NAME, HistoryWorkload.NAME, ListThreadsWorkload.NAME, SnapshotWorkload.NAME);
    /** Workloads that run only when named: {@code chatWindow500} (PostgreSQL, beside Spring AI's JDBC chat memory). */
    public static final List<String> NAMED_ONLY = List.of(ChatWindowWorkload.NAME);

    private Bench() {
    }

    /** Runs the selected workloads; {@code progress} gets one line per workload and side. */
    public static BenchReport run(BenchOptions options, Consumer<String> progress) {
        String tag = Integer.toHexString(ThreadLocalRandom.current().nextInt() | 0x10000000);
        JdbcSql sql = JdbcSql.forUrl(options.url());
        Map<String, Measurement> store = new LinkedHashMap<>();
        Map<String, Measurement> jdbc = new LinkedHashMap<>();
        String backend;
        ChatWindowWorkload.Result chat = null;
        String chatSkipped = null;
        try (AgentStoreTarget as = new AgentStoreTarget(options.url()); JdbcTarget jt = sql == null ? null : new JdbcTarget(sql)) {
            backend = as.backend();
            BenchContext actx = new BenchContext(as, tag, options.big());
            BenchContext jctx = jt == null ? null : new BenchContext(jt, tag, options.big());
            for (Workload w : all()) {
                if (!options.includes(w.name())) {
                    continue;
                }
                if (jctx != null && w instanceof PairedWorkload pw) {
                    long start = System.nanoTime();
                    PairedWorkload.Pair pair = pw.runBoth(actx, jctx);
                    progress.accept(String.format("%-20s %-10s done in %.1f s", w.name(), "both", (System.nanoTime() - start) / 1e9));
                    store.put(w.name(), pair.agentstore());
                    jdbc.put(w.name(), pair.jdbc());
                    continue;
                }
                store.put(w.name(), timed(w, actx, progress));
                if (jctx != null) {
                    jdbc.put(w.name(), timed(w, jctx, progress));
                }
            }
            if (options.includes(ChatWindowWorkload.NAME)) {
                if (sql instanceof PostgresJdbcSql pg) {
                    chat = ChatWindowWorkload.run(as.memory(), pg, tag, progress);
                    store.put(ChatWindowWorkload.NAME, chat.agentstore());
                } else {
                    // Spring AI's peer is measured on PostgreSQL only (issue 3); alone, the workload says nothing new
                    chatSkipped = ChatWindowWorkload.NAME + " skipped: it compares with Spring AI's JdbcChatMemoryRepository on PostgreSQL only, and this is "
                            + backend;
                    progress.accept(chatSkipped);
                }
            }
        }
        Map<String, Measurement> springAi = chat == null || chat.springAi() == null ? null : Map.of(ChatWindowWorkload.NAME, chat.springAi());
        String springAiNote = chat != null ? chat.note() : chatSkipped;
        if (chat != null && chat.note() != null) {
            progress.accept(chat.note());
        }
        return new BenchReport(backend, Secrets.maskUrl(options.url()), "bench-" + tag, store, sql == null ? null : jdbc, springAi, springAiNote);
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
