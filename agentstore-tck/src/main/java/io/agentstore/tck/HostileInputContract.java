package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.memory.CloneRequest;
import io.agentstore.memory.IncludeContext;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.MessageUpdate;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;

/**
 * Input an attacker or a careless caller may send: SQL and JSON look-alikes, quotes,
 * wildcards and placeholders are stored as plain text in every field; NUL characters, bad
 * ids and bad queries are rejected with {@code InvalidInputException} naming the field, and
 * a rejected call leaves stored data as it was.
 */
public interface HostileInputContract extends TckContext {
    Instant HOSTILE_TIME = Instant.parse("2024-09-09T09:09:09.009Z");
    String NUL = "a\u0000b";


    /** Strings that break code which builds queries or JSON by concatenation. */
    static Stream<String> hostileStrings() {
        return Stream.of("'", "\"", "\\", "''", "\\'", "\\\"", "'; DROP TABLE mastra_messages; --",
                "\"; DROP TABLE mastra_threads; --", "Robert'); DROP TABLE mastra_resources;--", "' OR '1'='1",
                "%", "_", "%_%", "a%b_c", "[a-z]*", "$1", "$$ dollar $$", "?", "? ?", ":name", "@p0", "{}", "{\"status\":\"x\"}",
                "[1,2]", "null", "NULL", "true", "0", "-1", "1e400", "\\u0000", "\\n\\t", "/* comment */", "-- comment", "#", "`x`",
                "${jndi:ldap://x/a}", "<script>alert(1)</script>", "\r\n\t", " spaces around ", "\u2028\u2029", "a\u0085b",
                "$.status", "{\"$gt\": \"\"}", "\\\\server\\share", "1; SELECT pg_sleep(5)");
    }

    @ParameterizedTest
    @MethodSource("io.agentstore.tck.HostileInputContract#hostileStrings")
    default void hostile_hostileTextIsStoredAsPlainText(String s) {
        MemoryThread sentinel = newThread();
        String resource = uid("resource") + s;
        MemoryThread t = new MemoryThread(uid("thread") + s, resource, s, map(s, s, "k", s, "nested", map(s, List.of(s))), HOSTILE_TIME, HOSTILE_TIME);
        memory().saveThread(t);
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
        assertEquals(List.of(t.id()), threadIds(memory().listThreads(ThreadQuery.resource(resource))));
        assertEquals(List.of(t.id()), threadIds(memory().listThreads(ThreadQuery.resource(resource).metadata(Map.of("k", s)))));
        memory().updateThread(t.id(), s + s, map("k2", s));
        MemoryThread updated = memory().getThread(t.id()).orElseThrow();
        assertEquals(s + s, updated.title());
        assertEquals(s, updated.metadata().get("k2"));

        Message m = new Message(uid("msg") + s, t.id(), resource, Message.USER, "v2" + s, MessageContent.ofText(s), HOSTILE_TIME);
        Message raw = new Message(uid("msg") + s, t.id(), resource, Message.ASSISTANT, Message.TYPE_V2, MessageContent.of(s), HOSTILE_TIME.plusSeconds(1));
        memory().saveMessages(List.of(m, raw));
        List<Message> read = memory().listMessages(MessageQuery.thread(t.id()).resource(resource)
                .include(IncludeContext.of(raw.id(), 1, 0))).items();
        assertEquals(2, read.size());
        assertSameMessage(m, read.get(0));
        assertSameMessage(raw, read.get(1));
        assertEquals(s, read.get(0).text());
        memory().updateMessages(List.of(MessageUpdate.of(m.id()).content(MessageContent.ofText(s + "!"))));
        assertEquals(s + "!", memory().getMessages(List.of(m.id())).get(0).text());

        MemoryResource r = new MemoryResource(resource, s, map(s, s), HOSTILE_TIME, HOSTILE_TIME);
        memory().saveResource(r);
        assertSameResource(r, memory().getResource(resource).orElseThrow());
        memory().updateResource(resource, s + "2", map("x", s));
        assertEquals(s + "2", memory().getResource(resource).orElseThrow().workingMemory());

        String clone = uid("clone") + s;
        memory().cloneThread(CloneRequest.of(t.id()).newThreadId(clone).title(s).metadata(map(s, s)));
        assertEquals(2, memory().listMessages(MessageQuery.thread(clone)).total());

        String wf = uid("wf") + s;
        String run = uid("run") + s;
        ObjectNode snap = new ObjectMapper().createObjectNode();
        snap.put("status", "st" + s);
        snap.put(s, s);
        snap.putObject("nested").put("v", s);
        workflows().persistSnapshot(wf, run, resource, snap.toString());
        assertJsonEquals(snap, workflows().loadSnapshot(wf, run).orElseThrow(), "snapshot");
        assertEquals(List.of(run), workflows().listRuns(RunQuery.workflow(wf).status("st" + s).resourceId(resource)).items().stream()
                .map(WorkflowRun::runId).toList());
        assertTrue(workflows().compareAndSetStatus(wf, run, "st" + s, "next" + s));
        assertEquals("next" + s, workflows().getRun(wf, run).orElseThrow().status());
        assertTrue(workflows().deleteRun(wf, run));

        memory().deleteThread(t.id());
        assertTrue(memory().getThread(t.id()).isEmpty());
        assertSameThread(sentinel, memory().getThread(sentinel.id()).orElseThrow());
    }

