package io.agentstore.memory;

/**
 * Asks a message listing to also return one message with {@code before} messages before it
 * and {@code after} messages after it in its own thread (semantic recall uses this to show a
 * hit in its context).
 *
 * <pre>{@code
 * memory.listMessages(MessageQuery.thread("t1").last(10).include(IncludeContext.of("m-42", 2, 1)));
 * }</pre>
 */
public record IncludeContext(String messageId, int before, int after) {
    public static IncludeContext of(String messageId, int before, int after) {
        return new IncludeContext(messageId, before, after);
    }
}
