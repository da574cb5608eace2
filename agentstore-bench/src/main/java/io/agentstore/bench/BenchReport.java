package io.agentstore.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The results of one {@link Bench#run}: per workload what AgentStore and the JDBC floor
 * achieved, and their ratio (AgentStore / JDBC: for throughput higher is better, for latency
 * lower is better). {@link #json()} is one line; {@link #table()} is for people. When
 * {@code chatWindow500} ran, its AgentStore figures sit with the others and Spring AI's, with
 * AgentStore / Spring AI ratios, under {@code springAi} (or {@code springAi.skipped} says why not).
 *
 * <pre>{@code
 * {"backend":"sqlite","initMs":9.1,"appendSeq":{"opsPerSec":2210.4,"p50":0.41,"p99":1.2},…,"jdbc":{…},"ratios":{…}}
 * {"backend":"postgres",…,"chatWindow500":{"turnsPerSec":…},"springAi":{"chatWindow500":{…},"ratios":{"chatWindow500":{…}}}}
 * }</pre>
 */
public final class BenchReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final String backend;
    private final String url;
    private final String tag;
    private final Map<String, Measurement> agentstore;
    private final Map<String, Measurement> jdbc;
    private final Map<String, Measurement> springAi;
    private final String springAiNote;

    BenchReport(String backend, String url, String tag, Map<String, Measurement> agentstore, Map<String, Measurement> jdbc) {
        this(backend, url, tag, agentstore, jdbc, null, null);
    }

    BenchReport(String backend, String url, String tag, Map<String, Measurement> agentstore, Map<String, Measurement> jdbc,
            Map<String, Measurement> springAi, String springAiNote) {
        this.springAi = springAi == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(springAi));
        this.springAiNote = springAiNote;
        this.backend = backend;
        this.url = url;
        this.tag = tag;
        this.agentstore = Collections.unmodifiableMap(new LinkedHashMap<>(agentstore));
        this.jdbc = jdbc == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(jdbc));
    }

    /** The backend benchmarked, e.g. {@code postgres}. */
    public String backend() {
        return backend;
    }

    /** AgentStore's results by workload name. */
    public Map<String, Measurement> agentstore() {
        return agentstore;
    }

    /** The JDBC floor's results by workload name, or null when the URL has no JDBC equivalent ({@code memory:}). */
    public Map<String, Measurement> jdbc() {
        return jdbc;
    }

    /** Spring AI's results by workload name ({@code chatWindow500}), or null when it did not run. */
    public Map<String, Measurement> springAi() {
        return springAi;
    }

    /** Why Spring AI (or the whole {@code chatWindow500}) did not run; null when it ran or was not asked for. */
    public String springAiNote() {
        return springAiNote;
    }

    /** AgentStore / Spring AI for one metric; NaN when either is missing. */
    public double springAiRatio(String workload, String metric) {
        if (springAi == null || !agentstore.containsKey(workload) || !springAi.containsKey(workload)) {
            return Double.NaN;
        }
        return agentstore.get(workload).get(metric) / springAi.get(workload).get(metric);
    }

    /** AgentStore / JDBC for one metric; NaN when either is missing. */
    public double ratio(String workload, String metric) {
        if (jdbc == null || !agentstore.containsKey(workload) || !jdbc.containsKey(workload)) {
            return Double.NaN;
        }
        return agentstore.get(workload).get(metric) / jdbc.get(workload).get(metric);
    }

    /** One line of JSON: AgentStore's results at the top level, then {@code jdbc} and {@code ratios} where there is JDBC. */
    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("backend", backend);
        root.put("runTag", tag);
        write(root, agentstore);
        if (jdbc != null) {
            write(root.putObject("jdbc"), jdbc);
            ObjectNode ratios = root.putObject("ratios");
            for (Measurement m : agentstore.values()) {
                if (m.workload().equals(InitWorkload.NAME)) {
                    ratios.put(InitWorkload.NAME, round(ratio(InitWorkload.NAME, "ms"), 3));
                    continue;
                }
                if (!jdbc.containsKey(m.workload())) {
                    continue; // chatWindow500 has no JDBC floor
                }
                ObjectNode r = ratios.putObject(m.workload());
                for (String metric : m.metrics().keySet()) {
                    if (hasRatio(metric) && jdbc.containsKey(m.workload())) {
                        r.put(metric, round(ratio(m.workload(), metric), 3));
                    }
                }
            }
        }
        if (springAi != null) {
            ObjectNode peer = root.putObject("springAi");
            write(peer, springAi);
            ObjectNode ratios = peer.putObject("ratios");
            for (Measurement m : springAi.values()) {
                ObjectNode r = ratios.putObject(m.workload());
                for (String metric : m.metrics().keySet()) {
                    r.put(metric, round(springAiRatio(m.workload(), metric), 3));
                }
            }
        } else if (springAiNote != null) {
            root.putObject("springAi").put("skipped", springAiNote);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(ObjectNode into, Map<String, Measurement> results) {
        for (Measurement m : results.values()) {
            if (m.workload().equals(InitWorkload.NAME)) {
                into.put(InitWorkload.NAME, round(m.get("ms"), 3));
                continue;
            }
            ObjectNode n = into.putObject(m.workload());
            m.metrics().forEach((k, v) -> n.put(k, round(v, k.endsWith("PerSec") ? 1 : 3)));
        }
    }

    /** A table with one row per metric: AgentStore, JDBC and the ratio, with which direction is better. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("AgentStore bench: ").append(backend).append(" at ").append(url).append(" (ids ").append(tag).append("-*)\n");
        sb.append(String.format("%d cores, Java %s. ratio = AgentStore / JDBC; throughput (/s): higher is better; latency (ms): lower is better.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        String fmt = "%-20s %-22s %12s %12s %8s%n";
        boolean againstJdbc = agentstore.keySet().stream().anyMatch(w -> !w.equals(ChatWindowWorkload.NAME));
        if (againstJdbc) {
            sb.append(String.format(fmt, "workload", "metric", "AgentStore", "JDBC", "ratio"));
            sb.append(String.format(fmt, "-".repeat(20), "-".repeat(22), "-".repeat(12), "-".repeat(12), "-".repeat(8)));
        }
        for (Measurement m : agentstore.values()) {
            if (m.workload().equals(ChatWindowWorkload.NAME)) {
                continue; // compared with Spring AI below, not with JDBC
            }
            boolean first = true;
            for (Map.Entry<String, Double> e : m.metrics().entrySet()) {
                String metric = e.getKey();
                Measurement j = jdbc == null ? null : jdbc.get(m.workload());
                double jv = j == null ? Double.NaN : j.get(metric);
                double r = hasRatio(metric) ? e.getValue() / jv : Double.NaN;
                sb.append(String.format(fmt, first ? m.workload() : "", label(metric), number(metric, e.getValue()), number(metric, jv),
                        Double.isNaN(r) ? "-" : String.format("%.2fx", r)));
                first = false;
            }
        }
        Measurement chat = agentstore.get(ChatWindowWorkload.NAME);
        if (chat != null) {
            Measurement peer = springAi == null ? null : springAi.get(ChatWindowWorkload.NAME);
            sb.append(String.format((againstJdbc ? "%n" : "") + "%s: one conversation of %d turns; per turn read the %d-message window, save the user message, save the"
                    + " assistant message.%nratio = AgentStore / Spring AI (JdbcChatMemoryRepository + MessageWindowChatMemory(%d)), same PostgreSQL.%n%n",
                    ChatWindowWorkload.NAME, ChatWindowWorkload.TURNS, ChatWindowWorkload.WINDOW, ChatWindowWorkload.WINDOW));
            sb.append(String.format(fmt, "workload", "metric", "AgentStore", "Spring AI", "ratio"));
            sb.append(String.format(fmt, "-".repeat(20), "-".repeat(22), "-".repeat(12), "-".repeat(12), "-".repeat(8)));
            boolean first = true;
            for (Map.Entry<String, Double> e : chat.metrics().entrySet()) {
                String metric = e.getKey();
                double pv = peer == null ? Double.NaN : peer.get(metric);
                double r = e.getValue() / pv;
                sb.append(String.format(fmt, first ? chat.workload() : "", label(metric), number(metric, e.getValue()), number(metric, pv),
                        Double.isNaN(r) ? "-" : String.format("%.2fx", r)));
                first = false;
            }
        }
        if (springAiNote != null) {
            sb.append(sb.toString().endsWith("\n\n") ? "" : "\n").append("note: ").append(springAiNote).append('\n');
        }
        return sb.toString();
    }

    private static boolean hasRatio(String metric) {
        return !metric.equals("errors") && !metric.equals("growth");
    }

    private static String label(String metric) {
        return switch (metric) {
            case "ms" -> "ms (lower)";
            case "opsPerSec" -> "ops/s (higher)";
            case "msgsPerSec" -> "msgs/s (higher)";
            case "turnsPerSec" -> "turns/s (higher)";
            case "errors" -> "errors";
            case "growth" -> "p50 100k/10k";
            default -> metric + " ms (lower)";
        };
    }

    private static String number(String metric, double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (metric.endsWith("PerSec")) {
            return String.format("%.0f", v);
        }
        if (metric.equals("errors")) {
            return String.format("%.0f", v);
        }
        return String.format("%.3f", v);
    }

    /** {@code v} to {@code decimals} places; null (JSON null) when it is not a finite number. */
    private static Double round(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    @Override
    public String toString() {
        return json();
    }
}
