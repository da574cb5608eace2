package io.agentstore.error;

/**
 * An argument was rejected before anything was written: {@link #field()} names it and the
 * message says why and what is accepted. Stored data is never touched by a rejected call.
 *
 * <pre>{@code
 * try { memory.saveThread(MemoryThread.of("", "user-42", "chat")); }
 * catch (InvalidInputException e) { assert e.field().equals("thread.id"); }
 * }</pre>
 */
public class InvalidInputException extends AgentStoreException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String reason, String hint) {
        super(ErrorCode.INVALID_INPUT, field + ": " + reason, hint);
        this.field = field;
    }

    public InvalidInputException(String field, String reason) {
        this(field, reason, "");
    }

    /** The rejected field, as a dotted path such as {@code message.threadId}. */
    public String field() {
        return field;
    }
}