    @Test
    default void hostile_wildcardsInFiltersMatchOnlyThemselves() {
        String p = uid("like");
        for (String suffix : List.of("abc", "a_c", "aXc")) {
            MemoryThread t = memory().saveThread(new MemoryThread(p + suffix, p + suffix, "t", map("tag", p + suffix), HOSTILE_TIME, HOSTILE_TIME));
            memory().saveMessages(List.of(message(uid("msg"), t, HOSTILE_TIME, suffix)));
            workflows().persistSnapshot(p + suffix, "run", p + suffix, "{\"status\":\"" + suffix + "\"}");
        }
        assertEquals(List.of(p + "a_c"), threadIds(memory().listThreads(ThreadQuery.resource(p + "a_c"))));
        assertEquals(List.of(), threadIds(memory().listThreads(ThreadQuery.resource(p + "a%"))));
        assertEquals(List.of(), threadIds(memory().listThreads(ThreadQuery.resource(p + "%"))));
        assertEquals(List.of(p + "a_c"), threadIds(memory().listThreads(ThreadQuery.all().metadata(Map.of("tag", p + "a_c")))));
        assertEquals(List.of(), threadIds(memory().listThreads(ThreadQuery.all().metadata(Map.of("tag", p + "a%")))));
        assertEquals(List.of("a_c"), memory().listMessages(MessageQuery.threads(List.of(p + "a_c", p + "%"))).items().stream()
                .map(Message::text).toList());
        assertEquals(1, workflows().listRuns(RunQuery.workflow(p + "a_c")).total());
        assertEquals(0, workflows().listRuns(RunQuery.workflow(p + "a%")).total());
        assertEquals(1, workflows().listRuns(RunQuery.all().resourceId(p + "a_c").status("a_c")).total());
        assertEquals(0, workflows().listRuns(RunQuery.all().resourceId(p + "a_c").status("a%")).total());
        assertEquals(0, workflows().listRuns(RunQuery.all().resourceId(p + "_bc")).total());
    }

