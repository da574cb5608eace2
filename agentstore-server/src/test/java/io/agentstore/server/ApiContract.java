package io.agentstore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;

/**
 * Every route of docs/server.md against a real store: happy paths, paging edges, each
 * parameter's bad values (status 400 and the {@code field}), 404s and hostile ids. Each
 * backend's test class opens its store; the server runs without a token (the token rule has
 * its own test).
 */
abstract class ApiContract {
    static final String SIXTY = "0123456789".repeat(6);
    AgentStore store;
    AgentStoreServer server;
    Http http;

    /** An empty, initialised store of the backend under test. */
    abstract AgentStore openStore();

    /** Cleans up after the store is closed (drop a schema, delete a file). */
    void dropStore() {
    }

    @BeforeEach
    void start() {
        store = openStore();
        store.init();
        server = new AgentStoreServer(store, ServerConfig.builder().port(0).build());
        http = new Http(server.start(), null);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        dropStore();
    }

    MemoryStore memory() {
        return store.memory();
    }

    MemoryThread thread(String id, String resourceId, String title, Instant created) {
        return memory().saveThread(new MemoryThread(id, resourceId, title, Map.of(), created, created));
    }

    /** {@code n} messages m0..m(n-1) in thread t, one second apart from {@code start}. */
    void messages(String threadId, String resourceId, int n, Instant start) {
        List<Message> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ms.add(Message.user(threadId + "-m" + i, threadId, resourceId, "text " + i).withCreatedAt(start.plusSeconds(i)));
        }
        memory().saveMessages(ms);
    }

    static List<String> ids(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.get("items").forEach(i -> out.add(i.get(field).asText()));
        return out;
    }

    // ---- system ----------------------------------------------------------------------

    @Test
    void healthReadyAndStatus() {
        assertEquals("ok", http.get("/health").assertStatus(200).json().get("status").asText());
        assertEquals("ready", http.get("/ready").assertStatus(200).json().get("status").asText());
        Http.Res status = http.get("/api/status").assertStatus(200);
        JsonNode b = status.json().get("backends").get(0);
        assertNotNull(b.get("backend").asText(null));
        assertNotNull(b.get("url").asText(null));
        assertEquals(b.get("schemaVersion").asInt(), b.get("latestVersion").asInt(), status.body());
        assertTrue(b.get("domains").toString().contains("memory"), status.body());
        assertTrue(b.get("domains").toString().contains("workflows"), status.body());
        assertFalse(status.json().get("version").asText().isBlank());
        assertTrue(status.header("Content-Type").startsWith("application/json"), status.header("Content-Type"));
    }

    @Test
    void openApiDocumentsEveryRegisteredRoute() {
        JsonNode doc = http.get("/openapi.json").assertStatus(200).json();
        assertTrue(doc.get("openapi").asText().startsWith("3.1"));
        List<String> routes = server.routes();
        assertTrue(routes.size() >= 20, routes.toString());
        for (String route : routes) {
            String[] mp = route.split(" ", 2);
            JsonNode op = doc.path("paths").path(mp[1]).path(mp[0].toLowerCase(java.util.Locale.ROOT));
            assertFalse(op.isMissingNode(), "not in openapi.json: " + route);
            assertTrue(op.path("responses").size() > 0, route);
            for (String param : pathParams(mp[1])) {
                assertTrue(op.path("parameters").toString().contains("\"name\":\"" + param + "\""), route + " lacks " + param);
            }
        }
        assertTrue(doc.path("components").path("schemas").has("Error"));
    }

    private static List<String> pathParams(String path) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void unknownApiRouteIsJson404() {
        http.get("/api/nothing-here").assertError(404, "NOT_FOUND", null);
        http.delete("/api/threads").assertError(404, "NOT_FOUND", null);
    }

    // ---- resources -------------------------------------------------------------------

    @Test
    void resourcesListNewestActivityFirstWithPaging() {
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        thread("ta", "res-a", "A", t0);
        thread("tb1", "res-b", "B1", t0.plusSeconds(10));
        thread("tb2", "res-b", "B2", t0.plusSeconds(20));
        JsonNode all = http.get("/api/resources").assertStatus(200).json();
        assertEquals(List.of("res-b", "res-a"), ids(all, "resourceId"));
        assertEquals(2, all.get("total").asLong());
        assertEquals(2, all.get("items").get(0).get("threadCount").asInt());
        assertEquals(0, all.get("page").asInt());
        assertEquals(20, all.get("perPage").asInt());
        assertFalse(all.get("hasMore").asBoolean());
        JsonNode first = http.get("/api/resources?perPage=1").json();
        assertEquals(List.of("res-b"), ids(first, "resourceId"));
        assertTrue(first.get("hasMore").asBoolean());
        JsonNode second = http.get("/api/resources?perPage=1&page=1").json();
        assertEquals(List.of("res-a"), ids(second, "resourceId"));
        assertFalse(second.get("hasMore").asBoolean());
        JsonNode beyond = http.get("/api/resources?perPage=1&page=5").json();
        assertEquals(0, beyond.get("items").size());
        assertEquals(2, beyond.get("total").asLong());
        assertTrue(all.get("items").get(0).get("lastActivityAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    }

    @ParameterizedTest
    @CsvSource({"page,-1", "page,x", "page,1.5", "page,99999999999", "perPage,0", "perPage,1001", "perPage,-3", "perPage,ten"})
    void resourcesPagingRejectsBadValues(String name, String value) {
        http.get("/api/resources" + Http.query(name, value)).assertError(400, "INVALID_INPUT", name);
        http.get("/api/threads" + Http.query(name, value)).assertError(400, "INVALID_INPUT", name);
        http.get("/api/workflow-runs" + Http.query(name, value)).assertError(400, "INVALID_INPUT", name);
    }

    @Test
    void repeatedParameterIsRejected() {
        http.get("/api/resources?page=0&page=1").assertError(400, "INVALID_INPUT", "page");
    }

    @Test
    void perPageOfAThousandIsAllowed() {
        assertEquals(1000, http.get("/api/resources?perPage=1000").assertStatus(200).json().get("perPage").asInt());
    }

    @Test
    void resourceGetPutAndErrors() {
        http.get("/api/resources/nobody").assertError(404, "NOT_FOUND", null);
        JsonNode created = http.put("/api/resources/user-1", "{\"workingMemory\":\"# Profile\",\"metadata\":{\"tier\":\"gold\"}}")
                .assertStatus(200).json();
        assertEquals("user-1", created.get("id").asText());
        assertEquals("# Profile", created.get("workingMemory").asText());
        assertEquals("gold", created.get("metadata").get("tier").asText());
        JsonNode updated = http.put("/api/resources/user-1", "{\"metadata\":{\"lang\":\"en\"}}").assertStatus(200).json();
        assertEquals("# Profile", updated.get("workingMemory").asText());
        assertEquals("en", updated.get("metadata").get("lang").asText());
        JsonNode got = http.get("/api/resources/user-1").assertStatus(200).json();
        assertEquals(updated, got);
        assertEquals(created.get("createdAt"), got.get("createdAt"));
        assertTrue(http.put("/api/resources/empty", "{}").assertStatus(200).json().has("id"));
    }

    @Test
    void resourcePutRejectsWrongTypes() {
        http.put("/api/resources/u", "{\"workingMemory\":5}").assertError(400, "INVALID_INPUT", "workingMemory");
        http.put("/api/resources/u", "{\"metadata\":[1]}").assertError(400, "INVALID_INPUT", "metadata");
        http.put("/api/resources/u", "{\"metadata\":\"x\"}").assertError(400, "INVALID_INPUT", "metadata");
        http.put("/api/resources/u", "{\"workingMemory\":\"a\\u0000b\"}").assertError(400, "INVALID_INPUT", "workingMemory");
        http.put("/api/resources/u", "{\"wm\":\"x\"}").assertError(400, "INVALID_INPUT", "wm");
        http.put("/api/resources/u", "[]").assertError(400, "INVALID_INPUT", "body");
        http.put("/api/resources/u", "").assertError(400, "INVALID_INPUT", "body");
        http.get("/api/resources/u").assertError(404, "NOT_FOUND", null);
    }

    // ---- threads ---------------------------------------------------------------------

    @Test
    void threadsListFilterSearchAndOrder() {
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        thread("t-1", "alice", "Order #4821 delayed", t0);
        thread("t-2", "alice", "Billing change", t0.plusSeconds(60));
        thread("t-3", "bob", "Trip to Lisbon", t0.plusSeconds(120));
        assertEquals(List.of("t-3", "t-2", "t-1"), ids(http.get("/api/threads").assertStatus(200).json(), "id"));
        assertEquals(List.of("t-2", "t-1"), ids(http.get("/api/threads?resourceId=alice").json(), "id"));
        assertEquals(List.of("t-1", "t-2"), ids(http.get("/api/threads?resourceId=alice&direction=asc").json(), "id"));
        assertEquals(List.of("t-1", "t-2", "t-3"), ids(http.get("/api/threads?orderBy=createdAt&direction=asc").json(), "id"));
        assertEquals(List.of("t-1"), ids(http.get("/api/threads" + Http.query("q", "ORDER")).json(), "id"));
        assertEquals(List.of("t-3"), ids(http.get("/api/threads" + Http.query("q", "t-3")).json(), "id"));
        assertEquals(List.of(), ids(http.get("/api/threads" + Http.query("q", "%")).json(), "id"));
        assertEquals(List.of(), ids(http.get("/api/threads?resourceId=nobody").json(), "id"));
        JsonNode page = http.get("/api/threads?perPage=2&page=1").json();
        assertEquals(List.of("t-1"), ids(page, "id"));
        assertEquals(3, page.get("total").asInt());
        assertFalse(page.get("hasMore").asBoolean());
    }

    @ParameterizedTest
    @CsvSource({"orderBy,title", "orderBy,CREATEDAT", "direction,up", "direction,ascending", "q,", "resourceId,"})
    void threadsListRejectsBadParameters(String name, String value) {
        if (value == null) {
            // a value the store refuses: NUL, or too long for an id / a search
            value = name.equals("q") ? "a\u0000b" : "r".repeat(256);
        }
        http.get("/api/threads" + Http.query(name, value)).assertError(400, "INVALID_INPUT", name);
    }

    @Test
    void threadCreateGetPatchDelete() {
        JsonNode made = http.post("/api/threads", "{\"resourceId\":\"alice\",\"title\":\"Hello\",\"metadata\":{\"channel\":\"web\",\"n\":1}}")
                .assertStatus(201).json();
        String id = made.get("id").asText();
        assertFalse(id.isBlank());
        assertEquals("alice", made.get("resourceId").asText());
        assertEquals("web", made.get("metadata").get("channel").asText());
        assertEquals(made, http.get("/api/threads/" + Http.seg(id)).assertStatus(200).json());

        JsonNode named = http.post("/api/threads", "{\"id\":\"my-thread\",\"resourceId\":\"alice\"}").assertStatus(201).json();
        assertEquals("my-thread", named.get("id").asText());
        assertEquals("", named.get("title").asText());
        http.post("/api/threads", "{\"id\":\"my-thread\",\"resourceId\":\"bob\"}").assertError(409, "CONFLICT", null);
        assertEquals("alice", http.get("/api/threads/my-thread").json().get("resourceId").asText());

        JsonNode renamed = http.patch("/api/threads/" + Http.seg(id), "{\"title\":\"Renamed\"}").assertStatus(200).json();
        assertEquals("Renamed", renamed.get("title").asText());
        assertEquals("web", renamed.get("metadata").get("channel").asText());
        JsonNode retagged = http.patch("/api/threads/" + Http.seg(id), "{\"metadata\":{\"only\":true}}").assertStatus(200).json();
        assertEquals("Renamed", retagged.get("title").asText());
        assertEquals(1, retagged.get("metadata").size(), "metadata is replaced, not merged: " + retagged);
        assertEquals(made.get("createdAt"), retagged.get("createdAt"));

        messages(id, "alice", 2, Instant.parse("2025-01-01T00:00:00Z"));
        http.delete("/api/threads/" + Http.seg(id)).assertStatus(204);
        http.get("/api/threads/" + Http.seg(id)).assertError(404, "NOT_FOUND", null);
        http.get("/api/messages/" + Http.seg(id + "-m0")).assertError(404, "NOT_FOUND", null);
        http.delete("/api/threads/" + Http.seg(id)).assertError(404, "NOT_FOUND", null);
        http.patch("/api/threads/nope", "{\"title\":\"x\"}").assertError(404, "NOT_FOUND", null);
    }

    @Test
    void threadCreateRejectsBadBodies() {
        http.post("/api/threads", "{}").assertError(400, "INVALID_INPUT", "resourceId");
        http.post("/api/threads", "{\"resourceId\":7}").assertError(400, "INVALID_INPUT", "resourceId");
        http.post("/api/threads", "{\"resourceId\":\"\"}").assertError(400, "INVALID_INPUT", "resourceId");
        http.post("/api/threads", "{\"resourceId\":\"a\",\"title\":[]}").assertError(400, "INVALID_INPUT", "title");
        http.post("/api/threads", "{\"resourceId\":\"a\",\"metadata\":1}").assertError(400, "INVALID_INPUT", "metadata");
        http.post("/api/threads", "{\"resourceId\":\"a\",\"id\":\"\"}").assertError(400, "INVALID_INPUT", "id");
        http.post("/api/threads", "{\"resourceId\":\"a\",\"id\":null}").assertError(400, "INVALID_INPUT", "id");
        http.post("/api/threads", "{\"resourceId\":\"a\",\"id\":\"" + "x".repeat(256) + "\"}").assertError(400, "INVALID_INPUT", "id");
        http.post("/api/threads", "{\"resourceId\":\"a\",\"tittle\":\"typo\"}").assertError(400, "INVALID_INPUT", "tittle");
        http.post("/api/threads", "{\"resourceId\":\"a\",\"resourceId\":\"b\"}").assertError(400, "INVALID_INPUT", "body");
        http.post("/api/threads", "{\"resourceId\":\"a\"} trailing").assertError(400, "INVALID_INPUT", "body");
        http.patch("/api/threads/x", "{\"title\":1}").assertError(400, "INVALID_INPUT", "title");
        assertEquals(0, http.get("/api/threads").json().get("total").asInt());
    }

    // ---- messages --------------------------------------------------------------------

    @Test
    void messagesPagingDirectionAndLast() {
        thread("t", "alice", "T", Instant.parse("2025-01-01T00:00:00Z"));
        messages("t", "alice", 5, Instant.parse("2025-01-01T00:00:00Z"));
        JsonNode asc = http.get("/api/threads/t/messages").assertStatus(200).json();
        assertEquals(List.of("t-m0", "t-m1", "t-m2", "t-m3", "t-m4"), ids(asc, "id"));
        assertEquals(5, asc.get("total").asInt());
        assertEquals(List.of("t-m4", "t-m3"), ids(http.get("/api/threads/t/messages?direction=desc&perPage=2").json(), "id"));
        JsonNode p2 = http.get("/api/threads/t/messages?direction=desc&perPage=2&page=2").json();
        assertEquals(List.of("t-m0"), ids(p2, "id"));
        assertFalse(p2.get("hasMore").asBoolean());
        JsonNode last = http.get("/api/threads/t/messages?last=2").json();
        assertEquals(List.of("t-m3", "t-m4"), ids(last, "id"));
        assertEquals(-1, last.get("total").asInt());
        assertTrue(last.get("hasMore").asBoolean());
        JsonNode lastAll = http.get("/api/threads/t/messages?last=10&page=3&direction=desc").json();
        assertEquals(5, lastAll.get("items").size());
        assertEquals(5, lastAll.get("total").asInt());
        JsonNode m = asc.get("items").get(0);
        assertEquals("t", m.get("threadId").asText());
        assertEquals("alice", m.get("resourceId").asText());
        assertEquals("user", m.get("role").asText());
        assertEquals("v2", m.get("type").asText());
        assertEquals(2, m.get("content").get("format").asInt());
        assertEquals("2025-01-01T00:00:00.000Z", m.get("createdAt").asText());
    }

    @ParameterizedTest
    @CsvSource({"last,0", "last,1001", "last,x", "direction,sideways", "page,-1", "perPage,0"})
    void messagesListRejectsBadParameters(String name, String value) {
        thread("t", "alice", "T", Instant.now());
        http.get("/api/threads/t/messages" + Http.query(name, value)).assertError(400, "INVALID_INPUT", name);
    }

    @Test
    void messagesOfMissingThreadAre404() {
        http.get("/api/threads/none/messages").assertError(404, "NOT_FOUND", null);
        http.post("/api/threads/none/messages", "{\"messages\":[{\"role\":\"user\",\"text\":\"hi\"}]}").assertError(404, "NOT_FOUND", null);
    }

    @Test
    void messagesAppendTextAndContentKeepUnknownFields() {
        thread("t", "alice", "T", Instant.now());
        String content = "{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"Hi\"},{\"type\":\"tool-invocation\",\"toolInvocation\":{\"state\":\"result\"}}],\"experimental\":{\"x\":[1,2.5,null]}}";
        JsonNode out = http.post("/api/threads/t/messages", "{\"messages\":[{\"id\":\"a\",\"role\":\"user\",\"text\":\"Where is it?\"},"
                + "{\"role\":\"assistant\",\"content\":" + content + ",\"createdAt\":\"2030-01-01T00:00:00.5Z\"},"
                + "{\"id\":\"c\",\"role\":\"tool\",\"text\":\"r\",\"type\":\"v2\",\"resourceId\":\"other\"}]}").assertStatus(201).json();
        JsonNode msgs = out.get("messages");
        assertEquals(3, msgs.size());
        assertEquals("a", msgs.get(0).get("id").asText());
        assertEquals("Where is it?", msgs.get(0).get("content").get("parts").get(0).get("text").asText());
        assertFalse(msgs.get(1).get("id").asText().isBlank());
        assertEquals(JsonCodec.storedJson(content), msgs.get(1).get("content"));
        assertEquals("2030-01-01T00:00:00.500Z", msgs.get(1).get("createdAt").asText());
        assertEquals("other", msgs.get(2).get("resourceId").asText());
        assertEquals("alice", msgs.get(0).get("resourceId").asText());
        JsonNode listed = http.get("/api/threads/t/messages").json();
        assertEquals(3, listed.get("total").asInt());
        assertEquals(JsonCodec.storedJson(content), http.get("/api/messages/" + msgs.get(1).get("id").asText()).json().get("content"));
    }

    @Test
    void messagesAppendRejectsBadBodies() {
        thread("t", "alice", "T", Instant.now());
        String p = "/api/threads/t/messages";
        http.post(p, "{}").assertError(400, "INVALID_INPUT", "messages");
        http.post(p, "{\"messages\":[]}").assertError(400, "INVALID_INPUT", "messages");
        http.post(p, "{\"messages\":{}}").assertError(400, "INVALID_INPUT", "messages");
        http.post(p, "{\"messages\":[1]}").assertError(400, "INVALID_INPUT", "messages[0]");
        http.post(p, "{\"messages\":[{\"text\":\"x\"}]}").assertError(400, "INVALID_INPUT", "messages[0].role");
        http.post(p, "{\"messages\":[{\"role\":\"user\",\"text\":\"x\"},{\"role\":\"robot\",\"text\":\"x\"}]}")
                .assertError(400, "INVALID_INPUT", "messages[1].role");
        http.post(p, "{\"messages\":[{\"role\":\"user\"}]}").assertError(400, "INVALID_INPUT", "messages[0].content");
        http.post(p, "{\"messages\":[{\"role\":\"user\",\"text\":\"x\",\"content\":{\"format\":2,\"parts\":[]}}]}")
                .assertError(400, "INVALID_INPUT", "messages[0].text");
        http.post(p, "{\"messages\":[{\"role\":\"user\",\"content\":\"plain\"}]}").assertError(400, "INVALID_INPUT", "messages[0].content");
        http.post(p, "{\"messages\":[{\"role\":\"user\",\"text\":7}]}").assertError(400, "INVALID_INPUT", "messages[0].text");
        http.post(p, "{\"messages\":[{\"role\":\"user\",\"text\":\"x\",\"createdAt\":\"yesterday\"}]}")
                .assertError(400, "INVALID_INPUT", "messages[0].createdAt");
        http.post(p, "{\"messages\":[{\"role\":\"user\",\"text\":\"x\",\"threadId\":\"t2\"}]}")
                .assertError(400, "INVALID_INPUT", "messages[0].threadId");
        http.post(p, "{\"messages\":[{\"role\":\"user\",\"text\":\"a\\u0000b\"}]}").assertError(400, "INVALID_INPUT", "messages[0].content");
        assertEquals(0, http.get(p).json().get("total").asInt());
    }

    @Test
    void messageGetPatchDelete() {
        thread("t", "alice", "T", Instant.now());
        messages("t", "alice", 1, Instant.parse("2025-01-01T00:00:00Z"));
        JsonNode m = http.get("/api/messages/t-m0").assertStatus(200).json();
        assertEquals("text 0", m.get("content").get("parts").get(0).get("text").asText());
        JsonNode edited = http.patch("/api/messages/t-m0", "{\"text\":\"edited\",\"role\":\"assistant\"}").assertStatus(200).json();
        assertEquals("edited", edited.get("content").get("parts").get(0).get("text").asText());
        assertEquals("assistant", edited.get("role").asText());
        assertEquals(m.get("createdAt"), edited.get("createdAt"));
        JsonNode c = http.patch("/api/messages/t-m0", "{\"content\":{\"format\":2,\"parts\":[],\"keep\":1}}").assertStatus(200).json();
        assertEquals(1, c.get("content").get("keep").asInt());
        http.patch("/api/messages/t-m0", "{\"role\":\"robot\"}").assertError(400, "INVALID_INPUT", "role");
        http.patch("/api/messages/t-m0", "{\"content\":[]}").assertError(400, "INVALID_INPUT", "content");
        http.patch("/api/messages/t-m0", "{\"threadId\":\"x\"}").assertError(400, "INVALID_INPUT", "threadId");
        http.patch("/api/messages/nope", "{\"text\":\"x\"}").assertError(404, "NOT_FOUND", null);
        http.get("/api/messages/nope").assertError(404, "NOT_FOUND", null);
        http.delete("/api/messages/t-m0").assertStatus(204);
        http.get("/api/messages/t-m0").assertError(404, "NOT_FOUND", null);
        http.delete("/api/messages/t-m0").assertError(404, "NOT_FOUND", null);
    }

    // ---- workflow runs ---------------------------------------------------------------

    void runs() {
        store.workflows().persistSnapshot("refund", "r1", "alice", "{\"status\":\"suspended\",\"context\":{\"a\":1}}");
        store.workflows().persistSnapshot("refund", "r2", "bob", "{\"status\":\"success\"}");
        store.workflows().persistSnapshot("trip", "r3", "alice", "{\"status\":\"running\",\"value\":[1,2]}");
    }

    @Test
    void workflowRunsListFiltersAndPages() {
        runs();
        JsonNode all = http.get("/api/workflow-runs").assertStatus(200).json();
        assertEquals(3, all.get("total").asInt());
        JsonNode item = all.get("items").get(0);
        assertFalse(item.has("snapshot"), item.toString());
        assertNotNull(item.get("status").asText(null));
        assertEquals(List.of("r1", "r2"), sorted(ids(http.get("/api/workflow-runs?workflowName=refund").json(), "runId")));
        assertEquals(List.of("r1"), ids(http.get("/api/workflow-runs?status=suspended").json(), "runId"));
        assertEquals(2, http.get("/api/workflow-runs?resourceId=alice").json().get("total").asInt());
        assertEquals(1, http.get("/api/workflow-runs?perPage=1").json().get("items").size());
        assertTrue(http.get("/api/workflow-runs?perPage=1").json().get("hasMore").asBoolean());
        assertEquals(3, http.get("/api/workflow-runs" + Http.query("from", "2000-01-01T00:00:00Z", "to", "2999-01-01T00:00:00+02:00"))
                .json().get("total").asInt());
        assertEquals(0, http.get("/api/workflow-runs" + Http.query("to", "2000-01-01T00:00:00.000Z")).json().get("total").asInt());
    }

    private static List<String> sorted(List<String> l) {
        List<String> c = new ArrayList<>(l);
        c.sort(null);
        return c;
    }

    @ParameterizedTest
    @CsvSource({"from,yesterday", "to,2025-13-01T00:00:00Z", "from,2025-01-01", "to,1700000000"})
    void workflowRunsRejectBadTimes(String name, String value) {
        http.get("/api/workflow-runs" + Http.query(name, value)).assertError(400, "INVALID_INPUT", name);
    }

    @Test
    void workflowRunsRejectFromAfterToAndBadFilters() {
        http.get("/api/workflow-runs" + Http.query("from", "2025-02-01T00:00:00Z", "to", "2025-01-01T00:00:00Z"))
                .assertError(400, "INVALID_INPUT", "from");
        http.get("/api/workflow-runs" + Http.query("workflowName", "w".repeat(256))).assertError(400, "INVALID_INPUT", "workflowName");
        http.get("/api/workflow-runs" + Http.query("status", "a\u0000")).assertError(400, "INVALID_INPUT", "status");
    }

    @Test
    void workflowRunGetAndDelete() {
        runs();
        JsonNode run = http.get("/api/workflow-runs/refund/r1").assertStatus(200).json();
        assertEquals("suspended", run.get("status").asText());
        assertEquals("alice", run.get("resourceId").asText());
        assertTrue(run.get("snapshot").isObject(), run.toString());
        assertEquals(1, run.get("snapshot").get("context").get("a").asInt());
        http.get("/api/workflow-runs/refund/nope").assertError(404, "NOT_FOUND", null);
        http.get("/api/workflow-runs/nope/r1").assertError(404, "NOT_FOUND", null);
        http.delete("/api/workflow-runs/refund/r1").assertStatus(204);
        http.get("/api/workflow-runs/refund/r1").assertError(404, "NOT_FOUND", null);
        http.delete("/api/workflow-runs/refund/r1").assertError(404, "NOT_FOUND", null);
        assertEquals(2, http.get("/api/workflow-runs").json().get("total").asInt());
    }

    // ---- hostile input ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"it's \"quoted\"", "'; DROP TABLE mastra_threads; --", "a/b/c", "100% sure", "%2F", "ünïcødé 🧵 线程",
            "a?b#c&d=e", "..", "back\\slash", "+plus+", "tab\there"})
    void hostileIdsRoundTripThroughTheUrl(String id) {
        assertEquals(id, http.post("/api/threads", "{\"id\":" + JsonCodec.MAPPER.getNodeFactory().textNode(id) + ",\"resourceId\":"
                + JsonCodec.MAPPER.getNodeFactory().textNode(id) + ",\"title\":" + JsonCodec.MAPPER.getNodeFactory().textNode(id) + "}")
                .assertStatus(201).json().get("id").asText());
        String path = "/api/threads/" + Http.seg(id);
        assertEquals(id, http.get(path).assertStatus(200).json().get("title").asText());
        http.post(path + "/messages", "{\"messages\":[{\"id\":" + JsonCodec.MAPPER.getNodeFactory().textNode(id) + ",\"role\":\"user\",\"text\":"
                + JsonCodec.MAPPER.getNodeFactory().textNode(id) + "}]}").assertStatus(201);
        assertEquals(id, http.get("/api/messages/" + Http.seg(id)).assertStatus(200).json().get("threadId").asText());
        assertEquals(1, http.get(path + "/messages").json().get("total").asInt());
        assertEquals(id, http.get("/api/resources").json().get("items").get(0).get("resourceId").asText());
        assertEquals(id, http.put("/api/resources/" + Http.seg(id), "{\"workingMemory\":\"x\"}").assertStatus(200).json().get("id").asText());
        store.workflows().persistSnapshot(id, id, null, "{\"status\":\"running\"}");
        http.get("/api/workflow-runs/" + Http.seg(id) + "/" + Http.seg(id)).assertStatus(200);
        http.delete("/api/workflow-runs/" + Http.seg(id) + "/" + Http.seg(id)).assertStatus(204);
        http.delete("/api/messages/" + Http.seg(id)).assertStatus(204);
        http.delete(path).assertStatus(204);
    }

    @Test
    void idsOf255CharactersWorkAnd256AreRefused() {
        String id = "x".repeat(200) + "é".repeat(55);
        http.post("/api/threads", "{\"id\":\"" + id + "\",\"resourceId\":\"r\"}").assertStatus(201);
        http.get("/api/threads/" + Http.seg(id)).assertStatus(200);
        http.get("/api/threads/" + Http.seg(id + "x")).assertError(400, "INVALID_INPUT", "threadId");
        http.get("/api/resources/" + Http.seg(id + "x")).assertError(400, "INVALID_INPUT", "resourceId");
        http.get("/api/messages/" + Http.seg(id + "x")).assertError(400, "INVALID_INPUT", "messageId");
        http.get("/api/workflow-runs/w/" + Http.seg(id + "x")).assertError(400, "INVALID_INPUT", "runId");
        http.get("/api/threads/" + Http.seg(id + "x") + "/messages").assertError(400, "INVALID_INPUT", "threadId");
    }

    @Test
    void nulInPathIsAJsonError() {
        Http.Res r = http.get("/api/threads/a%00b");
        assertEquals(400, r.status(), r.body());
        r.assertNoStackTrace();
        assertTrue(r.json().has("error"), r.body());
    }

    @Test
    void sqlInQueryParametersIsJustText() {
        thread("t", "alice", "T", Instant.now());
        assertEquals(0, http.get("/api/threads" + Http.query("resourceId", "alice' OR '1'='1")).assertStatus(200).json().get("total").asInt());
        assertEquals(0, http.get("/api/threads" + Http.query("q", "' OR 1=1 --")).json().get("total").asInt());
        assertEquals(1, http.get("/api/threads").json().get("total").asInt());
    }

    @Test
    void seededResourceShowsWorkingMemory() {
        memory().saveResource(MemoryResource.of("wm-only", "# notes"));
        JsonNode list = http.get("/api/resources").json();
        assertEquals("wm-only", list.get("items").get(0).get("resourceId").asText());
        assertEquals(0, list.get("items").get(0).get("threadCount").asInt());
        assertEquals("# notes", http.get("/api/resources/wm-only").json().get("workingMemory").asText());
    }
}
