package io.agentstore.bench;

import java.util.Arrays;

/** Operation times of one measured pass; percentiles by nearest rank over the sorted samples. Not thread-safe: one per thread, then {@link #addAll}. */
final class Latencies {
    private long[] nanos;
    private int n;

    Latencies(int expected) {
        this.nanos = new long[Math.max(16, expected)];
    }

    void add(long ns) {
        if (n == nanos.length) {
            nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = ns;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.n; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return n;
    }

    /** The {@code p}-th percentile (0 < p <= 100) in milliseconds. */
    double percentileMs(double p) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n, rank) - 1)] / 1e6;
    }

    /** The mean in milliseconds. */
    double meanMs() {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += nanos[i];
        }
        return n == 0 ? Double.NaN : sum / 1e6 / n;
    }

    /** The median in milliseconds. */
    double medianMs() {
        return percentileMs(50);
    }
}
