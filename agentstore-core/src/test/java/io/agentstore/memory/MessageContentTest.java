package io.agentstore.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MessageContentTest {

    @Test
    void ofTextIsMastraV2() {
        MessageContent c = MessageContent.ofText("Where is my order?");
        assertEquals("{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"Where is my order?\"}],\"content\":\"Where is my order?\"}",
                c.json(), "v2 parts plus the plain content copy Mastra's own messages carry");
        assertEquals("Where is my order?", c.text());
        assertEquals(1, c.parts().size());
        assertEquals("text", c.parts().get(0).type());
        assertEquals("Where is my order?", c.parts().get(0).text());
    }

    @Test
    void textWithQuotesAndUnicodeSurvivesEncoding() {
        String text = "say \"hi\" \\ 漢字 🚀\n\tend";
        MessageContent c = MessageContent.ofText(text);
        assertEquals(text, c.text());
        assertEquals(text, MessageContent.of(c.json()).text());
    }

    @Test
    void textJoinsTextPartsInOrderAndSkipsOtherKinds() {
        MessageContent c = MessageContent.ofParts(List.of(
                MessagePart.text("Let me check. "),
                MessagePart.reasoning("thinking"),
                MessagePart.toolInvocation("call-1", "getOrder", Map.of("id", 7), Map.of("status", "shipped")),
                MessagePart.text("It shipped.")));
        assertEquals("Let me check. It shipped.", c.text());
        assertEquals(List.of("text", "reasoning", "tool-invocation", "text"), c.parts().stream().map(MessagePart::type).toList());
        assertEquals("thinking", c.parts().get(1).text());
        assertEquals("", c.parts().get(2).text(), "a tool call has no text");
    }

    @Test
    void toolInvocationParts() {
        MessagePart call = MessagePart.toolInvocation("call-1", "getOrder", Map.of("id", 7), null);
        Map<?, ?> inv = (Map<?, ?>) call.fields().get("toolInvocation");
        assertEquals("call", inv.get("state"));
        assertFalse(inv.containsKey("result"));
        MessagePart result = MessagePart.toolInvocation("call-1", "getOrder", Map.of("id", 7), Map.of("status", "shipped"));
        Map<?, ?> done = (Map<?, ?>) result.fields().get("toolInvocation");
        assertEquals("result", done.get("state"));
        assertEquals(Map.of("status", "shipped"), done.get("result"));

        MessageContent read = MessageContent.of(MessageContent.ofParts(List.of(result)).json());
        Map<?, ?> parsed = (Map<?, ?>) read.parts().get(0).fields().get("toolInvocation");
        assertEquals("getOrder", parsed.get("toolName"));
        assertEquals(7, ((Number) ((Map<?, ?>) parsed.get("args")).get("id")).intValue());
    }

    @Test
    void unknownFieldsAndPartsAreKept() {
        String json = "{\"format\":2,\"parts\":[{\"type\":\"step-start\"},{\"type\":\"text\",\"text\":\"a\",\"providerMetadata\":{\"x\":1}},"
                + "\"not an object\",{\"text\":\"no type\"}],\"experimental\":true}";
        MessageContent c = MessageContent.of(json);
        assertEquals(json, c.json(), "stored text is never re-encoded");
        List<MessagePart> parts = c.parts();
        assertEquals(List.of("step-start", "text", ""), parts.stream().map(MessagePart::type).toList(), "non-object parts are skipped");
        assertEquals(Map.of("x", 1), parts.get(1).fields().get("providerMetadata"));
        assertEquals("a", c.text());
    }

    @Test
    void olderShapesStillGiveText() {
        assertEquals("fallback", MessageContent.of("{\"format\":2,\"parts\":[{\"type\":\"step-start\"}],\"content\":\"fallback\"}").text(),
                "v2 without text parts falls back to content");
        assertEquals("from parts", MessageContent.of("{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"from parts\"}],\"content\":\"other\"}").text(),
                "text parts win over content");
        assertEquals("old", MessageContent.of("{\"content\":\"old\"}").text());
        assertEquals("a JSON string", MessageContent.of("\"a JSON string\"").text());
        assertEquals("plain text, not JSON", MessageContent.of("plain text, not JSON").text());
        assertEquals("{broken json", MessageContent.of("{broken json").text());
        assertEquals("", MessageContent.of("").text());
        assertEquals("", MessageContent.of("{\"format\":2,\"parts\":[]}").text());
        assertEquals(List.of(), MessageContent.of("plain text").parts());
        assertEquals(List.of(), MessageContent.of("{\"content\":\"old\"}").parts());
        assertEquals(List.of(), MessageContent.of("{\"parts\":\"not a list\"}").parts());
    }

    @Test
    void equalityIsByStoredText() {
        assertEquals(MessageContent.of("{\"a\":1}"), MessageContent.of("{\"a\":1}"));
        assertEquals(MessageContent.of("{\"a\":1}").hashCode(), MessageContent.of("{\"a\":1}").hashCode());
        assertNotEquals(MessageContent.of("{\"a\":1}"), MessageContent.of("{ \"a\":1}"), "byte-for-byte, not by meaning");
        String big = "x".repeat(1000);
        assertTrue(MessageContent.of(big).toString().length() < 300, "toString stays short");
    }

    @Test
    void messageHelpers() {
        Message m = Message.user("m1", "t1", "r1", "hello");
        assertEquals("hello", m.text());
        assertEquals(Message.USER, m.role());
        assertEquals(Message.TYPE_V2, m.type());
        assertNull(new Message("m", "t", null, Message.USER, Message.TYPE_V2, null, m.createdAt()).content());
        assertEquals("", new Message("m", "t", null, Message.USER, Message.TYPE_V2, null, m.createdAt()).text());
        Message a = Message.assistant("m2", "t1", "r1", "a");
        Message b = Message.system("m3", "t1", "r1", "b");
        assertTrue(m.createdAt().isBefore(a.createdAt()) && a.createdAt().isBefore(b.createdAt()),
                "messages created one after another on a thread get increasing times");
    }
}
