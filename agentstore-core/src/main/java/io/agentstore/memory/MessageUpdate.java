package io.agentstore.memory;

/**
 * A partial change to a stored message: null fields stay as they are. Moving a message to
 * another thread is done by setting {@code threadId}.
 *
 * <pre>{@code
 * memory.updateMessages(List.of(MessageUpdate.of("m2").content(MessageContent.ofText("It shipped today."))));
 * }</pre>
 */
public record MessageUpdate(String id, MessageContent content, String role, String type, String threadId, String resourceId) {
    public static MessageUpdate of(String id) {
        return new MessageUpdate(id, null, null, null, null, null);
    }

    public MessageUpdate content(MessageContent newContent) {
        return new MessageUpdate(id, newContent, role, type, threadId, resourceId);
    }

    public MessageUpdate role(String newRole) {
        return new MessageUpdate(id, content, newRole, type, threadId, resourceId);
    }

    public MessageUpdate type(String newType) {
        return new MessageUpdate(id, content, role, newType, threadId, resourceId);
    }

    public MessageUpdate thread(String newThreadId, String newResourceId) {
        return new MessageUpdate(id, content, role, type, newThreadId, newResourceId);
    }

    /** This update applied to {@code current}. */
    public Message applyTo(Message current) {
        return new Message(current.id(),
                threadId != null ? threadId : current.threadId(),
                resourceId != null ? resourceId : current.resourceId(),
                role != null ? role : current.role(),
                type != null ? type : current.type(),
                content != null ? content : current.content(),
                current.createdAt());
    }
}
