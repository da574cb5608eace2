package io.agentstore.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agentstore.memory.MessageContent;

/** The data the workloads write: a 230-character chat message and a Mastra-like 10 KB workflow snapshot. */
final class Fixtures {
    /** About 230 characters, the size of a typical chat turn. */
    static final String TEXT = "Thanks for the details. I checked order 48213: it left the warehouse on Tuesday and the carrier "
            + "expects to deliver it on Friday before noon. I will send you the tracking link by email so you can follow it. Anything else I can do today?";
    /** Mastra's v2 content with one text part, as {@code MessageContent.ofText} writes it. */
    static final String CONTENT_JSON = MessageContent.ofText(TEXT).json();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A suspended run of a five-step workflow with step outputs, about 10 KB of JSON. */
    static final String SNAPSHOT = snapshot();

    private Fixtures() {
    }

    /** {@code n} messages of alternating roles with times one millisecond apart from {@code start}. */
    static List<BenchMessage> messages(int n, Instant start) {
        List<BenchMessage> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(message(i, start.plusMillis(i)));
        }
        return out;
    }

    static BenchMessage message(int turn, Instant createdAt) {
        return new BenchMessage(UUID.randomUUID().toString(), turn % 2 == 0 ? "user" : "assistant", CONTENT_JSON, createdAt);
    }

    private static String snapshot() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("input", Map.of("orderId", "48213", "customer", "ada@example.com", "reason", TEXT));
        String[] steps = {"fetchOrder", "checkInventory", "draftReply", "reviewReply", "approval"};
        List<Map<String, Object>> graph = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("summary", TEXT);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int j = 0; j < 12; j++) {
                items.add(Map.of("sku", "SKU-" + i + "-" + j, "qty", j + 1, "note", TEXT.substring(0, 120)));
            }
            out.put("items", items);
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("status", i < steps.length - 1 ? "success" : "suspended");
            step.put("payload", Map.of("orderId", "48213"));
            step.put("output", i < steps.length - 1 ? out : Map.of());
            step.put("startedAt", 1_735_689_600_000L + i * 1000L);
            step.put("endedAt", 1_735_689_600_500L + i * 1000L);
            context.put(steps[i], step);
            graph.add(Map.of("type", "step", "step", Map.of("id", steps[i], "description", "Step " + steps[i] + " of the support workflow")));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("runId", "run-template");
        s.put("status", "suspended");
        s.put("value", Map.of());
        s.put("context", context);
        s.put("activePaths", List.of());
        s.put("serializedStepGraph", graph);
        s.put("suspendedPaths", Map.of("approval", List.of(4)));
        s.put("waitingPaths", Map.of());
        s.put("result", null);
        s.put("error", null);
        s.put("timestamp", 1_735_689_605_000L);
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
