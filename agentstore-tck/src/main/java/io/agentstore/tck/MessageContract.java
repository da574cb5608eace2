package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessagePart;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.MessageUpdate;

/**
 * Writing messages: every field round trips with content kept byte for byte, saves are
 * upserts that keep the first {@code createdAt}, a batch naming a missing thread writes
 * nothing, writes touch the thread's {@code updatedAt}, partial updates and moves between
 * threads, idempotent deletes.
 */
public interface MessageContract extends TckContext {
    Instant MESSAGE_TIME = Instant.parse("2024-06-01T10:00:00.123Z");


    /** Mastra v2 content with parts of every kind and fields this library does not know. */
    String RICH_CONTENT = "{\"format\":2,\"parts\":["
            + "{\"type\":\"step-start\"},"
            + "{\"type\":\"text\",\"text\":\"Let me check that order.\"},"
            + "{\"type\":\"reasoning\",\"reasoning\":\"look it up\",\"details\":[{\"type\":\"text\",\"text\":\"look it up\"}]},"
            + "{\"type\":\"tool-invocation\",\"toolInvocation\":{\"state\":\"result\",\"toolCallId\":\"call-1\",\"toolName\":\"getOrder\","
            + "\"args\":{\"id\":42,\"verbose\":true},\"result\":{\"status\":\"shipped\",\"eta\":null,\"items\":[1,2.5,\"x\"]}}},"
            + "{\"type\":\"source\",\"source\":{\"url\":\"https://example.com/a?b=c&d='e'\"},\"futureField\":[{}]},"
            + "{\"type\":\"text\",\"text\":\" It shipped.\"}],"
            + "\"toolInvocations\":[{\"state\":\"call\",\"toolCallId\":\"call-1\",\"toolName\":\"getOrder\",\"args\":{}}],"
            + "\"content\":\"Let me check that order. It shipped.\","
            + "\"experimental_attachments\":[{\"name\":\"a.png\",\"contentType\":\"image/png\",\"url\":\"data:,x\"}],"
            + "\"metadata\":{\"unknown\":{\"deep\":[null,true,1e3,-0.5]}}}";

    @Test
    default void messages_roundTripsEveryField() {
        MemoryThread t = newThread();
        Message m = new Message(uid("msg"), t.id(), t.resourceId(), Message.ASSISTANT, Message.TYPE_V2,
                MessageContent.of(RICH_CONTENT), Instant.parse("2024-06-01T10:00:00.123456Z"));
        List<Message> returned = memory().saveMessages(List.of(m));
        assertEquals(1, returned.size());
        assertSameMessage(m, returned.get(0));
        assertSameMessage(m, memory().getMessages(List.of(m.id())).get(0));
        Message listed = memory().listMessages(MessageQuery.thread(t.id())).items().get(0);
        assertSameMessage(m, listed);

        // the typed view of what was read back
        List<MessagePart> parts = listed.content().parts();
        assertEquals(List.of("step-start", "text", "reasoning", "tool-invocation", "source", "text"),
                parts.stream().map(MessagePart::type).toList());
        assertEquals("Let me check that order. It shipped.", listed.text());
        Map<?, ?> call = (Map<?, ?>) parts.get(3).fields().get("toolInvocation");
        assertEquals("getOrder", call.get("toolName"));
        assertJsonEquals(Map.of("id", 42, "verbose", true), call.get("args"), "tool args");
        assertJsonEquals(map("status", "shipped", "eta", null, "items", List.of(1, 2.5, "x")), call.get("result"), "tool result");
    }

