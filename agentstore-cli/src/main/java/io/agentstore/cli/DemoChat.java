package io.agentstore.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessagePart;

/**
 * Builds one sample conversation with stable ids ({@code <threadId>-m01}, …) and times that
 * advance as a real chat would, so that {@code agentstore demo} can be run again and only
 * overwrites its own rows.
 *
 * <pre>{@code
 * DemoChat chat = new DemoChat("demo-thread-x", "demo-user-ada", "Order question", start)
 *     .user(0, "Where is my order?")
 *     .assistant(4, DemoChat.tool("call-1", "getOrder", DemoChat.obj("orderId", "4821"), DemoChat.obj("status", "shipped")),
 *                   DemoChat.text("It shipped yesterday."));
 * }</pre>
 */
final class DemoChat {
    private final String threadId;
    private final String resourceId;
    private final String title;
    private final Map<String, Object> metadata;
    private final Instant start;
    private final List<Message> messages = new ArrayList<>();
    private Instant clock;

    DemoChat(String threadId, String resourceId, String title, Map<String, Object> metadata, Instant start) {
        this.threadId = threadId;
        this.resourceId = resourceId;
        this.title = title;
        this.metadata = metadata;
        this.start = start;
        this.clock = start;
    }

    DemoChat user(int afterSeconds, String text) {
        return add(Message.USER, afterSeconds, text(text));
    }

    /** A user turn with attachments (a text part and file parts, as a chat UI sends them). */
    DemoChat user(int afterSeconds, MessagePart... parts) {
        return add(Message.USER, afterSeconds, parts);
    }

    DemoChat assistant(int afterSeconds, MessagePart... parts) {
        return add(Message.ASSISTANT, afterSeconds, parts);
    }

    private DemoChat add(String role, int afterSeconds, MessagePart... parts) {
        clock = clock.plusSeconds(afterSeconds);
        String id = String.format("%s-m%02d", threadId, messages.size() + 1);
        messages.add(Message.of(id, threadId, resourceId, role, MessageContent.ofParts(List.of(parts))).withCreatedAt(clock));
        return this;
    }

    MemoryThread thread() {
        return new MemoryThread(threadId, resourceId, title, metadata, start, clock);
    }

    List<Message> messages() {
        return List.copyOf(messages);
    }

    static MessagePart text(String text) {
        return MessagePart.text(text);
    }

    static MessagePart think(String reasoning) {
        return MessagePart.reasoning(reasoning);
    }

    /**
     * A file part as Mastra v2 stores an attachment: {@code mimeType} and {@code data} (here a
     * data URL, so the demo needs no network), plus the original {@code filename} for display.
     */
    static MessagePart file(String filename, String mimeType, byte[] bytes) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "file");
        f.put("mimeType", mimeType);
        f.put("data", "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes));
        f.put("filename", filename);
        return new MessagePart("file", f);
    }

    static MessagePart tool(String callId, String name, Map<String, Object> args, Object result) {
        return MessagePart.toolInvocation(callId, name, args, result);
    }

    /** A JSON object literal that keeps its key order (Map.of does not), so transcripts read naturally. */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
