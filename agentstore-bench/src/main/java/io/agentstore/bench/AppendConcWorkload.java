package io.agentstore.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code appendConc16}: 16 Java threads, each writing its own conversation of 50 messages, one
 * per call, all at once. Failed calls (such as SQLITE_BUSY) are counted in {@code errors}, not
 * retried.
 *
 * <p>One pass takes a fraction of a second, so what else runs on the machine during it decides
 * much of a single pass's rate. Each side therefore runs an untimed warm-up pass and then
 * {@value #PASSES} measured passes; with a JDBC side, both sides are warmed up first and the
 * measured passes alternate between them (AgentStore, JDBC; then JDBC, AgentStore; …), so both
 * are equally warm and see the same background load. {@code opsPerSec} is the median pass;
 * latencies are percentiles over the calls of every measured pass.
 */
final class AppendConcWorkload implements PairedWorkload {
    static final String NAME = "appendConc16";
    private static final int WRITERS = 16;
    private static final int MESSAGES = 50;
    /** Measured passes per side (odd, for a median). */
    static final int PASSES = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        pass(ctx, MESSAGES); // warm-up: the same pass, untimed
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < PASSES; i++) {
            results.add(pass(ctx, MESSAGES));
        }
        return summary(results);
    }

    @Override
    public Pair runBoth(BenchContext agentstore, BenchContext jdbc) {
        pass(agentstore, MESSAGES); // warm-up of each side: the same pass, untimed
        pass(jdbc, MESSAGES);
        List<Result> a = new ArrayList<>();
        List<Result> j = new ArrayList<>();
        for (int i = 0; i < PASSES; i++) {
            if (i % 2 == 0) {
                a.add(pass(agentstore, MESSAGES));
                j.add(pass(jdbc, MESSAGES));
            } else {
                j.add(pass(jdbc, MESSAGES));
                a.add(pass(agentstore, MESSAGES));
            }
        }
        return new Pair(summary(a), summary(j));
    }

    private static Measurement summary(List<Result> results) {
        double[] rates = new double[results.size()];
        Latencies all = new Latencies(results.size() * WRITERS * MESSAGES);
        int errors = 0;
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            rates[i] = r.latencies.count() / r.seconds;
            all.addAll(r.latencies);
            errors += r.errors;
        }
        Arrays.sort(rates);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("opsPerSec", rates[rates.length / 2]);
        m.put("p50", all.percentileMs(50));
        m.put("p99", all.percentileMs(99));
        m.put("errors", (double) errors);
        return new Measurement(NAME, m);
    }

    private record Result(Latencies latencies, double seconds, int errors) {
    }

    private static Result pass(BenchContext ctx, int messages) {
        String resource = ctx.id("resource");
        Instant now = Instant.now();
        List<String> ids = new ArrayList<>();
        List<List<BenchMessage>> msgs = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String id = ctx.id("thread");
            ctx.target.createThread(id, resource, "Concurrent " + w, now);
            ids.add(id);
            msgs.add(Fixtures.messages(messages, now));
        }
        CountDownLatch ready = new CountDownLatch(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<RuntimeException> firstError = new AtomicReference<>();
        List<Latencies> perWriter = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Latencies l = new Latencies(messages);
            perWriter.add(l);
            String thread = ids.get(w);
            List<BenchMessage> mine = msgs.get(w);
            Thread t = new Thread(() -> {
                ready.countDown();
                await(go);
                for (BenchMessage m : mine) {
                    long s = System.nanoTime();
                    try {
                        ctx.target.append(thread, resource, m);
                        l.add(System.nanoTime() - s);
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                }
            }, "bench-writer-" + w);
            writers.add(t);
            t.start();
        }
        await(ready);
        long start = System.nanoTime();
        go.countDown();
        writers.forEach(AppendConcWorkload::join);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (errors.get() == WRITERS * messages) {
            throw firstError.get();
        }
        Latencies all = new Latencies(WRITERS * messages);
        perWriter.forEach(all::addAll);
        return new Result(all, seconds, errors.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
