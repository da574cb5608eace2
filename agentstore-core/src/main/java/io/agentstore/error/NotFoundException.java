package io.agentstore.error;

/**
 * The thread, message, resource or workflow run named in the call does not exist.
 *
 * <pre>{@code
 * catch (NotFoundException e) { memory.saveThread(MemoryThread.of("t1", "user-42", "New chat")); }
 * }</pre>
 */
public class NotFoundException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message, String hint, Throwable cause) {
        super(ErrorCode.NOT_FOUND, message, hint, cause);
    }

    public NotFoundException(String message, String hint) {
        this(message, hint, null);
    }
}