    @Test
    default void hostile_textThatLooksLikeAnEscapedNulIsPlainText() {
        String looksLikeNul = "C:\\u0000dir \\x00";
        MemoryThread t = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), looksLikeNul,
                map("path", looksLikeNul), HOSTILE_TIME, HOSTILE_TIME));
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
        String content = "{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"\\\\u0000\"}]}";
        Message m = new Message(uid("msg"), t.id(), t.resourceId(), Message.USER, Message.TYPE_V2, MessageContent.of(content), HOSTILE_TIME);
        memory().saveMessages(List.of(m));
        assertSameMessage(m, memory().getMessages(List.of(m.id())).get(0));
        String wf = uid("wf");
        String snap = "{\"status\":\"ok\",\"path\":\"C:\\\\u0000dir\"}";
        workflows().persistSnapshot(wf, "run-1", null, snap);
        assertJsonEquals(snap, workflows().loadSnapshot(wf, "run-1").orElseThrow(), "snapshot");
    }

    @Test
    default void hostile_veryLongTextRoundTrips() {
        String longText = "long 'quoted' \"text\" \\ % _ 漢字 🚀\n".repeat(4_000).substring(0, 100_000);
        MemoryThread t = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), longText, map("long", longText), HOSTILE_TIME, HOSTILE_TIME));
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
        Message m = new Message(uid("msg"), t.id(), t.resourceId(), Message.USER, Message.TYPE_V2, MessageContent.ofText(longText), HOSTILE_TIME);
        memory().saveMessages(List.of(m));
        assertSameMessage(m, memory().getMessages(List.of(m.id())).get(0));
        memory().updateWorkingMemory(t.resourceId(), longText);
        assertEquals(longText, memory().getResource(t.resourceId()).orElseThrow().workingMemory());
        memory().updateThread(t.id(), longText + "!", null);
        assertEquals(longText + "!", memory().getThread(t.id()).orElseThrow().title());
    }

    // ---- NUL ------------------------------------------------------------------------------------

    @Test
    default void hostile_nulIsRejectedInEveryFieldAndNothingIsWritten() {
        String resource = uid("resource");
        MemoryThread t = newThread(resource);
        List<Message> m = saveMessages(t, 2, HOSTILE_TIME, java.time.Duration.ofSeconds(1));
        memory().saveResource(new MemoryResource(resource, "wm", map("a", 1), HOSTILE_TIME, HOSTILE_TIME));
        String wf = uid("wf");
        String snap = "{\"status\":\"suspended\",\"v\":1}";
        workflows().persistSnapshot(wf, "run-1", null, snap);
        MemoryThread threadBefore = memory().getThread(t.id()).orElseThrow();
        MemoryResource resourceBefore = memory().getResource(resource).orElseThrow();

        String fresh = uid("thread");
        assertInvalid("thread.title", () -> memory().saveThread(new MemoryThread(fresh, resource, NUL, Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.metadata", () -> memory().saveThread(new MemoryThread(fresh, resource, "t", map("k", NUL), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.metadata", () -> memory().saveThread(new MemoryThread(fresh, resource, "t", map(NUL, "v"), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.metadata", () -> memory().saveThread(new MemoryThread(fresh, resource, "t",
                map("k", List.of(map("deep", NUL))), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.id", () -> memory().saveThread(new MemoryThread(fresh + NUL, resource, "t", Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.resourceId", () -> memory().saveThread(new MemoryThread(fresh, resource + NUL, "t", Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.title", () -> memory().saveThread(new MemoryThread(t.id(), resource, NUL, Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("title", () -> memory().updateThread(t.id(), NUL, null));
        assertInvalid("metadata", () -> memory().updateThread(t.id(), "valid title", map("k", NUL)));
        assertInvalid("request.title", () -> memory().cloneThread(CloneRequest.of(t.id()).newThreadId(fresh).title(NUL)));

        Message ok = message(uid("msg"), t, HOSTILE_TIME, "fine");
        Message bad = message(uid("msg"), t, HOSTILE_TIME, NUL);
        assertInvalid("messages[1].content", () -> memory().saveMessages(List.of(ok, bad)));
        assertInvalid("messages[0].content", () -> memory().saveMessages(List.of(
                m.get(0).withContent(MessageContent.of("{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"a\u0000\"}]}")))));
        assertInvalid("messages[1].id", () -> memory().saveMessages(List.of(ok, message("x" + NUL, t, HOSTILE_TIME, "x"))));
        assertInvalid("messages[0].resourceId", () -> memory().saveMessages(List.of(ok.withThread(t.id(), NUL))));
        assertInvalid("updates[1].content", () -> memory().updateMessages(List.of(
                MessageUpdate.of(m.get(0).id()).content(MessageContent.ofText("changed")),
                MessageUpdate.of(m.get(1).id()).content(MessageContent.ofText(NUL)))));

        assertInvalid("resource.workingMemory", () -> memory().saveResource(new MemoryResource(resource, NUL, Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("resource.metadata", () -> memory().saveResource(new MemoryResource(resource, "x", map("k", NUL), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("workingMemory", () -> memory().updateWorkingMemory(resource, NUL));
        assertInvalid("metadata", () -> memory().updateResource(resource, "new wm", map("k", NUL)));

        assertInvalid("snapshot", () -> workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"x\\u0000\"}"));
        assertInvalid("snapshot", () -> workflows().persistSnapshot(wf, "run-1", null, "{\"k\\u0000\":1}"));
        assertInvalid("snapshot", () -> workflows().persistSnapshot(wf, "run-1", null, "{\"list\":[\"\\u0000\"]}"));
        assertInvalid("snapshot", () -> workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"x\u0000\"}"));
        assertInvalid("workflowName", () -> workflows().persistSnapshot(wf + NUL, "run-1", null, "{}"));
        assertInvalid("runId", () -> workflows().persistSnapshot(wf, "run" + NUL, null, "{}"));
        assertInvalid("resourceId", () -> workflows().persistSnapshot(wf, "run-2", NUL, "{}"));
        assertInvalid("newStatus", () -> workflows().compareAndSetStatus(wf, "run-1", "suspended", NUL));
        assertInvalid("expectedStatus", () -> workflows().compareAndSetStatus(wf, "run-1", NUL, "running"));
        assertInvalid("query.metadataFilter.k", () -> memory().listThreads(ThreadQuery.resource(resource).metadata(Map.of("k", NUL))));

        // nothing of the above was written
        assertTrue(memory().getThread(fresh).isEmpty());
        assertSameThread(threadBefore, memory().getThread(t.id()).orElseThrow());
        assertEquals(1, memory().listThreads(ThreadQuery.resource(resource)).total());
        List<Message> after = memory().listMessages(MessageQuery.thread(t.id())).items();
        assertEquals(ids(m), ids(after), "no message was added");
        assertSameMessage(m.get(0), after.get(0));
        assertSameMessage(m.get(1), after.get(1));
        assertSameResource(resourceBefore, memory().getResource(resource).orElseThrow());
        assertJsonEquals(snap, workflows().loadSnapshot(wf, "run-1").orElseThrow(), "snapshot unchanged");
        assertTrue(workflows().getRun(wf, "run-2").isEmpty());
    }

    // ---- ids ------------------------------------------------------------------------------------

    /** Ids every backend must reject: missing, blank, or longer than 255 characters. */
    static Stream<String> badIds() {
        return Stream.of(null, "", "   ", "\t\n", "a".repeat(256), "b".repeat(100_000));
    }

    @ParameterizedTest
    @MethodSource("io.agentstore.tck.HostileInputContract#badIds")
    default void hostile_badIdsAreRejectedInEveryIdField(String bad) {
        String resource = uid("resource");
        String okId = uid("thread");
        assertInvalid("thread.id", () -> memory().saveThread(new MemoryThread(bad, resource, "t", Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.resourceId", () -> memory().saveThread(new MemoryThread(okId, bad, "t", Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertTrue(memory().getThread(okId).isEmpty());
        assertEquals(0, memory().listThreads(ThreadQuery.resource(resource)).total());
        assertInvalid("threadId", () -> memory().getThread(bad));
        assertInvalid("threadId", () -> memory().updateThread(bad, "t", null));
        assertInvalid("threadId", () -> memory().deleteThread(bad));
        assertInvalid("query.resourceId", () -> memory().listThreads(new ThreadQuery(bad == null ? "" : bad, Map.of(),
                ThreadQuery.OrderField.CREATED_AT, io.agentstore.SortDirection.DESC, 0, 10, null)));

        MemoryThread t = newThread(resource);
        Message ok = message(uid("msg"), t, HOSTILE_TIME, "ok");
        assertInvalid("messages[0].id", () -> memory().saveMessages(List.of(message(bad, t, HOSTILE_TIME, "x"))));
        assertInvalid("messages[1].threadId", () -> memory().saveMessages(List.of(ok,
                new Message(uid("msg"), bad, resource, Message.USER, Message.TYPE_V2, MessageContent.ofText("x"), HOSTILE_TIME))));
        assertEquals(0, memory().listMessages(MessageQuery.thread(t.id())).total(), "nothing of a rejected batch is written");
        assertInvalid("messageIds[1]", () -> memory().getMessages(Arrays.asList(ok.id(), bad)));
        assertInvalid("messageIds[0]", () -> memory().deleteMessages(Arrays.asList(bad)));
        assertInvalid("updates[0].id", () -> memory().updateMessages(List.of(MessageUpdate.of(bad).role(Message.USER))));
        assertInvalid("query.threadIds[1]", () -> memory().listMessages(MessageQuery.threads(Arrays.asList(t.id(), bad))));
        assertInvalid("request.sourceThreadId", () -> memory().cloneThread(CloneRequest.of(bad)));

        assertInvalid("resource.id", () -> memory().saveResource(new MemoryResource(bad, "wm", Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("resourceId", () -> memory().updateWorkingMemory(bad, "wm"));
        assertInvalid("resourceId", () -> memory().getResource(bad));

        String wf = uid("wf");
        assertInvalid("workflowName", () -> workflows().persistSnapshot(bad, "run-1", null, "{}"));
        assertInvalid("runId", () -> workflows().persistSnapshot(wf, bad, null, "{}"));
        assertInvalid("workflowName", () -> workflows().loadSnapshot(bad, "run-1"));
        assertInvalid("runId", () -> workflows().getRun(wf, bad));
        assertInvalid("runId", () -> workflows().deleteRun(wf, bad));
        assertInvalid("workflowName", () -> workflows().compareAndSetStatus(bad, "run-1", "a", "b"));
        assertEquals(0, workflows().listRuns(RunQuery.workflow(wf)).total(), "nothing is written");
    }

    /** {@code base} padded with {@code fill} to exactly {@code length} characters. */
    private static String padded(String base, String fill, int length) {
        StringBuilder sb = new StringBuilder(base);
        while (sb.length() < length) {
            sb.append(fill);
        }
        return sb.substring(0, length);
    }

    @Test
    default void hostile_idsOf255CharactersAreAccepted() {
        for (String fill : List.of("x", "漢")) {
            String resource = padded(uid("resource"), fill, 255);
            MemoryThread t = memory().saveThread(new MemoryThread(padded(uid("thread"), fill, 255), resource, "t", Map.of(), HOSTILE_TIME, HOSTILE_TIME));
            assertSameThread(t, memory().getThread(t.id()).orElseThrow());
            assertEquals(List.of(t.id()), threadIds(memory().listThreads(ThreadQuery.resource(resource))));
            Message m = new Message(padded(uid("msg"), fill, 255), t.id(), resource, Message.USER, padded("type", fill, 255),
                    MessageContent.ofText("x"), HOSTILE_TIME);
            memory().saveMessages(List.of(m));
            assertSameMessage(m, memory().listMessages(MessageQuery.thread(t.id()).resource(resource)).items().get(0));
            memory().updateWorkingMemory(resource, "wm");
            assertEquals("wm", memory().getResource(resource).orElseThrow().workingMemory());
            String wf = padded(uid("wf"), fill, 255);
            String run = padded(uid("run"), fill, 255);
            String status = padded("status", fill, 255);
            workflows().persistSnapshot(wf, run, resource, "{\"status\":\"" + status + "\"}");
            assertEquals(status, workflows().getRun(wf, run).orElseThrow().status());
            assertEquals(1, workflows().listRuns(RunQuery.workflow(wf).status(status).resourceId(resource)).total());
            assertTrue(workflows().compareAndSetStatus(wf, run, status, "done"));
        }
    }

    // ---- other invalid input -----------------------------------------------------------------------

    @Test
    default void hostile_invalidArgumentsAreRejectedWithTheFieldNamed() {
        MemoryThread t = newThread();
        String r = t.resourceId();
        assertInvalid("query.perPage", () -> memory().listThreads(ThreadQuery.resource(r).perPage(0)));
        assertInvalid("query.perPage", () -> memory().listThreads(ThreadQuery.resource(r).perPage(ThreadQuery.MAX_PER_PAGE + 1)));
        assertInvalid("query.page", () -> memory().listThreads(ThreadQuery.resource(r).page(-1)));
        assertInvalid("query.metadataFilter", () -> memory().listThreads(ThreadQuery.resource(r).metadata(Map.of("a.b", "x"))));
        assertInvalid("query.metadataFilter.k", () -> memory().listThreads(ThreadQuery.resource(r).metadata(Map.of("k", Map.of()))));
        assertInvalid("query.perPage", () -> memory().listMessages(MessageQuery.thread(t.id()).perPage(0)));
        assertInvalid("query.page", () -> memory().listMessages(MessageQuery.thread(t.id()).page(-1)));
        assertInvalid("query.last", () -> memory().listMessages(MessageQuery.thread(t.id()).last(-1)));
        assertInvalid("query.threadIds", () -> memory().listMessages(MessageQuery.threads(List.of())));
        assertInvalid("query.include[0].before", () -> memory().listMessages(MessageQuery.thread(t.id())
                .include(IncludeContext.of(uid("m"), -1, 0))));
        assertInvalid("query.perPage", () -> workflows().listRuns(RunQuery.all().perPage(0)));
        assertInvalid("query.page", () -> workflows().listRuns(RunQuery.all().page(-1)));
        assertInvalid("request.messageLimit", () -> memory().cloneThread(CloneRequest.of(t.id()).messageLimit(-1)));

        assertInvalid("messages[0].role", () -> memory().saveMessages(List.of(new Message(uid("msg"), t.id(), r, "admin",
                Message.TYPE_V2, MessageContent.ofText("x"), HOSTILE_TIME))));
        assertInvalid("messages[0].content", () -> memory().saveMessages(List.of(new Message(uid("msg"), t.id(), r, Message.USER,
                Message.TYPE_V2, null, HOSTILE_TIME))));
        assertInvalid("messages[0].createdAt", () -> memory().saveMessages(List.of(message(uid("msg"), t, null, "x"))));
        assertInvalid("messages[0].createdAt", () -> memory().saveMessages(List.of(message(uid("msg"), t,
                Instant.parse("+10000-01-01T00:00:00Z"), "x"))));
        assertInvalid("updates[0].role", () -> memory().updateMessages(List.of(MessageUpdate.of(uid("msg")).role("root"))));
        assertInvalid("messages", () -> memory().saveMessages(null));
        assertInvalid("messages[0]", () -> memory().saveMessages(Arrays.asList((Message) null)));
        assertInvalid("thread", () -> memory().saveThread(null));
        assertInvalid("thread.title", () -> memory().saveThread(new MemoryThread(uid("thread"), r, null, Map.of(), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.createdAt", () -> memory().saveThread(new MemoryThread(uid("thread"), r, "t", Map.of(), null, HOSTILE_TIME)));
        assertInvalid("thread.updatedAt", () -> memory().saveThread(new MemoryThread(uid("thread"), r, "t", Map.of(),
                HOSTILE_TIME, Instant.parse("-0001-01-01T00:00:00Z"))));
        assertInvalid("thread.metadata", () -> memory().saveThread(new MemoryThread(uid("thread"), r, "t",
                map("x", Double.NaN), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("thread.metadata", () -> memory().saveThread(new MemoryThread(uid("thread"), r, "t",
                map("x", List.of(Double.POSITIVE_INFINITY)), HOSTILE_TIME, HOSTILE_TIME)));
        assertInvalid("resource", () -> memory().saveResource(null));
        assertInvalid("query", () -> memory().listMessages(null));
        assertEquals(1, memory().listThreads(ThreadQuery.resource(r)).total(), "only the thread made at the start exists");
        assertEquals(0, memory().listMessages(MessageQuery.thread(t.id())).total());
    }

    @Test
    default void hostile_aRejectedBatchLeavesEarlierDataIntact() {
        MemoryThread t = newThread();
        List<Message> m = saveMessages(t, 5, HOSTILE_TIME, java.time.Duration.ofSeconds(1));
        List<Message> batch = new java.util.ArrayList<>();
        for (Message x : m) {
            batch.add(x.withContent(MessageContent.ofText("overwritten")));
        }
        batch.add(2, message("z".repeat(256), t, HOSTILE_TIME, "too long id"));
        assertInvalid("messages[2].id", () -> memory().saveMessages(batch));
        List<Message> after = memory().listMessages(MessageQuery.thread(t.id())).items();
        assertEquals(5, after.size());
        for (int i = 0; i < 5; i++) {
            assertSameMessage(m.get(i), after.get(i));
        }
    }
}
