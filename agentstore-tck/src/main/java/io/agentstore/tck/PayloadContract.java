package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.error.InvalidInputException;
import io.agentstore.memory.CloneRequest;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;

/**
 * Text of every script in every text field, unchanged (no normalisation, no lost surrogate
 * pairs), and large payloads: a message of a million characters and a 5 MB snapshot (or, where the
 * backend declares a smaller {@link TckContext#maxValueBytes()}, a clear rejection and a value
 * just under it).
 */
public interface PayloadContract extends TckContext {
    /**
     * Emoji with skin tones and joiners, CJK, right-to-left scripts, combining characters that
     * must not be normalised (e + U+0301 stays two code points), characters outside the BMP,
     * invisible and line-separator characters.
     */
    String UNICODE = "emoji 👩🏽‍💻🚀👨‍👩‍👧‍👦🏳️‍🌈 | CJK 漢字かなカナ한국어中文 | RTL مرحبا بالعالم שלום עולם | "
            + "combining e\u0301 a\u0308 n\u0303 \u1100\u1161 | astral 𝕏𝔸𓀀🀄 | invisible [\u200B\u200D\uFEFF\u00AD] | "
            + "separators [\u2028\u2029\u0085] | control [\u0001\u001F\u007F] | Ω≈ç√∫ 𝄞";
    Instant PAYLOAD_TIME = Instant.parse("2024-08-08T08:08:08.808Z");


    @Test
    default void payloads_unicodeSurvivesInEveryTextField() {
        String u = UNICODE;
        String resource = uid("résource-漢字-👩🏽‍💻");
        MemoryThread t = new MemoryThread(uid("thread-مرحبا-e\u0301"), resource, u,
                map(u, u, "nested", map("list", List.of(u, map(u, u))), "tag", "漢字"), PAYLOAD_TIME, PAYLOAD_TIME);
        assertSameThread(t, memory().saveThread(t));
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
        assertEquals(List.of(t.id()), threadIds(memory().listThreads(ThreadQuery.resource(resource))));
        assertEquals(List.of(t.id()), threadIds(memory().listThreads(ThreadQuery.resource(resource).metadata(Map.of("tag", "漢字")))));
        memory().updateThread(t.id(), u + " (edited)", map("edited", u));
        assertEquals(u + " (edited)", memory().getThread(t.id()).orElseThrow().title());
        assertEquals(u, memory().getThread(t.id()).orElseThrow().metadata().get("edited"));

        Message m = new Message(uid("msg-שלום-𝕏"), t.id(), resource, Message.USER, Message.TYPE_V2, MessageContent.ofText(u), PAYLOAD_TIME);
        Message raw = new Message(uid("msg-raw"), t.id(), resource, Message.USER, Message.TYPE_V2,
                MessageContent.of("{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"" + u.replace("\u0001", "\\u0001")
                        .replace("\u001F", "\\u001f") + "\"}],\"😀\":\"\\ud83d\\ude00 escaped\"}"), PAYLOAD_TIME.plusSeconds(1));
        memory().saveMessages(List.of(m, raw));
        List<Message> read = memory().listMessages(MessageQuery.thread(t.id()).resource(resource)).items();
        assertSameMessage(m, read.get(0));
        assertSameMessage(raw, read.get(1));
        assertEquals(u, read.get(0).text());
        assertEquals(u, read.get(1).text());
        assertEquals(ids(List.of(m)), ids(memory().getMessages(List.of(m.id()))));

        MemoryResource r = new MemoryResource(uid("resource-ελληνικά"), u, map(u, List.of(u)), PAYLOAD_TIME, PAYLOAD_TIME);
        memory().saveResource(r);
        assertSameResource(r, memory().getResource(r.id()).orElseThrow());
        memory().updateWorkingMemory(resource, u);
        assertEquals(u, memory().getResource(resource).orElseThrow().workingMemory());

        String clone = uid("clone-漢字");
        memory().cloneThread(CloneRequest.of(t.id()).newThreadId(clone).title(u));
        assertEquals(u, memory().getThread(clone).orElseThrow().title());
        assertEquals(u, memory().listMessages(MessageQuery.thread(clone)).items().get(0).text());
    }

    @Test
    default void payloads_unicodeSurvivesInWorkflows() {
        String u = UNICODE;
        String wf = uid("wf-漢字-👩🏽‍💻");
        String run = uid("run-مرحبا");
        String status = "suspendu-é\u0301-⏸";
        ObjectNode snap = new ObjectMapper().createObjectNode();
        snap.put("status", status);
        snap.put("text", u);
        snap.putObject(u).put(u, u);
        String json = snap.toString();
        workflows().persistSnapshot(wf, run, uid("resource-ελληνικά"), json);
        assertJsonEquals(json, workflows().loadSnapshot(wf, run).orElseThrow(), "snapshot");
        assertEquals(List.of(run), workflows().listRuns(RunQuery.workflow(wf).status(status)).items().stream().map(WorkflowRun::runId).toList());
        assertTrue(workflows().compareAndSetStatus(wf, run, status, "läuft-▶"));
        assertEquals("läuft-▶", workflows().getRun(wf, run).orElseThrow().status());
        assertEquals(u, tree(workflows().loadSnapshot(wf, run).orElseThrow()).get("text").asText());
    }

