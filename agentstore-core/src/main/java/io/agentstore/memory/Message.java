package io.agentstore.memory;

import java.time.Instant;

import io.agentstore.internal.MessageClock;

/**
 * One message of a thread, stored in Mastra's {@code mastra_messages} table. {@code role} is
 * {@value #USER}, {@value #ASSISTANT}, {@value #SYSTEM} or {@value #TOOL}; {@code type} is the
 * content format ({@value #TYPE_V2} for Mastra's v2 JSON).
 *
 * <p>The factories stamp {@code createdAt} from a clock that strictly increases per thread, so
 * messages created one after another keep their order even within one millisecond.
 * Listings order by {@code createdAt}, then by {@code id} for equal times. Times are kept to the
 * millisecond on every backend, as Mastra keeps them.
 *
 * <p>Mastra drops {@value #SYSTEM} messages when it reads a thread from memory (system prompts
 * belong to the agent, not the thread): store them only when no Mastra app reads the thread.
 *
 * <pre>{@code
 * memory.saveMessages(List.of(
 *     Message.user("m1", "t1", "user-42", "Where is my order?"),
 *     Message.assistant("m2", "t1", "user-42", "It shipped yesterday.")));
 * }</pre>
 */
public record Message(String id, String threadId, String resourceId, String role, String type,
                      MessageContent content, Instant createdAt) {
    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
    public static final String SYSTEM = "system";
    public static final String TOOL = "tool";
    public static final String TYPE_V2 = "v2";

    public static Message user(String id, String threadId, String resourceId, String text) {
        return of(id, threadId, resourceId, USER, MessageContent.ofText(text));
    }

    public static Message assistant(String id, String threadId, String resourceId, String text) {
        return of(id, threadId, resourceId, ASSISTANT, MessageContent.ofText(text));
    }

    public static Message system(String id, String threadId, String resourceId, String text) {
        return of(id, threadId, resourceId, SYSTEM, MessageContent.ofText(text));
    }

    /** A v2 message with the given role and content, created now. */
    public static Message of(String id, String threadId, String resourceId, String role, MessageContent content) {
        return new Message(id, threadId, resourceId, role, TYPE_V2, content, MessageClock.next(threadId));
    }

    public Message withCreatedAt(Instant newCreatedAt) {
        return new Message(id, threadId, resourceId, role, type, content, newCreatedAt);
    }

    public Message withContent(MessageContent newContent) {
        return new Message(id, threadId, resourceId, role, type, newContent, createdAt);
    }

    public Message withThread(String newThreadId, String newResourceId) {
        return new Message(id, newThreadId, newResourceId, role, type, content, createdAt);
    }

    public Message withId(String newId) {
        return new Message(newId, threadId, resourceId, role, type, content, createdAt);
    }

    /** Shortcut for {@code content().text()}. */
    public String text() {
        return content == null ? "" : content.text();
    }
}
