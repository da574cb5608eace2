package io.agentstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
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
 * A PostgreSQL schema exactly as Mastra ({@code @mastra/pg} 1.27.1) leaves it: its DDL (in a
 * schema of its own, with the schema-prefixed index and constraint names Mastra uses outside
 * {@code public}) and the rows its own API wrote ({@code interop/mastra/samples/mastra-ref.postgres.raw.json}:
 * resource metadata as a jsonb <em>string</em> holding JSON, thread metadata as a jsonb object,
 * {@code createdAt} as UTC wall time next to {@code createdAtZ}). AgentStore must adopt it,
 * read what Mastra reads ({@code mastra-ref.postgres.read.json}) and write rows in Mastra's
 * formats. No Node needed: the fixtures were produced by {@code interop/mastra}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MastraPostgresCompatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter JS_ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final List<String> CORE = List.of("mastra_threads", "mastra_messages", "mastra_resources", "mastra_workflow_snapshot");

    private String schema;
    private JsonNode raw;
    private JsonNode read;
    private AgentStore store;

    @BeforeAll
    void createMastraSchema() throws Exception {
        PgTestDatabase.require();
        schema = PgTestDatabase.newSchema("mastra");
        raw = resourceJson("/mastra/mastra-ref.postgres.raw.json");
        read = resourceJson("/mastra/mastra-ref.postgres.read.json");
        String ddl = resourceText("/mastra/mastra-core-tables.postgres.sql")
                .replace("public.", "\"" + schema + "\".")
                // Outside `public` Mastra prefixes index and unique-constraint names with the schema (FORMAT.md §1).
                .replace("public_mastra_", schema + "_mastra_")
                .replace("CREATE INDEX mastra_", "CREATE INDEX " + schema + "_mastra_");
        List<String> statements = new ArrayList<>(List.of("CREATE SCHEMA \"" + schema + "\""));
        statements.addAll(statements(ddl));
        PgTestDatabase.execute(statements.toArray(String[]::new));
        try (Connection c = PgTestDatabase.jdbc()) {
            for (JsonNode r : raw.get("mastra_resources")) {
                insert(c, "INSERT INTO " + table("mastra_resources") + " (id, \"workingMemory\", metadata, \"createdAt\", \"updatedAt\","
                        + " \"createdAtZ\", \"updatedAtZ\") VALUES (?, ?, CAST(? AS jsonb), CAST(? AS timestamp), CAST(? AS timestamp),"
                        + " CAST(? AS timestamptz), CAST(? AS timestamptz))", text(r, "id"), text(r, "workingMemory"), text(r, "metadata"),
                        text(r, "createdAt"), text(r, "updatedAt"), text(r, "createdAtZ"), text(r, "updatedAtZ"));
            }
            for (JsonNode t : raw.get("mastra_threads")) {
                insert(c, "INSERT INTO " + table("mastra_threads") + " (id, \"resourceId\", title, metadata, \"createdAt\", \"updatedAt\","
                        + " \"createdAtZ\", \"updatedAtZ\") VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS timestamp), CAST(? AS timestamp),"
                        + " CAST(? AS timestamptz), CAST(? AS timestamptz))", text(t, "id"), text(t, "resourceId"), text(t, "title"),
                        text(t, "metadata"), text(t, "createdAt"), text(t, "updatedAt"), text(t, "createdAtZ"), text(t, "updatedAtZ"));
            }
            for (JsonNode m : raw.get("mastra_messages")) {
                insert(c, "INSERT INTO " + table("mastra_messages") + " (id, thread_id, content, role, type, \"createdAt\", \"resourceId\","
                        + " \"createdAtZ\") VALUES (?, ?, ?, ?, ?, CAST(? AS timestamp), ?, CAST(? AS timestamptz))", text(m, "id"),
                        text(m, "thread_id"), text(m, "content"), text(m, "role"), text(m, "type"), text(m, "createdAt"), text(m, "resourceId"),
                        text(m, "createdAtZ"));
            }
            for (JsonNode w : raw.get("mastra_workflow_snapshot")) {
                insert(c, "INSERT INTO " + table("mastra_workflow_snapshot") + " (workflow_name, run_id, \"resourceId\", snapshot, \"createdAt\","
                        + " \"updatedAt\", \"createdAtZ\", \"updatedAtZ\") VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS timestamp),"
                        + " CAST(? AS timestamp), CAST(? AS timestamptz), CAST(? AS timestamptz))", text(w, "workflow_name"),
                        text(w, "run_id"), text(w, "resourceId"), text(w, "snapshot"), text(w, "createdAt"), text(w, "updatedAt"),
                        text(w, "createdAtZ"), text(w, "updatedAtZ"));
            }
        }
        // The fixture is Mastra's: resource metadata is a jsonb string that holds JSON.
        assertEquals("string", scalar("SELECT jsonb_typeof(metadata) FROM " + table("mastra_resources") + " WHERE id = 'mastra-user-1'"));
        assertEquals("object", scalar("SELECT jsonb_typeof(metadata) FROM " + table("mastra_threads") + " WHERE id = 'mastra-thread-1'"));
    }

    @AfterAll
    void dropSchema() {
        if (store != null) {
            store.close();
        }
        if (schema != null) {
            PgTestDatabase.dropSchema(schema);
        }
    }

    @Test
    @Order(1)
    void initAdoptsTheMastraSchemaWithoutLosingRows() throws Exception {
        Map<String, String> before = snapshotOfRows();
        List<String> indexesBefore = indexes();
        store = AgentStore.open(PgTestDatabase.url(schema));
        store.init();
        store.init(); // idempotent
        assertEquals(before, snapshotOfRows(), "init() must not change any row of Mastra's tables");
        assertEquals(indexesBefore, indexes(), "init() must not add duplicate indexes to a schema Mastra created");
        StoreStatus s = store.status().get(0);
        assertEquals(1, s.schemaVersion(), "schema version after adopting: " + s);
        assertEquals(List.of(), s.pendingMigrations(), "pending migrations: " + s);
        assertEquals(Map.of("threads", 3L, "messages", 7L, "resources", 2L, "workflow_snapshots", 2L), s.rowCounts());
    }

    @Test
    @Order(2)
    void resourcesReadAsMastraReadsThem() {
        for (JsonNode expected : read.get("resources")) {
            String id = text(expected, "id");
            MemoryResource r = store.memory().getResource(id).orElseThrow(() -> new AssertionError("resource " + id + " not found"));
            assertEquals(text(expected, "workingMemory"), r.workingMemory(), id);
            assertEquals(expected.get("metadata"), JSON.valueToTree(r.metadata()), id + " metadata (a jsonb string holding JSON)");
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
            List<String> expectedIds = strings(res.get("threads"), "id");
            assertEquals(expectedIds, page.items().stream().map(MemoryThread::id).toList(), "threads of " + resourceId);
            assertEquals(expectedIds.size(), page.total());
            for (int i = 0; i < expectedIds.size(); i++) {
                JsonNode et = res.get("threads").get(i);
                MemoryThread t = page.items().get(i);
                assertThread(et, t);
                assertThread(et, store.memory().getThread(t.id()).orElseThrow());
                Page<Message> msgs = store.memory().listMessages(MessageQuery.thread(t.id()).perPage(MessageQuery.MAX_PER_PAGE));
                JsonNode em = et.get("messages");
                assertEquals(strings(em, "id"), msgs.items().stream().map(Message::id).toList(), "message order in " + t.id());
                assertEquals(em.size(), msgs.total());
                for (int j = 0; j < em.size(); j++) {
                    assertMessage(em.get(j), msgs.items().get(j), rawContent.get(msgs.items().get(j).id()));
                    messages++;
                }
            }
        }
        assertEquals(read.get("counts").get("messages").asInt(), messages);
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
        assertEquals(strings(expected, "runId"), runs.items().stream().map(WorkflowRun::runId).toList(), "run order (newest first)");
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
            assertEquals(strings(e.get("snapshotKeys"), null), sorted(snap.fieldNames()));
            assertEquals(strings(e.get("stepIds"), null), sorted(snap.get("context").fieldNames()).stream().filter(k -> !k.equals("input")).toList());
            assertEquals(snap, JSON.readTree(store.workflows().loadSnapshot(r.workflowName(), r.runId()).orElseThrow()));
            assertEquals(r, store.workflows().getRun(r.workflowName(), r.runId()).orElseThrow());
        }
        assertEquals(List.of("mastra-run-refund-1"),
                store.workflows().listRuns(RunQuery.all().status("suspended")).items().stream().map(WorkflowRun::runId).toList());
    }

    /**
     * Rows whose {@code createdAtZ}/{@code updatedAtZ} are NULL (Mastra reads {@code createdAt}
     * then): the plain column is UTC wall time, whatever the JVM's (and so the session's) zone.
     */
    @Test
    @Order(5)
    void rowsWithoutZoneColumnsReadAsUtc() throws Exception {
        String r = table("mastra_resources");
        String t = table("mastra_threads");
        String m = table("mastra_messages");
        String w = table("mastra_workflow_snapshot");
        PgTestDatabase.execute(
                "INSERT INTO " + r + " (id, \"workingMemory\", metadata, \"createdAt\", \"updatedAt\", \"createdAtZ\", \"updatedAtZ\")"
                        + " VALUES ('nullz-user', NULL, NULL, '2025-02-01 09:00:00.125', '2025-02-01 09:30:00', NULL, NULL)",
                "INSERT INTO " + t + " (id, \"resourceId\", title, metadata, \"createdAt\", \"updatedAt\", \"createdAtZ\", \"updatedAtZ\")"
                        + " VALUES ('nullz-thread', 'nullz-user', 'no Z', NULL, '2025-02-01 10:00:00', '2025-02-01 10:00:03.456', NULL, NULL)",
                "INSERT INTO " + m + " (id, thread_id, content, role, type, \"createdAt\", \"resourceId\", \"createdAtZ\") VALUES"
                        + " ('nullz-msg-2', 'nullz-thread', '{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"second\"}]}', 'assistant', 'v2',"
                        + " '2025-02-01 10:00:03.456', 'nullz-user', NULL),"
                        + " ('nullz-msg-1', 'nullz-thread', '{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"first\"}]}', 'user', 'v2',"
                        + " '2025-02-01 10:00:01', 'nullz-user', '2025-02-01 10:00:01+00')",
                "INSERT INTO " + w + " (workflow_name, run_id, \"resourceId\", snapshot, \"createdAt\", \"updatedAt\", \"createdAtZ\", \"updatedAtZ\")"
                        + " VALUES ('nullz-wf', 'nullz-run', 'nullz-user', '{\"status\":\"success\"}', '2025-02-01 11:00:00', '2025-02-01 11:00:01.5',"
                        + " NULL, NULL)");
        TimeZone saved = TimeZone.getDefault();
        // A JVM far from UTC: pgjdbc sets the session TimeZone from it.
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try (AgentStore ny = AgentStore.open(PgTestDatabase.url(schema))) {
            MemoryResource res = ny.memory().getResource("nullz-user").orElseThrow();
            assertEquals(Instant.parse("2025-02-01T09:00:00.125Z"), res.createdAt());
            assertEquals(Instant.parse("2025-02-01T09:30:00Z"), res.updatedAt());
            MemoryThread th = ny.memory().getThread("nullz-thread").orElseThrow();
            assertEquals(Instant.parse("2025-02-01T10:00:00Z"), th.createdAt());
            assertEquals(Instant.parse("2025-02-01T10:00:03.456Z"), th.updatedAt());
            assertEquals(Map.of(), th.metadata());
            List<Message> msgs = ny.memory().listMessages(MessageQuery.thread("nullz-thread")).items();
            assertEquals(List.of("nullz-msg-1", "nullz-msg-2"), msgs.stream().map(Message::id).toList());
            assertEquals(Instant.parse("2025-02-01T10:00:01Z"), msgs.get(0).createdAt());
            assertEquals(Instant.parse("2025-02-01T10:00:03.456Z"), msgs.get(1).createdAt());
            WorkflowRun run = ny.workflows().getRun("nullz-wf", "nullz-run").orElseThrow();
            assertEquals(Instant.parse("2025-02-01T11:00:00Z"), run.createdAt());
            assertEquals(Instant.parse("2025-02-01T11:00:01.500Z"), run.updatedAt());
            assertEquals(List.of("nullz-msg-2"), ny.memory().listMessages(MessageQuery.thread("nullz-thread")
                    .between(Instant.parse("2025-02-01T10:00:02Z"), Instant.parse("2025-02-01T10:00:04Z"))).items().stream().map(Message::id).toList());
        } finally {
            TimeZone.setDefault(saved);
        }
        PgTestDatabase.execute("DELETE FROM " + m + " WHERE thread_id = 'nullz-thread'", "DELETE FROM " + t + " WHERE id = 'nullz-thread'",
                "DELETE FROM " + r + " WHERE id = 'nullz-user'", "DELETE FROM " + w + " WHERE run_id = 'nullz-run'");
    }

    @Test
    @Order(6)
    void agentStoreWritesRowsInMastrasFormat() throws Exception {
        String mt = table("mastra_messages");
        String tt = table("mastra_threads");
        String rt = table("mastra_resources");
        String wt = table("mastra_workflow_snapshot");

        // a new message in Mastra's thread
        Message added = store.memory().saveMessages(List.of(
                Message.user("agentstore-msg-1-5", "mastra-thread-1", "mastra-user-1", "Written by AgentStore ✅"))).get(0);
        Map<String, String> m = row("SELECT type, role, \"resourceId\", content, \"createdAt\"::text AS c, \"createdAtZ\" IS NOT NULL AS has_z,"
                + " \"createdAtZ\" = \"createdAt\" AT TIME ZONE 'UTC' AS z_matches,"
                + " date_trunc('milliseconds', \"createdAt\") = \"createdAt\" AS millis FROM " + mt + " WHERE id = ?", "agentstore-msg-1-5");
        assertEquals("v2", m.get("type"));
        assertEquals("user", m.get("role"));
        assertEquals("mastra-user-1", m.get("resourceId"));
        assertEquals("t", m.get("has_z"), "createdAtZ must be written (Mastra reads it first): " + m);
        assertEquals("t", m.get("z_matches"), "createdAtZ must be the same instant as createdAt (UTC wall time): " + m);
        assertEquals("t", m.get("millis"), "message times at Mastra's millisecond precision: " + m);
        assertEquals(added.createdAt(), Instant.parse(m.get("c").replace(' ', 'T') + "Z"));
        JsonNode content = JSON.readTree(m.get("content"));
        assertEquals(2, content.get("format").asInt());
        assertEquals("Written by AgentStore ✅", content.get("parts").get(0).get("text").asText());
        Map<String, String> th = row("SELECT \"createdAt\"::text AS c, \"createdAtZ\" = \"createdAt\" AT TIME ZONE 'UTC' AS cz,"
                + " \"updatedAtZ\" = \"updatedAt\" AT TIME ZONE 'UTC' AS uz, \"updatedAtZ\" > '2026-11-22 02:11:26.305+00' AS touched,"
                + " jsonb_typeof(metadata) AS mt, metadata::text AS metadata FROM " + tt + " WHERE id = ?", "mastra-thread-1");
        assertEquals("2025-01-15 10:00:00", th.get("c"));
        assertEquals("t", th.get("cz"), th.toString());
        assertEquals("t", th.get("uz"), "thread updatedAt/updatedAtZ after saveMessages: " + th);
        assertEquals("t", th.get("touched"), "saveMessages touches the thread: " + th);
        assertEquals("object", th.get("mt"));
        assertEquals(List.of("mastra-msg-1-1", "mastra-msg-1-2", "mastra-msg-1-3", "mastra-msg-1-4", "agentstore-msg-1-5"),
                store.memory().listMessages(MessageQuery.thread("mastra-thread-1").perPage(100)).items().stream().map(Message::id).toList());

        // working memory of a Mastra resource whose metadata is a jsonb string: metadata kept
        MemoryResource r = store.memory().updateWorkingMemory("mastra-user-1", "# User Profile\n- Name: Ada\n- Updated by: AgentStore\n");
        assertEquals(Map.of("plan", "pro", "locale", "en-GB", "tags", List.of("vip", "beta"), "seats", 3), r.metadata());
        Map<String, String> res = row("SELECT \"workingMemory\", jsonb_typeof(metadata) AS mt,"
                + " CASE jsonb_typeof(metadata) WHEN 'string' THEN metadata #>> '{}' ELSE metadata::text END AS metadata,"
                + " \"createdAtZ\" = '2025-01-15 09:00:00+00' AS created_kept,"
                + " \"updatedAtZ\" = \"updatedAt\" AT TIME ZONE 'UTC' AS uz FROM " + rt + " WHERE id = ?", "mastra-user-1");
        assertEquals("# User Profile\n- Name: Ada\n- Updated by: AgentStore\n", res.get("workingMemory"));
        assertEquals("object", res.get("mt"), "AgentStore writes resource metadata as a jsonb object (Mastra reads objects and strings)");
        assertEquals(JSON.readTree("{\"plan\":\"pro\",\"locale\":\"en-GB\",\"tags\":[\"vip\",\"beta\"],\"seats\":3}"), JSON.readTree(res.get("metadata")));
        assertEquals("t", res.get("created_kept"));
        assertEquals("t", res.get("uz"), res.toString());

        // a brand-new thread and resource
        store.memory().saveThread(MemoryThread.of("agentstore-thread-9", "agentstore-user-9", "From AgentStore")
                .withMetadata(Map.of("channel", "api", "n", 1)));
        Map<String, String> nt = row("SELECT jsonb_typeof(metadata) AS mt, metadata::text AS metadata,"
                + " \"createdAtZ\" = \"createdAt\" AT TIME ZONE 'UTC' AS cz, \"updatedAtZ\" = \"updatedAt\" AT TIME ZONE 'UTC' AS uz"
                + " FROM " + tt + " WHERE id = ?", "agentstore-thread-9");
        assertEquals("object", nt.get("mt"));
        assertEquals(JSON.readTree("{\"channel\":\"api\",\"n\":1}"), JSON.readTree(nt.get("metadata")));
        assertEquals("t", nt.get("cz"), nt.toString());
        assertEquals("t", nt.get("uz"), nt.toString());
        store.memory().updateResource("agentstore-user-9", "wm", Map.of("k", "v"));
        Map<String, String> nr = row("SELECT jsonb_typeof(metadata) AS mt, metadata::text AS metadata,"
                + " \"createdAtZ\" = \"createdAt\" AT TIME ZONE 'UTC' AS cz, \"updatedAtZ\" = \"updatedAt\" AT TIME ZONE 'UTC' AS uz"
                + " FROM " + rt + " WHERE id = ?", "agentstore-user-9");
        assertEquals("object", nr.get("mt"));
        assertEquals(JSON.readTree("{\"k\":\"v\"}"), JSON.readTree(nr.get("metadata")));
        assertEquals("t", nr.get("cz"), nr.toString());
        assertEquals("t", nr.get("uz"), nr.toString());

        // compare-and-set on Mastra's suspended run: only status changes
        String before = scalar("SELECT snapshot::text FROM " + wt + " WHERE run_id = 'mastra-run-refund-1'");
        assertFalse(store.workflows().compareAndSetStatus("refund-approval", "mastra-run-refund-1", "running", "success"));
        assertTrue(store.workflows().compareAndSetStatus("refund-approval", "mastra-run-refund-1", "suspended", "running"));
        Map<String, String> w = row("SELECT jsonb_typeof(snapshot) AS st, snapshot::text AS snapshot, \"resourceId\","
                + " \"createdAtZ\" = '2026-11-22 02:11:26.314+00' AS created_kept, \"updatedAtZ\" = \"updatedAt\" AT TIME ZONE 'UTC' AS uz"
                + " FROM " + wt + " WHERE run_id = ?", "mastra-run-refund-1");
        assertEquals("object", w.get("st"));
        ObjectNode expected = (ObjectNode) JSON.readTree(before);
        expected.put("status", "running");
        assertEquals(expected, JSON.readTree(w.get("snapshot")));
        assertEquals("mastra-user-2", w.get("resourceId"));
        assertEquals("t", w.get("created_kept"));
        assertEquals("t", w.get("uz"), w.toString());
        assertEquals("running", store.workflows().getRun("refund-approval", "mastra-run-refund-1").orElseThrow().status());

        // a new run persisted by AgentStore
        store.workflows().persistSnapshot("order-lookup", "agentstore-run-1", null, "{\"runId\":\"agentstore-run-1\",\"status\":\"running\",\"context\":{}}");
        Map<String, String> nw = row("SELECT jsonb_typeof(snapshot) AS st, snapshot ->> 'status' AS status, \"resourceId\","
                + " \"createdAtZ\" = \"createdAt\" AT TIME ZONE 'UTC' AS cz, \"updatedAtZ\" = \"updatedAt\" AT TIME ZONE 'UTC' AS uz"
                + " FROM " + wt + " WHERE run_id = ?", "agentstore-run-1");
        assertEquals("object", nw.get("st"));
        assertEquals("running", nw.get("status"));
        assertNull(nw.get("resourceId"));
        assertEquals("t", nw.get("cz"), nw.toString());
        assertEquals("t", nw.get("uz"), nw.toString());

        // no row of the four tables has a Z column that disagrees with (or misses) its plain column
        for (String table : CORE) {
            String where = table.equals("mastra_messages")
                    ? "\"createdAtZ\" IS DISTINCT FROM \"createdAt\" AT TIME ZONE 'UTC'"
                    : "\"createdAtZ\" IS DISTINCT FROM \"createdAt\" AT TIME ZONE 'UTC' OR \"updatedAtZ\" IS DISTINCT FROM \"updatedAt\" AT TIME ZONE 'UTC'";
            assertEquals("0", scalar("SELECT count(*) FROM " + table(table) + " WHERE " + where), table);
        }
        assertEquals(Map.of("threads", 4L, "messages", 8L, "resources", 3L, "workflow_snapshots", 3L), store.status().get(0).rowCounts());
    }

    /**
     * Mastra keeps times to the millisecond and orders equal milliseconds by id (FORMAT.md §0.6):
     * two messages 0.4 ms apart, the later one with the smaller id, read {@code a, b} in Mastra
     * (measured with read-dump.mjs). AgentStore must store milliseconds too, or it would return
     * {@code b, a} and Mastra's own SQL paging ({@code ORDER BY "createdAt", id}) would disagree
     * with its in-memory order.
     */
    @Test
    @Order(7)
    void subMillisecondTimesOrderAsInMastra() throws Exception {
        store.memory().saveThread(MemoryThread.of("subms-thread", "subms-user", "sub-millisecond"));
        Instant base = Instant.parse("2025-03-01T10:00:00Z");
        store.memory().saveMessages(List.of(
                new Message("subms-a", "subms-thread", "subms-user", Message.USER, Message.TYPE_V2,
                        io.agentstore.memory.MessageContent.ofText("a"), base.plusNanos(900_000)),
                new Message("subms-b", "subms-thread", "subms-user", Message.USER, Message.TYPE_V2,
                        io.agentstore.memory.MessageContent.ofText("b"), base.plusNanos(500_000))));
        assertEquals(List.of("subms-a", "subms-b"),
                store.memory().listMessages(MessageQuery.thread("subms-thread")).items().stream().map(Message::id).toList());
        assertEquals("t", scalar("SELECT bool_and(date_trunc('milliseconds', \"createdAt\") = \"createdAt\") FROM "
                + table("mastra_messages") + " WHERE thread_id = 'subms-thread'"));
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
        assertEquals(Instant.parse(text(e, "createdAt")), m.createdAt(), id + " createdAt (exactly)");
        assertEquals(rawContent, m.content().json(), id + " content must be the stored JSON, byte for byte");
        List<MessagePart> parts = m.content().parts();
        assertEquals(strings(e.get("partTypes"), null), parts.stream().map(MessagePart::type).toList(), id + " part types");
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

    // ---- helpers -----------------------------------------------------------------------

    private String table(String name) {
        return "\"" + schema + "\"." + name;
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
        try (Connection c = PgTestDatabase.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private Map<String, String> row(String sql, String param) throws SQLException {
        try (Connection c = PgTestDatabase.jdbc(); PreparedStatement ps = c.prepareStatement(sql)) {
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

    /** Every row of the four tables as text, to prove that adopting the schema changed nothing. */
    private Map<String, String> snapshotOfRows() throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : CORE) {
            m.put(t, scalar("SELECT coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '') FROM " + table(t) + " x"));
        }
        return m;
    }

    private List<String> indexes() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = PgTestDatabase.jdbc();
             PreparedStatement ps = c.prepareStatement("SELECT tablename || ' ' || indexname FROM pg_indexes WHERE schemaname = ?"
                     + " AND tablename LIKE 'mastra%' ORDER BY 1")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> statements(String script) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.trim().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        // The DDL has ';' only at statement ends (the one jsonpath literal has none).
        return Stream.of(sb.toString().split(";\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The strings of an array, or the {@code field} of each of its objects. */
    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : text(n, field)));
        return out;
    }

    private static List<String> sorted(Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The instant as JavaScript's {@code toISOString()} prints it. */
    private static String iso(Instant t) {
        return JS_ISO.format(t);
    }

    private static JsonNode resourceJson(String name) throws IOException {
        return JSON.readTree(resourceText(name));
    }

    private static String resourceText(String name) throws IOException {
        try (InputStream in = MastraPostgresCompatTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
