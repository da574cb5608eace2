package io.agentstore.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of one workload on one side: named numbers such as {@code opsPerSec}, {@code p50}
 * and {@code p99} (milliseconds), in the order they are reported.
 *
 * <pre>{@code
 * Measurement m = report.agentstore().get("appendSeq");
 * double opsPerSec = m.metrics().get("opsPerSec");
 * }</pre>
 *
 * @param workload the workload's name, e.g. {@code appendSeq}
 * @param metrics  metric name to value; latencies in milliseconds, throughputs per second
 */
public record Measurement(String workload, Map<String, Double> metrics) {
    public Measurement {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A metric, or NaN when this measurement does not have it. */
    public double get(String metric) {
        Double v = metrics.get(metric);
        return v == null ? Double.NaN : v;
    }
}