    @Test
    default void messages_contentIsKeptByteForByte() {
        MemoryThread t = newThread();
        List<String> contents = List.of(
                // whitespace, key order, number spellings and escapes are part of the stored text
                "{ \"parts\" : [ {\"text\":\"a\",\"type\":\"text\"} ],\n\t\"format\":2, \"n\": 1.50, \"e\": 1E3,"
                        + " \"big\": 123456789012345678901234567890, \"esc\": \"\\u00e9\\n\\\"\", \"slash\": \"a\\/b\", \"dup\": 1, \"dup\": 2 }",
                "plain text that is not JSON at all",
                "\"a JSON string\"",
                "[1,2,3]",
                "",
                "{\"format\":2,\"parts\":[]}");
        List<Message> saved = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            saved.add(new Message(uid("msg"), t.id(), t.resourceId(), Message.USER, Message.TYPE_V2,
                    MessageContent.of(contents.get(i)), MESSAGE_TIME.plusSeconds(i)));
        }
        memory().saveMessages(saved);
        List<Message> read = memory().listMessages(MessageQuery.thread(t.id())).items();
        assertEquals(contents, read.stream().map(x -> x.content().json()).toList());
        assertEquals("plain text that is not JSON at all", read.get(1).text());
        assertEquals("a JSON string", read.get(2).text());
    }

    @Test
    default void messages_typedPartsRoundTrip() {
        MemoryThread t = newThread();
        MessageContent content = MessageContent.ofParts(List.of(
                MessagePart.text("Checking."),
                MessagePart.reasoning("User wants the order status."),
                MessagePart.toolInvocation("call-7", "getOrder", Map.of("id", 7), null),
                MessagePart.toolInvocation("call-7", "getOrder", Map.of("id", 7), Map.of("status", "shipped"))));
        Message m = Message.of(uid("msg"), t.id(), t.resourceId(), Message.ASSISTANT, content);
        memory().saveMessages(List.of(m));
        Message read = memory().getMessages(List.of(m.id())).get(0);
        assertEquals(content.json(), read.content().json());
        List<MessagePart> parts = read.content().parts();
        assertEquals(List.of("text", "reasoning", "tool-invocation", "tool-invocation"), parts.stream().map(MessagePart::type).toList());
        assertEquals("User wants the order status.", parts.get(1).text());
        assertEquals("call", ((Map<?, ?>) parts.get(2).fields().get("toolInvocation")).get("state"));
        assertEquals("shipped", ((Map<?, ?>) ((Map<?, ?>) parts.get(3).fields().get("toolInvocation")).get("result")).get("status"));
        assertEquals("Checking.", read.text());
    }

    @Test
    default void messages_everyRoleAndANullResourceRoundTrip() {
        MemoryThread t = newThread();
        List<Message> saved = new ArrayList<>();
        String[] roles = {Message.USER, Message.ASSISTANT, Message.SYSTEM, Message.TOOL};
        for (int i = 0; i < roles.length; i++) {
            saved.add(new Message(uid("msg"), t.id(), i == 0 ? null : t.resourceId(), roles[i], i == 3 ? "v3-custom" : Message.TYPE_V2,
                    MessageContent.ofText(roles[i]), MESSAGE_TIME.plusSeconds(i)));
        }
        memory().saveMessages(saved);
        List<Message> read = memory().listMessages(MessageQuery.thread(t.id())).items();
        for (int i = 0; i < roles.length; i++) {
            assertSameMessage(saved.get(i), read.get(i));
        }
        assertNull(read.get(0).resourceId(), "a null resourceId stays null");
    }

    @Test
    default void messages_saveReturnsTheMessagesInTheOrderGiven() {
        MemoryThread t = newThread();
        Message a = message(uid("msg"), t, MESSAGE_TIME.plusSeconds(2), "a");
        Message b = message(uid("msg"), t, MESSAGE_TIME, "b");
        Message c = message(uid("msg"), t, MESSAGE_TIME.plusSeconds(1), "c");
        assertEquals(List.of(a.id(), b.id(), c.id()), ids(memory().saveMessages(List.of(a, b, c))));
        assertEquals(List.of(b.id(), c.id(), a.id()), ids(memory().listMessages(MessageQuery.thread(t.id()))));
    }

    @Test
    default void messages_savingTwiceKeepsOneRowAndTheFirstCreatedAt() {
        MemoryThread t = newThread();
        Message first = message(uid("msg"), t, MESSAGE_TIME, "first");
        memory().saveMessages(List.of(first));
        Message second = new Message(first.id(), t.id(), t.resourceId(), Message.ASSISTANT, "v3",
                MessageContent.ofText("second"), MESSAGE_TIME.plus(Duration.ofDays(1)));
        List<Message> returned = memory().saveMessages(List.of(second));

        Message expected = second.withCreatedAt(MESSAGE_TIME);
        assertSameMessage(expected, returned.get(0));
        assertSameMessage(expected, memory().getMessages(List.of(first.id())).get(0));
        assertEquals(1, memory().listMessages(MessageQuery.thread(t.id())).total(), "one row after two saves");
    }

    @Test
    default void messages_aRepeatedIdInOneBatchKeepsItsLastVersion() {
        MemoryThread t = newThread();
        String id = uid("msg");
        memory().saveMessages(List.of(message(id, t, MESSAGE_TIME, "v1"), message(uid("msg"), t, MESSAGE_TIME.plusSeconds(1), "other"),
                message(id, t, MESSAGE_TIME, "v2")));
        assertEquals(2, memory().listMessages(MessageQuery.thread(t.id())).total());
        assertEquals("v2", memory().getMessages(List.of(id)).get(0).text());
    }

    @Test
    default void messages_savingIntoAMissingThreadIsNotFoundAndWritesNothing() {
        MemoryThread t = newThread();
        Message ok = message(uid("msg"), t, MESSAGE_TIME, "would be fine");
        MemoryThread ghost = new MemoryThread(uid("missing"), t.resourceId(), "x", Map.of(), PAST, PAST);
        Message bad = message(uid("msg"), ghost, MESSAGE_TIME, "no thread");
        assertNotFound(() -> memory().saveMessages(List.of(ok, bad)));
        assertEquals(List.of(), memory().getMessages(List.of(ok.id(), bad.id())), "nothing of the batch is written");
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
        assertTrue(memory().getThread(ghost.id()).isEmpty(), "no thread is created");
    }

    @Test
    default void messages_savingTouchesTheThreadsUpdatedAt() {
        MemoryThread t = newThread();
        memory().saveMessages(List.of(message(uid("msg"), t, MESSAGE_TIME, "hello")));
        MemoryThread after = memory().getThread(t.id()).orElseThrow();
        assertAfter(PAST, after.updatedAt(), "thread updatedAt after saveMessages");
        assertRecent(after.updatedAt(), "thread updatedAt");
        assertSameInstant(PAST, after.createdAt(), "thread createdAt is kept");
        assertEquals(t.title(), after.title());
    }

    @Test
    default void messages_savingAnExistingIdIntoAnotherThreadMovesIt() {
        MemoryThread a = newThread();
        MemoryThread b = newThread(a.resourceId());
        Message m = message(uid("msg"), a, MESSAGE_TIME, "moving");
        memory().saveMessages(List.of(m));
        memory().saveMessages(List.of(m.withThread(b.id(), b.resourceId()).withCreatedAt(MESSAGE_TIME.plusSeconds(60))));
        assertEquals(List.of(), ids(memory().listMessages(MessageQuery.thread(a.id()))));
        List<Message> inB = memory().listMessages(MessageQuery.thread(b.id())).items();
        assertEquals(List.of(m.id()), ids(inB));
        assertSameInstant(MESSAGE_TIME, inB.get(0).createdAt(), "createdAt of the first save is kept");
    }

    @Test
    default void messages_getMessagesReturnsThoseThatExistSortedByTimeThenId() {
        MemoryThread a = newThread();
        MemoryThread b = newThread(a.resourceId());
        Message late = message(uid("msg"), a, MESSAGE_TIME.plusSeconds(10), "late");
        Message early = message(uid("msg"), b, MESSAGE_TIME, "early");
        String prefix = uid("tie");
        Message tie2 = message(prefix + "-2", a, MESSAGE_TIME.plusSeconds(5), "tie 2");
        Message tie1 = message(prefix + "-1", b, MESSAGE_TIME.plusSeconds(5), "tie 1");
        memory().saveMessages(List.of(late, early, tie2, tie1));
        List<Message> got = memory().getMessages(List.of(late.id(), uid("missing"), tie2.id(), early.id(), tie1.id(), late.id()));
        assertEquals(List.of(early.id(), tie1.id(), tie2.id(), late.id()), ids(got));
        assertSameMessage(late, got.get(3));
        assertEquals(List.of(), memory().getMessages(List.of(uid("missing"))));
        assertEquals(List.of(), memory().getMessages(List.of()));
    }

    // ---- updateMessages ------------------------------------------------------------------

    @Test
    default void messages_updatesChangeOnlyTheFieldsGiven() {
        MemoryThread t = newThread();
        List<Message> m = saveMessages(t, 3, MESSAGE_TIME, Duration.ofSeconds(1));
        untouch(t);
        List<Message> returned = memory().updateMessages(List.of(
                MessageUpdate.of(m.get(2).id()).role(Message.SYSTEM),
                MessageUpdate.of(m.get(0).id()).content(MessageContent.ofText("edited")),
                MessageUpdate.of(m.get(1).id()).type("v1")));
        assertEquals(List.of(m.get(2).id(), m.get(0).id(), m.get(1).id()), ids(returned), "returned in the order given");

        List<Message> read = memory().listMessages(MessageQuery.thread(t.id())).items();
        assertSameMessage(m.get(0).withContent(MessageContent.ofText("edited")), read.get(0));
        assertSameMessage(new Message(m.get(1).id(), t.id(), t.resourceId(), m.get(1).role(), "v1", m.get(1).content(), m.get(1).createdAt()),
                read.get(1));
        assertSameMessage(new Message(m.get(2).id(), t.id(), t.resourceId(), Message.SYSTEM, m.get(2).type(), m.get(2).content(),
                m.get(2).createdAt()), read.get(2));
        assertSameMessage(read.get(0), returned.get(1));
        assertAfter(PAST, memory().getThread(t.id()).orElseThrow().updatedAt(), "updates touch the thread");
    }

    @Test
    default void messages_anUpdateCanMoveAMessageToAnotherThread() {
        MemoryThread a = newThread();
        MemoryThread b = newThread();
        List<Message> m = saveMessages(a, 2, MESSAGE_TIME, Duration.ofSeconds(1));
        untouch(a);
        memory().updateMessages(List.of(MessageUpdate.of(m.get(0).id()).thread(b.id(), b.resourceId())));

        assertEquals(List.of(m.get(1).id()), ids(memory().listMessages(MessageQuery.thread(a.id()))));
        Message moved = memory().listMessages(MessageQuery.thread(b.id())).items().get(0);
        assertSameMessage(m.get(0).withThread(b.id(), b.resourceId()), moved);
        assertAfter(PAST, memory().getThread(b.id()).orElseThrow().updatedAt(), "the target thread is touched");
        assertAfter(PAST, memory().getThread(a.id()).orElseThrow().updatedAt(), "the thread it left is touched");
    }

    @Test
    default void messages_updatingAMissingMessageIsNotFoundAndWritesNothing() {
        MemoryThread t = newThread();
        List<Message> m = saveMessages(t, 1, MESSAGE_TIME, Duration.ofSeconds(1));
        assertNotFound(() -> memory().updateMessages(List.of(
                MessageUpdate.of(m.get(0).id()).content(MessageContent.ofText("changed")),
                MessageUpdate.of(uid("missing")).role(Message.USER))));
        assertSameMessage(m.get(0), memory().getMessages(List.of(m.get(0).id())).get(0));
    }

    @Test
    default void messages_movingToAMissingThreadIsNotFoundAndWritesNothing() {
        MemoryThread t = newThread();
        List<Message> m = saveMessages(t, 2, MESSAGE_TIME, Duration.ofSeconds(1));
        assertNotFound(() -> memory().updateMessages(List.of(
                MessageUpdate.of(m.get(0).id()).content(MessageContent.ofText("changed")),
                MessageUpdate.of(m.get(1).id()).thread(uid("missing"), t.resourceId()))));
        List<Message> read = memory().listMessages(MessageQuery.thread(t.id())).items();
        assertSameMessage(m.get(0), read.get(0));
        assertSameMessage(m.get(1), read.get(1));
    }

    // ---- deleteMessages ------------------------------------------------------------------

    @Test
    default void messages_deletingMessagesIsIdempotentAndTouchesTheThread() {
        MemoryThread t = newThread();
        MemoryThread other = newThread(t.resourceId());
        List<Message> m = saveMessages(t, 4, MESSAGE_TIME, Duration.ofSeconds(1));
        List<Message> o = saveMessages(other, 2, MESSAGE_TIME, Duration.ofSeconds(1));
        untouch(t);

        memory().deleteMessages(List.of(m.get(1).id(), m.get(3).id(), uid("missing")));
        assertEquals(at(m, 0, 2), ids(memory().listMessages(MessageQuery.thread(t.id()))));
        assertAfter(PAST, memory().getThread(t.id()).orElseThrow().updatedAt(), "deleting touches the thread");

        memory().deleteMessages(List.of(m.get(1).id(), m.get(3).id()));
        memory().deleteMessages(List.of());
        assertEquals(at(m, 0, 2), ids(memory().listMessages(MessageQuery.thread(t.id()))));
        assertEquals(ids(o), ids(memory().listMessages(MessageQuery.thread(other.id()))), "other threads are untouched");
        assertEquals(List.of(), memory().getMessages(at(m, 1, 3)));
    }
}
