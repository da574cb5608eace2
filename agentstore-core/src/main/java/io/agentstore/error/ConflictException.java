package io.agentstore.error;

/**
 * A concurrent change won: the write was not applied.
 *
 * <pre>{@code
 * catch (ConflictException e) { reloadAndRetry(); }
 * }</pre>
 */
public class ConflictException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message, String hint, Throwable cause) {
        super(ErrorCode.CONFLICT, message, hint, cause);
    }

    public ConflictException(String message, String hint) {
        this(message, hint, null);
    }
}
