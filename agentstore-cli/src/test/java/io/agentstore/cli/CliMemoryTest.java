package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The commands end to end against a named in-memory store (shared within this JVM). */
class CliMemoryTest {
    private String url;

    @BeforeEach
    void demo() {
        url = "memory:cli-" + UUID.randomUUID();
        Cli.Result r = Cli.run("demo", "--url", url);
        assertEquals(0, r.exit(), r::toString);
    }

    @Test
    void demoPrintsASummaryAndWhatToRunNext() {
        Cli.Result r = Cli.run("demo", "--url", url);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("3 resources"), r::toString);
        assertTrue(r.out().contains("5 threads"), r::toString);
        assertTrue(r.out().contains("this data is gone now"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void demoTwiceKeepsEveryCountStable() {
        Map<String, Long> before = rowCounts();
        Cli.Result again = Cli.run("--json", "demo", "--url", url);
        assertEquals(0, again.exit(), again::toString);
        assertEquals(before, rowCounts());
        assertEquals(5, Cli.run("threads", "list", "--url", url, "--json").json().get("total").asInt());
        assertEquals(7, Cli.run("runs", "list", "--url", url, "--json").json().get("total").asInt());
        JsonNode demo = again.json();
        assertEquals(3, demo.get("resources").size());
        assertEquals(5, demo.get("threads").size());
        assertEquals(7, demo.get("runs").size());
        assertEquals(2, demo.get("runsByStatus").get("suspended").asInt());
    }

    private Map<String, Long> rowCounts() {
        Cli.Result r = Cli.run("status", "--json", "--url", url);
        assertEquals(0, r.exit(), r::toString);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        r.json().get("stores").get(0).get("rowCounts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        assertFalse(counts.isEmpty());
        return counts;
    }

    @Test
    void threadsListHuman() {
        Cli.Result r = Cli.run("threads", "list", "--resource", "demo-user-ada", "--url", url);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("THREAD"), r::toString);
        assertTrue(r.out().contains("demo-thread-ada-order-4821"), r::toString);
        assertTrue(r.out().contains("Where is order #4821?"), r::toString);
        assertTrue(r.out().contains("demo-thread-ada-billing"), r::toString);
        assertFalse(r.out().contains("demo-thread-grace-lisbon"), r::toString);
        assertTrue(r.out().contains("2 threads of resource demo-user-ada"), r::toString);
    }

    @Test
    void threadsListJsonWithPaging() {
        JsonNode all = Cli.run("threads", "list", "--resource", "demo-user-ada", "--url", url, "--json").json();
        assertEquals(2, all.get("total").asInt());
        assertEquals(List.of("demo-thread-ada-billing", "demo-thread-ada-order-4821"), ids(all.get("threads"), "id"),
                "newest first");
        JsonNode first = all.get("threads").get(1);
        assertEquals("demo-user-ada", first.get("resourceId").asText());
        assertEquals("web-chat", first.get("metadata").get("channel").asText());
        assertEquals(6, first.get("messageCount").asInt());

        JsonNode page1 = Cli.run("threads", "list", "-r", "demo-user-ada", "--per-page", "1", "--page", "1", "--url", url, "--json").json();
        assertEquals(List.of("demo-thread-ada-order-4821"), ids(page1.get("threads"), "id"));
        assertEquals(1, page1.get("page").asInt());
        assertFalse(page1.get("hasMore").asBoolean());
    }

    @Test
    void threadsListWithoutResourceListsEveryThread() {
        JsonNode all = Cli.run("threads", "list", "--url", url, "--json").json();
        assertEquals(5, all.get("total").asInt());
    }

    @Test
    void threadsListOfUnknownResourceIsEmptyNotAnError() {
        Cli.Result r = Cli.run("threads", "list", "--resource", "nobody", "--url", url);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("No threads of resource nobody"), r::toString);
    }

    @Test
    void messagesListHumanIsATranscriptWithToolCalls() {
        Cli.Result r = Cli.run("messages", "list", "--thread", "demo-thread-ada-order-4821", "--url", url);
        assertEquals(0, r.exit(), r::toString);
        String out = r.out();
        assertTrue(out.contains("Thread demo-thread-ada-order-4821 \"Where is order #4821?\""), out);
        assertTrue(out.contains("user       Hi! My order #4821"), out);
        assertTrue(out.contains("assistant  thinking: The customer asks"), out);
        assertTrue(out.contains("tool getOrder({\"orderId\":\"4821\"}) -> {\"orderId\":\"4821\",\"status\":\"in_transit\""), out);
        assertTrue(out.contains("tool refundShippingFee("), out);
        assertTrue(out.indexOf("Hi! My order") < out.indexOf("You're welcome!"), "oldest first");
        assertTrue(out.contains("6 messages"), out);
    }

    @Test
    void messagesListShowsAPendingToolCall() {
        Cli.Result r = Cli.run("messages", "list", "--thread", "demo-thread-grace-lisbon", "--url", url);
        assertTrue(r.out().contains("tool startTripBooking({\"flightOfferId\":\"TP-AMS-LIS-187\""), r::toString);
        assertTrue(r.out().contains("… (call)"), r::toString);
    }

    @Test
    void messagesListLastJson() {
        JsonNode doc = Cli.run("messages", "list", "--thread", "demo-thread-ada-order-4821", "--last", "2", "--url", url, "--json").json();
        assertEquals("demo-thread-ada-order-4821", doc.get("thread").get("id").asText());
        assertEquals(List.of("demo-thread-ada-order-4821-m05", "demo-thread-ada-order-4821-m06"), ids(doc.get("messages"), "id"));
        JsonNode last = doc.get("messages").get(1);
        assertEquals("assistant", last.get("role").asText());
        assertEquals("You're welcome! Anything else I can help with?", last.get("text").asText());
        assertEquals(2, last.get("content").get("format").asInt(), "content is embedded as JSON, not a string");
        assertEquals(6, doc.get("total").asInt());
    }

    @Test
    void messagesListPagesJson() {
        JsonNode doc = Cli.run("messages", "list", "-t", "demo-thread-ada-order-4821", "--per-page", "4", "--page", "1", "--url", url, "--json").json();
        assertEquals(List.of("demo-thread-ada-order-4821-m05", "demo-thread-ada-order-4821-m06"), ids(doc.get("messages"), "id"));
        assertEquals("user", doc.get("messages").get(0).get("role").asText());
        assertEquals(1, doc.get("page").asInt());
        assertFalse(doc.get("hasMore").asBoolean());

        JsonNode first = Cli.run("messages", "list", "-t", "demo-thread-ada-order-4821", "--url", url, "--json").json();
        JsonNode parts = first.get("messages").get(1).get("content").get("parts");
        assertEquals("reasoning", parts.get(0).get("type").asText());
        JsonNode call = parts.get(1);
        assertEquals("tool-invocation", call.get("type").asText());
        assertEquals("getOrder", call.get("toolInvocation").get("toolName").asText());
        assertEquals("in_transit", call.get("toolInvocation").get("result").get("status").asText());
    }

    @Test
    void messagesOfAMissingThreadIsAClearFailure() {
        Cli.Result r = Cli.run("messages", "list", "--thread", "no-such-thread", "--url", url);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().startsWith("error: thread 'no-such-thread' does not exist"), r::toString);
        assertTrue(r.err().contains("hint: "), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void runsListFilters() {
        assertEquals(2, Cli.run("runs", "list", "--status", "suspended", "--url", url, "--json").json().get("total").asInt());
        assertEquals(3, Cli.run("runs", "list", "--workflow", "order-refund", "--url", url, "--json").json().get("total").asInt());
        JsonNode linus = Cli.run("runs", "list", "--resource", "demo-user-linus", "--url", url, "--json").json();
        assertEquals(2, linus.get("total").asInt());
        JsonNode run = linus.get("runs").get(0);
        assertEquals("code-review", run.get("workflowName").asText());
        assertEquals(run.get("status").asText(), run.get("snapshot").get("status").asText());
        assertTrue(run.get("snapshot").get("context").has("input"));
        JsonNode one = Cli.run("runs", "list", "-w", "order-refund", "-s", "failed", "--url", url, "--json").json();
        assertEquals(List.of("demo-run-refund-5302"), ids(one.get("runs"), "runId"));
    }

    @Test
    void runsListHumanExplainsSuspendedAndFailedRuns() {
        Cli.Result r = Cli.run("runs", "list", "--url", url);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("WORKFLOW"), r::toString);
        assertTrue(r.out().contains("waiting at approve-refund"), r::toString);
        assertTrue(r.out().contains("error: Payment provider declined"), r::toString);
        assertTrue(r.out().contains("at book-flight"), r::toString);
        assertTrue(r.out().contains("7 runs"), r::toString);
    }

    @Test
    void statusHumanAndJson() {
        Cli.Result human = Cli.run("status", "--url", url);
        assertEquals(0, human.exit(), human::toString);
        assertTrue(human.out().contains("Backend         memory"), human::toString);
        assertTrue(human.out().contains("Schema version"), human::toString);
        JsonNode s = Cli.run("status", "--url", url, "--json").json().get("stores").get(0);
        assertEquals("memory", s.get("backend").asText());
        assertEquals(url, s.get("url").asText());
        assertTrue(s.get("pendingMigrations").isArray());
    }

    @Test
    void migrateReportsVersions() {
        Cli.Result r = Cli.run("migrate", "--url", url);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("schema version"), r::toString);
        JsonNode doc = Cli.run("migrate", "--url", url, "--json").json().get("stores").get(0);
        assertEquals(doc.get("schemaVersionBefore").asInt(), doc.get("schemaVersionAfter").asInt());
        assertEquals(0, doc.get("applied").size());
    }

    @Test
    void globalOptionsWorkBeforeTheCommandToo() {
        Cli.Result r = Cli.run("--json", "--url", url, "threads", "list");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(5, r.json().get("total").asInt());
    }

    @Test
    void theEnvironmentPicksTheStoreWhenThereIsNoUrl() {
        Cli.Result r = Cli.runWithEnv(Map.of("AGENTSTORE_URL", url), "threads", "list", "--json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(5, r.json().get("total").asInt());
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
