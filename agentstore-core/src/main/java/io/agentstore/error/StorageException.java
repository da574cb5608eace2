package io.agentstore.error;

/**
 * Any other failure of the backend (an unexpected SQL error, an I/O error); the cause is attached.
 *
 * <pre>{@code
 * catch (StorageException e) { log.error("storage failed", e); }
 * }</pre>
 */
public class StorageException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, String hint, Throwable cause) {
        super(ErrorCode.STORAGE_FAILURE, message, hint, cause);
    }

    public StorageException(String message, String hint) {
        this(message, hint, null);
    }
}
