package io.agentstore.error;

/**
 * The server is up but the named database does not exist.
 *
 * <pre>{@code
 * catch (DatabaseNotFoundException e) { System.err.println(e.hint()); } // create it, or agentstore migrate --create
 * }</pre>
 */
public class DatabaseNotFoundException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public DatabaseNotFoundException(String message, String hint, Throwable cause) {
        super(ErrorCode.DATABASE_NOT_FOUND, message, hint, cause);
    }

    public DatabaseNotFoundException(String message, String hint) {
        this(message, hint, null);
    }
}
