package io.agentstore.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Percentile arithmetic and the shape of the report; nothing here measures time. */
class BenchReportTest {

    @Test
    void percentilesAreNearestRank() {
        Latencies l = new Latencies(4);
        for (int i = 100; i >= 1; i--) {
            l.add(i * 1_000_000L);
        }
        assertEquals(50.0, l.percentileMs(50));
        assertEquals(99.0, l.percentileMs(99));
        assertEquals(100.0, l.percentileMs(100));
        assertEquals(50.5, l.meanMs());
    }

    @Test
    void jsonHasTheAgreedKeysJdbcAndRatios() throws Exception {
        Map<String, Measurement> as = new LinkedHashMap<>();
        as.put("initMs", new Measurement("initMs", Map.of("ms", 12.0)));
        as.put("appendSeq", new Measurement("appendSeq", ordered("opsPerSec", 700.0, "p50", 2.0, "p99", 4.0)));
        Map<String, Measurement> jdbc = new LinkedHashMap<>();
        jdbc.put("initMs", new Measurement("initMs", Map.of("ms", 4.0)));
        jdbc.put("appendSeq", new Measurement("appendSeq", ordered("opsPerSec", 1000.0, "p50", 1.0, "p99", 2.0)));
        String json = new BenchReport("postgres", "postgresql://h/db", "bench-1", as, jdbc).json();
        assertFalse(json.contains("\n"));
        JsonNode n = new ObjectMapper().readTree(json);
        assertEquals(12.0, n.get("initMs").asDouble());
        assertEquals(700.0, n.get("appendSeq").get("opsPerSec").asDouble());
        assertEquals(4.0, n.get("jdbc").get("initMs").asDouble());
        assertEquals(0.7, n.get("ratios").get("appendSeq").get("opsPerSec").asDouble());
        assertEquals(2.0, n.get("ratios").get("appendSeq").get("p50").asDouble());
        assertEquals(3.0, n.get("ratios").get("initMs").asDouble());
    }

    @Test
    void withoutJdbcThereIsNoJdbcBlock() throws Exception {
        Map<String, Measurement> as = Map.of("listThreads20", new Measurement("listThreads20", ordered("p50", 0.1, "p99", 0.2)));
        JsonNode n = new ObjectMapper().readTree(new BenchReport("memory", "memory:", "bench-1", as, null).json());
        assertFalse(n.has("jdbc"));
        assertFalse(n.has("ratios"));
        assertTrue(new BenchReport("memory", "memory:", "bench-1", as, null).table().contains("listThreads20"));
    }

    @Test
    void springAiBlockSitsBesideTheExistingKeys() throws Exception {
        Map<String, Measurement> as = new LinkedHashMap<>();
        as.put("appendSeq", new Measurement("appendSeq", ordered("opsPerSec", 700.0, "p50", 2.0, "p99", 4.0)));
        as.put("chatWindow500", new Measurement("chatWindow500", ordered("turnsPerSec", 2000.0, "p50", 0.5, "p99", 1.0)));
        Map<String, Measurement> jdbc = Map.of("appendSeq", new Measurement("appendSeq", ordered("opsPerSec", 1000.0, "p50", 1.0, "p99", 2.0)));
        Map<String, Measurement> spring = Map.of("chatWindow500",
                new Measurement("chatWindow500", ordered("turnsPerSec", 500.0, "p50", 2.0, "p99", 4.0)));
        BenchReport r = new BenchReport("postgres", "postgresql://h/db", "bench-1", as, jdbc, spring, null);
        JsonNode n = new ObjectMapper().readTree(r.json());
        assertEquals(2000.0, n.get("chatWindow500").get("turnsPerSec").asDouble());
        assertEquals(0.7, n.get("ratios").get("appendSeq").get("opsPerSec").asDouble());
        assertFalse(n.get("ratios").has("chatWindow500")); // no JDBC floor for it
        assertFalse(n.get("jdbc").has("chatWindow500"));
        assertEquals(500.0, n.get("springAi").get("chatWindow500").get("turnsPerSec").asDouble());
        assertEquals(4.0, n.get("springAi").get("ratios").get("chatWindow500").get("turnsPerSec").asDouble());
        assertEquals(0.25, n.get("springAi").get("ratios").get("chatWindow500").get("p50").asDouble());
        assertTrue(r.table().contains("Spring AI"));
        assertTrue(r.table().contains("4.00x"));
    }

    @Test
    void skippedSpringAiSaysWhy() throws Exception {
        BenchReport r = new BenchReport("sqlite", "file:x.db", "bench-1", Map.of(), Map.of(), null, "chatWindow500 skipped: PostgreSQL only");
        JsonNode n = new ObjectMapper().readTree(r.json());
        assertEquals("chatWindow500 skipped: PostgreSQL only", n.get("springAi").get("skipped").asText());
        assertTrue(r.table().contains("note: chatWindow500 skipped"));
    }

    @Test
    void chatWindowRunsOnlyWhenNamed() {
        assertFalse(new BenchOptions("memory:", List.of(), false).includes("chatWindow500"));
        assertTrue(new BenchOptions("memory:", List.of(), false).includes("appendSeq"));
        assertTrue(new BenchOptions("memory:", List.of("chatWindow500"), false).includes("chatWindow500"));
    }

    @Test
    void chatTextsAreDistinctAndOfTheUsualLength() {
        List<String> users = ChatWindowWorkload.texts("user");
        assertEquals(ChatWindowWorkload.TURNS, users.size());
        assertEquals(ChatWindowWorkload.TURNS, new java.util.HashSet<>(users).size());
        assertTrue(users.stream().allMatch(t -> t.length() == Fixtures.TEXT.length()));
        assertFalse(users.get(7).equals(ChatWindowWorkload.texts("assistant").get(7)));
    }

    @Test
    void unknownWorkloadsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BenchOptions("memory:", List.of("appendSeq", "nope"), false));
        assertTrue(e.getMessage().contains("historyLast40"));
    }

    private static Map<String, Double> ordered(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }
}