    @Test
    default void payloads_aOneMegabyteMessageRoundTrips() {
        MemoryThread t = newThread();
        StringBuilder text = new StringBuilder(1_100_000);
        int i = 0;
        while (text.length() < 1_000_000) {
            text.append("line ").append(i++).append(": the quick brown fox — 漢字 🚀 \"quoted\" \\ back\n");
        }
        Message m = Message.of(uid("big"), t.id(), t.resourceId(), Message.ASSISTANT, MessageContent.ofText(text.toString()));
        assertTrue(m.content().json().length() > 1_000_000);
        long bytes = m.content().json().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxValueBytes()) {
            // A backend with a value size limit (see maxValueBytes) refuses it whole and says why...
            Message tooBig = m;
            InvalidInputException e = assertInvalid("messages[0].content", () -> memory().saveMessages(List.of(tooBig)));
            assertTrue(e.getMessage().contains(String.valueOf(maxValueBytes())), "the error names the limit: " + e.getMessage());
            assertTrue(memory().getMessages(List.of(m.id())).isEmpty(), "nothing was written");
            // ...and still round-trips the largest such message it stores.
            while (bytes > maxValueBytes() - 1024) {
                int cut = (int) (text.length() * ((maxValueBytes() - 1024) / (double) bytes) * 0.99);
                text.setLength(Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut);
                m = Message.of(uid("big"), t.id(), t.resourceId(), Message.ASSISTANT, MessageContent.ofText(text.toString()));
                bytes = m.content().json().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        memory().saveMessages(List.of(m));
        assertSameMessage(m, memory().getMessages(List.of(m.id())).get(0));
        Message listed = memory().listMessages(MessageQuery.thread(t.id()).last(1)).items().get(0);
        assertEquals(m.content().json(), listed.content().json());
        assertEquals(text.toString(), listed.text());
    }

    @Test
    default void payloads_aFiveMegabyteSnapshotRoundTrips() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode snap = json.createObjectNode();
        snap.put("status", "suspended");
        ObjectNode context = snap.putObject("context");
        ArrayNode steps = context.putArray("steps");
        long size = 0;
        for (int i = 0; size < 2_500_000; i++) {
            ObjectNode step = steps.addObject();
            step.put("id", "step-" + i);
            step.put("output", "result " + i + " — 漢字 🚀 \"q\" \\ ".repeat(20));
            step.putArray("values").add(i).add(i * 0.5).add(true).addNull();
            size += step.toString().length();
        }
        context.put("blob", "x".repeat(2_600_000));
        String text = snap.toString();
        assertTrue(text.length() >= 5_000_000, "snapshot is " + text.length() + " characters");

        String wf = uid("wf");
        if (text.getBytes(StandardCharsets.UTF_8).length > maxValueBytes()) {
            // A backend with a value size limit (see maxValueBytes) refuses it whole and says why...
            String tooBig = text;
            InvalidInputException e = assertInvalid("snapshot", () -> workflows().persistSnapshot(wf, "run-1", null, tooBig));
            assertTrue(e.getMessage().contains(String.valueOf(maxValueBytes())), "the error names the limit: " + e.getMessage());
            assertTrue(workflows().loadSnapshot(wf, "run-1").isEmpty(), "nothing was written");
            // ...and still round-trips the largest snapshot it stores.
            context.removeAll();
            context.put("blob", "x".repeat((int) Math.min(Integer.MAX_VALUE - 1024, maxValueBytes() - 1024)));
            text = snap.toString();
        }
        workflows().persistSnapshot(wf, "run-1", null, text);
        assertJsonEquals(text, workflows().loadSnapshot(wf, "run-1").orElseThrow(), "loaded snapshot");
        assertTrue(workflows().compareAndSetStatus(wf, "run-1", "suspended", "running"));
        snap.put("status", "running");
        assertJsonEquals(snap, workflows().listRuns(RunQuery.workflow(wf)).items().get(0).snapshot(), "listed snapshot after CAS");
    }

    @Test
    default void payloads_largeMetadataRoundTrips() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            items.add(map("i", i, "name", "item " + i + " 漢字", "ok", i % 2 == 0));
        }
        MemoryThread t = new MemoryThread(uid("thread"), uid("resource"), "big metadata", map("items", items), PAYLOAD_TIME, PAYLOAD_TIME);
        memory().saveThread(t);
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
    }
}
