package io.agentstore.memory;

import java.util.List;

/**
 * The thread a clone created and its messages, oldest first.
 *
 * <pre>{@code
 * CloneResult c = memory.cloneThread(CloneRequest.of("t1"));
 * System.out.println(c.thread().id() + " has " + c.messages().size() + " messages");
 * }</pre>
 */
public record CloneResult(MemoryThread thread, List<Message> messages) {
    public CloneResult {
        messages = List.copyOf(messages);
    }
}
