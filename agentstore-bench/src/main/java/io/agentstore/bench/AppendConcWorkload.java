package io.agentstore.bench;

import java.time.Instant;
import java.util.ArrayList;
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
 */
final class AppendConcWorkload implements Workload {
    static final String NAME = "appendConc16";
    private static final int WRITERS = 16;
    private static final int MESSAGES = 50;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Measurement run(BenchContext ctx) {
        pass(ctx, MESSAGES); // warm-up: the same pass, untimed
        Result r = pass(ctx, MESSAGES);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("opsPerSec", r.latencies.count() / r.seconds);
        m.put("p50", r.latencies.percentileMs(50));
        m.put("p99", r.latencies.percentileMs(99));
        m.put("errors", (double) r.errors);
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
