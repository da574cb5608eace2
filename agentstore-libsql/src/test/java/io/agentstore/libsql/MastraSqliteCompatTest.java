package io.agentstore.libsql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.agentstore.AgentStore;
import io.agentstore.Page;
import io.agentstore.SortDirection;
import io.agentstore.StoreStatus;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessagePart;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;

/**
 * A SQLite database exactly as Mastra ({@code @mastra/libsql} 1.23.1) leaves it: its DDL, the
 * rows its own API wrote ({@code interop/mastra/samples/mastra-ref.sqlite.raw.json}, JSON
 * columns as SQLite JSONB blobs made with {@code jsonb(?)}, as Mastra does). AgentStore must
 * adopt it, read what Mastra reads ({@code mastra-ref.sqlite.read.json}), and write rows in
 * Mastra's formats. No Node needed: the fixtures were produced by {@code interop/mastra}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MastraSqliteCompatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JavaScript's {@code Date.toISOString()}: what Mastra writes and compares as text. */
    private static final Pattern JS_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    /** Bytes of mastra-thread-1's metadata in Mastra's own file ({@code samples/mastra-ref.sqlite.sql}). */
    private static final String THREAD1_METADATA_JSONB_HEX =
            "CC26776368616E6E656C37776562877072696F726974791332676C6162656C737B676F7264657273";
    private static final String THREAD2_METADATA_JSONB_HEX = "CC0E776368616E6E656C57656D61696C";

    private Path dir;
    private Path db;
    private String url;
    private JsonNode raw;
    private JsonNode read;
    private AgentStore store;

    @BeforeAll
    void createMastraDatabase() throws Exception {
        dir = Files.createTempDirectory("agentstore-mastra");
        db = dir.resolve("mastra.db");
        url = "file:" + db;
        raw = resourceJson("/mastra/mastra-ref.sqlite.raw.json");
        read = resourceJson("/mastra/mastra-ref.sqlite.read.json");
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            for (String ddl : statements(resourceText("/mastra/mastra-core-tables.sqlite.sql"))) {
                s.execute(ddl);
            }
            for (JsonNode r : raw.get("mastra_resources")) {
                insert(c, "INSERT INTO mastra_resources (id, \"workingMemory\", metadata, \"createdAt\", \"updatedAt\") VALUES (?, ?, "
                        + jsonMark(r, "metadata") + ", ?, ?)", text(r, "id"), text(r, "workingMemory"), text(r, "metadata"),
                        text(r, "createdAt"), text(r, "updatedAt"));
            }
            for (JsonNode t : raw.get("mastra_threads")) {
                insert(c, "INSERT INTO mastra_threads (id, \"resourceId\", title, metadata, \"createdAt\", \"updatedAt\") VALUES (?, ?, ?, "
                        + jsonMark(t, "metadata") + ", ?, ?)", text(t, "id"), text(t, "resourceId"), text(t, "title"), text(t, "metadata"),
                        text(t, "createdAt"), text(t, "updatedAt"));
            }
            for (JsonNode m : raw.get("mastra_messages")) {
                assertEquals("text", text(m, "content_storage"));
                insert(c, "INSERT INTO mastra_messages (id, thread_id, content, role, type, \"createdAt\", \"resourceId\") VALUES (?, ?, ?, ?, ?, ?, ?)",
                        text(m, "id"), text(m, "thread_id"), text(m, "content"), text(m, "role"), text(m, "type"), text(m, "createdAt"),
                        text(m, "resourceId"));
            }
            for (JsonNode w : raw.get("mastra_workflow_snapshot")) {
                insert(c, "INSERT INTO mastra_workflow_snapshot (workflow_name, run_id, \"resourceId\", snapshot, \"createdAt\", \"updatedAt\")"
                        + " VALUES (?, ?, ?, " + jsonMark(w, "snapshot") + ", ?, ?)", text(w, "workflow_name"), text(w, "run_id"),
                        text(w, "resourceId"), text(w, "snapshot"), text(w, "createdAt"), text(w, "updatedAt"));
            }
        }
        // The fixture really is Mastra's: the JSONB bytes equal those in Mastra's own file.
        assertEquals(THREAD1_METADATA_JSONB_HEX, scalar("SELECT hex(metadata) FROM mastra_threads WHERE id = 'mastra-thread-1'"));
        assertEquals(THREAD2_METADATA_JSONB_HEX, scalar("SELECT hex(metadata) FROM mastra_threads WHERE id = 'mastra-thread-2'"));
        assertEquals("blob", scalar("SELECT typeof(snapshot) FROM mastra_workflow_snapshot WHERE run_id = 'mastra-run-refund-1'"));
    }

    @AfterAll
    void cleanUp() throws IOException {
        if (store != null) {
            store.close();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Test
    @Order(1)
    void initAdoptsTheMastraDatabaseWithoutLosingRows() throws Exception {
        Map<String, Long> before = counts();
        store = AgentStore.open(url);
        store.init();
        store.init(); // idempotent
        assertEquals(before, counts(), "init() must not add or remove rows of Mastra's tables");
        StoreStatus s = store.status().get(0);
        assertEquals(1, s.schemaVersion(), "schema version after adopting: " + s);
        assertEquals(List.of(), s.pendingMigrations(), "pending migrations: " + s);
        assertEquals(Map.of("threads", 3L, "messages", 7L, "resources", 2L, "workflow_snapshots", 2L), s.rowCounts());
        // Mastra's own JSONB cells are untouched by the adoption.
        assertEquals(THREAD1_METADATA_JSONB_HEX, scalar("SELECT hex(metadata) FROM mastra_threads WHERE id = 'mastra-thread-1'"));
    }

    @Test
    @Order(2)
    void resourcesReadAsMastraReadsThem() throws Exception {
        for (JsonNode expected : read.get("resources")) {
            String id = text(expected, "id");
            MemoryResource r = store.memory().getResource(id).orElseThrow(() -> new AssertionError("resource " + id + " not found"));
            assertEquals(text(expected, "workingMemory"), r.workingMemory(), id);
            assertEquals(expected.get("metadata"), JSON.valueToTree(r.metadata()), id + " metadata");
            assertEquals(text(expected, "createdAt"), iso(r.createdAt()), id + " createdAt");
            assertEquals(text(expected, "updatedAt"), iso(r.updatedAt()), id + " updatedAt");
        }
    }

    @Test
    @Order(3)
    void threadsAndMessagesReadAsMastraReadsThem() throws Exception {
        Map<String, String> rawContent = new HashMap<>();
        raw.get("mastra_messages").forEach(m -> rawContent.put(text(m, "id"), text(m, "content")));
        int messages = 0;
        for (JsonNode res : read.get("resources")) {
            String resourceId = text(res, "id");
            Page<MemoryThread> page = store.memory().listThreads(ThreadQuery.resource(resourceId)
                    .orderBy(ThreadQuery.OrderField.CREATED_AT, SortDirection.ASC));
            List<String> expectedIds = ids(res.get("threads"), "id");
            assertEquals(expectedIds, page.items().stream().map(MemoryThread::id).toList(), "threads of " + resourceId);
            assertEquals(expectedIds.size(), page.total());
            for (int i = 0; i < expectedIds.size(); i++) {
                JsonNode et = res.get("threads").get(i);
                MemoryThread t = page.items().get(i);
                assertThread(et, t);
                assertThread(et, store.memory().getThread(t.id()).orElseThrow());
                Page<Message> msgs = store.memory().listMessages(MessageQuery.thread(t.id()).perPage(MessageQuery.MAX_PER_PAGE));
                JsonNode em = et.get("messages");
                assertEquals(ids(em, "id"), msgs.items().stream().map(Message::id).toList(), "message order in " + t.id());
                assertEquals(em.size(), msgs.total());
                for (int j = 0; j < em.size(); j++) {
                    assertMessage(em.get(j), msgs.items().get(j), rawContent.get(msgs.items().get(j).id()));
                    messages++;
                }
            }
        }
        assertEquals(read.get("counts").get("messages").asInt(), messages);
        // newest-N window, as an agent reads it: same order as Mastra's (the createdAt tie is broken by id)
        assertEquals(List.of("mastra-msg-2-2", "mastra-msg-2-3"),
                store.memory().listMessages(MessageQuery.thread("mastra-thread-2").last(2)).items().stream().map(Message::id).toList());
    }

    @Test
    @Order(4)
    void workflowRunsReadAsMastraReadsThem() throws Exception {
        Map<String, String> rawSnapshot = new HashMap<>();
        raw.get("mastra_workflow_snapshot").forEach(w -> rawSnapshot.put(text(w, "run_id"), text(w, "snapshot")));
        Page<WorkflowRun> runs = store.workflows().listRuns(RunQuery.all());
        JsonNode expected = read.get("workflowRuns");
        assertEquals(ids(expected, "runId"), runs.items().stream().map(WorkflowRun::runId).toList(), "run order (newest first)");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            WorkflowRun r = runs.items().get(i);
            assertEquals(text(e, "workflowName"), r.workflowName());
            assertEquals(text(e, "resourceId"), r.resourceId());
            assertEquals(text(e, "status"), r.status());
            assertEquals(text(e, "createdAt"), iso(r.createdAt()));
            assertEquals(text(e, "updatedAt"), iso(r.updatedAt()));
            JsonNode snap = JSON.readTree(r.snapshot());
            assertEquals(JSON.readTree(rawSnapshot.get(r.runId())), snap, "snapshot of " + r.runId());
            assertEquals(ids(e.get("snapshotKeys"), null), sorted(snap.fieldNames()));
            assertEquals(ids(e.get("stepIds"), null), sorted(snap.get("context").fieldNames()).stream().filter(k -> !k.equals("input")).toList());
            assertEquals(snap, JSON.readTree(store.workflows().loadSnapshot(r.workflowName(), r.runId()).orElseThrow()));
            assertEquals(r, store.workflows().getRun(r.workflowName(), r.runId()).orElseThrow());
        }
        assertEquals(List.of("mastra-run-refund-1"),
                store.workflows().listRuns(RunQuery.all().status("suspended")).items().stream().map(WorkflowRun::runId).toList());
    }

    @Test
    @Order(5)
    void agentStoreWritesRowsInMastrasFormat() throws Exception {
        // a new message in Mastra's thread
        Message added = store.memory().saveMessages(List.of(
                Message.user("agentstore-msg-1-5", "mastra-thread-1", "mastra-user-1", "Written by AgentStore ✅"))).get(0);
        Map<String, String> m = row("SELECT type, role, \"createdAt\", \"resourceId\", content, typeof(content) AS ct FROM mastra_messages WHERE id = ?",
                "agentstore-msg-1-5");
        assertEquals("v2", m.get("type"));
        assertEquals("user", m.get("role"));
        assertEquals("mastra-user-1", m.get("resourceId"));
        assertEquals("text", m.get("ct"));
        assertIso(m.get("createdAt"), "message createdAt");
        assertEquals(iso(added.createdAt()), m.get("createdAt"));
        JsonNode content = JSON.readTree(m.get("content"));
        assertEquals(2, content.get("format").asInt());
        assertEquals("text", content.get("parts").get(0).get("type").asText());
        assertEquals("Written by AgentStore ✅", content.get("parts").get(0).get("text").asText());
        Map<String, String> th = row("SELECT \"createdAt\", \"updatedAt\", json(metadata) AS metadata, typeof(metadata) AS mt FROM mastra_threads WHERE id = ?",
                "mastra-thread-1");
        assertEquals("2025-01-15T10:00:00.000Z", th.get("createdAt"));
        assertIso(th.get("updatedAt"), "thread updatedAt");
        assertFalse(th.get("updatedAt").equals("2026-11-22T02:11:26.984Z"), "saveMessages touches the thread: " + th);
        assertEquals("blob", th.get("mt"), "an untouched Mastra JSONB cell stays a blob");
        assertEquals(JSON.readTree("{\"channel\":\"web\",\"priority\":2,\"labels\":[\"orders\"]}"), JSON.readTree(th.get("metadata")));
        // the new message is last, and Mastra's messages are unchanged
        List<Message> all = store.memory().listMessages(MessageQuery.thread("mastra-thread-1").perPage(100)).items();
        assertEquals(List.of("mastra-msg-1-1", "mastra-msg-1-2", "mastra-msg-1-3", "mastra-msg-1-4", "agentstore-msg-1-5"),
                all.stream().map(Message::id).toList());

        // working memory of a Mastra resource: metadata kept, readable with json()
        MemoryResource r = store.memory().updateWorkingMemory("mastra-user-1", "# User Profile\n- Name: Ada\n- Updated by: AgentStore\n");
        assertEquals(Map.of("plan", "pro", "locale", "en-GB", "tags", List.of("vip", "beta"), "seats", 3), r.metadata());
        Map<String, String> res = row("SELECT \"workingMemory\", \"createdAt\", \"updatedAt\", json(metadata) AS metadata, json_valid(metadata, 9) AS valid"
                + " FROM mastra_resources WHERE id = ?", "mastra-user-1");
        assertEquals("# User Profile\n- Name: Ada\n- Updated by: AgentStore\n", res.get("workingMemory"));
        assertEquals("2025-01-15T09:00:00.000Z", res.get("createdAt"));
        assertIso(res.get("updatedAt"), "resource updatedAt");
        assertEquals("1", res.get("valid"));
        assertEquals(JSON.readTree("{\"plan\":\"pro\",\"locale\":\"en-GB\",\"tags\":[\"vip\",\"beta\"],\"seats\":3}"), JSON.readTree(res.get("metadata")));

        // a new thread with metadata and a new resource
        store.memory().saveThread(MemoryThread.of("agentstore-thread-9", "agentstore-user-9", "From AgentStore")
                .withMetadata(Map.of("channel", "api", "n", 1)));
        Map<String, String> nt = row("SELECT \"createdAt\", \"updatedAt\", json(metadata) AS metadata FROM mastra_threads WHERE id = ?", "agentstore-thread-9");
        assertIso(nt.get("createdAt"), "thread createdAt");
        assertIso(nt.get("updatedAt"), "thread updatedAt");
        assertEquals(JSON.readTree("{\"channel\":\"api\",\"n\":1}"), JSON.readTree(nt.get("metadata")));
        store.memory().updateResource("agentstore-user-9", "wm", Map.of("k", "v"));
        Map<String, String> nr = row("SELECT \"createdAt\", \"updatedAt\", json(metadata) AS metadata FROM mastra_resources WHERE id = ?", "agentstore-user-9");
        assertIso(nr.get("createdAt"), "resource createdAt");
        assertIso(nr.get("updatedAt"), "resource updatedAt");
        assertEquals(JSON.readTree("{\"k\":\"v\"}"), JSON.readTree(nr.get("metadata")));

        // compare-and-set on Mastra's suspended run: only status changes, and json() reads the result
        String before = scalar("SELECT json(snapshot) FROM mastra_workflow_snapshot WHERE run_id = 'mastra-run-refund-1'");
        assertFalse(store.workflows().compareAndSetStatus("refund-approval", "mastra-run-refund-1", "running", "success"));
        assertTrue(store.workflows().compareAndSetStatus("refund-approval", "mastra-run-refund-1", "suspended", "running"));
        Map<String, String> w = row("SELECT json(snapshot) AS snapshot, json_valid(snapshot, 9) AS valid, \"createdAt\", \"updatedAt\", \"resourceId\""
                + " FROM mastra_workflow_snapshot WHERE run_id = ?", "mastra-run-refund-1");
        assertEquals("1", w.get("valid"));
        ObjectNode expected = (ObjectNode) JSON.readTree(before);
        expected.put("status", "running");
        assertEquals(expected, JSON.readTree(w.get("snapshot")));
        assertEquals("mastra-user-2", w.get("resourceId"));
        assertEquals("2026-11-22T02:11:26.989Z", w.get("createdAt"));
        assertIso(w.get("updatedAt"), "run updatedAt");
        assertEquals("running", store.workflows().getRun("refund-approval", "mastra-run-refund-1").orElseThrow().status());

        // a new run persisted by AgentStore
        store.workflows().persistSnapshot("order-lookup", "agentstore-run-1", null, "{\"runId\":\"agentstore-run-1\",\"status\":\"running\",\"context\":{}}");
        Map<String, String> nw = row("SELECT json(snapshot) AS snapshot, \"createdAt\", \"updatedAt\", \"resourceId\" FROM mastra_workflow_snapshot WHERE run_id = ?",
                "agentstore-run-1");
        assertIso(nw.get("createdAt"), "run createdAt");
        assertIso(nw.get("updatedAt"), "run updatedAt");
        assertNull(nw.get("resourceId"));
        assertEquals("running", JSON.readTree(nw.get("snapshot")).get("status").asText());

        // every time cell of the four tables is still in JavaScript's toISOString() format
        for (String sql : List.of("SELECT \"createdAt\" AS t FROM mastra_messages", "SELECT \"createdAt\" AS t FROM mastra_threads",
                "SELECT \"updatedAt\" AS t FROM mastra_threads", "SELECT \"createdAt\" AS t FROM mastra_resources",
                "SELECT \"updatedAt\" AS t FROM mastra_resources", "SELECT \"createdAt\" AS t FROM mastra_workflow_snapshot",
                "SELECT \"updatedAt\" AS t FROM mastra_workflow_snapshot")) {
            for (String t : column(sql)) {
                assertIso(t, sql);
            }
        }
        // and every JSON cell is readable by json(), which is how Mastra selects it (malformed JSON would throw here)
        for (String sql : List.of("SELECT json(metadata) FROM mastra_threads", "SELECT json(metadata) FROM mastra_resources",
                "SELECT json(snapshot) FROM mastra_workflow_snapshot")) {
            for (String v : column(sql)) {
                assertTrue(v == null || JSON.readTree(v).isObject(), sql + ": " + v);
            }
        }
        assertEquals(Map.of("threads", 4L, "messages", 8L, "resources", 3L, "workflow_snapshots", 3L), store.status().get(0).rowCounts());
    }

    // ---- assertions --------------------------------------------------------------------

    private static void assertThread(JsonNode e, MemoryThread t) {
        String id = t.id();
        assertEquals(text(e, "id"), id);
        assertEquals(text(e, "resourceId"), t.resourceId(), id);
        assertEquals(text(e, "title"), t.title(), id);
        // Mastra reads a NULL metadata cell as null; AgentStore's thread metadata is never null (empty map).
        JsonNode em = e.get("metadata");
        assertEquals(em.isNull() ? JSON.createObjectNode() : em, JSON.valueToTree(t.metadata()), id + " metadata");
        assertEquals(text(e, "createdAt"), iso(t.createdAt()), id + " createdAt");
        assertEquals(text(e, "updatedAt"), iso(t.updatedAt()), id + " updatedAt");
    }

    private static void assertMessage(JsonNode e, Message m, String rawContent) throws IOException {
        String id = m.id();
        assertEquals(text(e, "id"), id);
        assertEquals(text(e, "role"), m.role(), id);
        assertEquals("v2", m.type(), id);
        assertEquals(text(e, "threadId"), m.threadId(), id);
        assertEquals(text(e, "resourceId"), m.resourceId(), id);
        assertEquals(text(e, "createdAt"), iso(m.createdAt()), id + " createdAt (to the millisecond)");
        assertEquals(rawContent, m.content().json(), id + " content must be the stored JSON, byte for byte");
        List<MessagePart> parts = m.content().parts();
        assertEquals(ids(e.get("partTypes"), null), parts.stream().map(MessagePart::type).toList(), id + " part types");
        JsonNode ep = e.get("parts");
        for (int i = 0; i < parts.size(); i++) {
            assertPart(ep.get(i), parts.get(i), id + " part " + i);
        }
        JsonNode c = JSON.readTree(m.content().json());
        assertEquals(e.get("format"), c.get("format"), id);
        assertEquals(e.get("content"), c.get("content"), id + " content.content");
        assertEquals(e.get("metadata"), c.get("metadata"), id + " content.metadata");
        String joined = parts.stream().filter(p -> p.type().equals("text")).map(MessagePart::text).reduce("", String::concat);
        assertEquals(joined, m.text(), id + " text()");
    }

    @SuppressWarnings("unchecked")
    private static void assertPart(JsonNode e, MessagePart p, String where) {
        assertEquals(text(e, "type"), p.type(), where);
        switch (p.type()) {
            case "text", "reasoning" -> assertEquals(text(e, "text"), p.text(), where);
            case "tool-invocation" -> {
                Map<String, Object> inv = (Map<String, Object>) p.fields().get("toolInvocation");
                assertNotNull(inv, where);
                for (String k : List.of("toolName", "toolCallId", "state", "args", "result")) {
                    assertEquals(e.get(k), JSON.valueToTree(inv.get(k)), where + " " + k);
                }
            }
            default -> assertEquals(1, e.size(), where + ": only the type is compared for " + p.type());
        }
    }

    private static void assertIso(String value, String what) {
        assertNotNull(value, what);
        assertTrue(JS_ISO.matcher(value).matches(), what + " must be YYYY-MM-DDTHH:MM:SS.sssZ as Mastra writes it, got " + value);
    }

    // ---- helpers -----------------------------------------------------------------------

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    /** {@code jsonb(?)} where Mastra stored a JSONB blob, {@code ?} for text or NULL. */
    private static String jsonMark(JsonNode row, String column) {
        String storage = text(row, column + "_storage");
        return "blob".equals(storage) ? "jsonb(?)" : "?";
    }

    private static void insert(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            assertEquals(1, ps.executeUpdate());
        }
    }

    private String scalar(String sql) throws SQLException {
        List<String> col = column(sql);
        return col.isEmpty() ? null : col.get(0);
    }

    private List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Map<String, String> row(String sql, String param) throws SQLException {
        try (Connection c = jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no row for " + param);
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    m.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                return m;
            }
        }
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : List.of("mastra_threads", "mastra_messages", "mastra_resources", "mastra_workflow_snapshot")) {
            m.put(t, Long.parseLong(scalar("SELECT count(*) FROM " + t)));
        }
        return m;
    }

    private static List<String> statements(String script) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.trim().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return Stream.of(sb.toString().split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : text(n, field)));
        return out;
    }

    private static List<String> sorted(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The instant as JavaScript's {@code toISOString()} prints it (always 3 fraction digits). */
    private static String iso(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC).format(t);
    }

    private static JsonNode resourceJson(String name) throws IOException {
        return JSON.readTree(resourceText(name));
    }

    private static String resourceText(String name) throws IOException {
        try (InputStream in = MastraSqliteCompatTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
