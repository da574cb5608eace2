package io.agentstore.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a workload runs with: the target, fresh ids unique to this run and side (so a database
 * can be benchmarked again and again), data one workload leaves for another (the 10,000-message
 * thread), and whether {@code --big} was given.
 */
final class BenchContext {
    final Target target;
    final boolean big;
    private final String tag;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, String> shared = new ConcurrentHashMap<>();

    BenchContext(Target target, String runTag, boolean big) {
        this.target = target;
        this.tag = "bench-" + runTag + "-" + target.label() + "-";
        this.big = big;
    }

    /** A new id such as {@code bench-1a2b3c4d-jdbc-thread-17}. */
    String id(String kind) {
        return tag + kind + "-" + counter.incrementAndGet();
    }

    String shared(String key) {
        return shared.get(key);
    }

    void share(String key, String value) {
        shared.put(key, value);
    }
}
