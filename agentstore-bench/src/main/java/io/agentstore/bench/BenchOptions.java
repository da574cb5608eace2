package io.agentstore.bench;

import java.util.List;
import java.util.Objects;

/**
 * What to benchmark: the store URL (used as given, e.g. with its {@code ?schema=}), which
 * workloads (all when empty), and whether to add the 100,000-message history read.
 *
 * <pre>{@code
 * BenchOptions o = new BenchOptions("postgresql://postgres@127.0.0.1:5432/test?schema=bench", List.of("appendSeq"), false);
 * }</pre>
 *
 * @param url       an AgentStore URL: {@code memory:}, {@code file:…}, {@code postgresql://…}
 * @param workloads names from {@link Bench#WORKLOADS} or {@link Bench#NAMED_ONLY}; empty means every one of {@link Bench#WORKLOADS}
 * @param big       also read history from a 100,000-message thread (written first, untimed)
 */
public record BenchOptions(String url, List<String> workloads, boolean big) {
    public BenchOptions {
        Objects.requireNonNull(url, "url");
        workloads = workloads == null ? List.of() : List.copyOf(workloads);
        for (String w : workloads) {
            if (!Bench.WORKLOADS.contains(w) && !Bench.NAMED_ONLY.contains(w)) {
                throw new IllegalArgumentException("unknown workload '" + w + "'; valid: " + String.join(", ", Bench.WORKLOADS)
                        + ", " + String.join(", ", Bench.NAMED_ONLY));
            }
        }
    }

    /** Whether workload {@code name} is to run. */
    boolean includes(String name) {
        return workloads.isEmpty() ? Bench.WORKLOADS.contains(name) : workloads.contains(name);
    }
}
