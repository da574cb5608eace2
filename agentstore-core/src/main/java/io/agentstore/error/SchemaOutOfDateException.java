package io.agentstore.error;

/**
 * The database schema is older or newer than this AgentStore expects.
 *
 * <pre>{@code
 * catch (SchemaOutOfDateException e) { store.init(); }
 * }</pre>
 */
public class SchemaOutOfDateException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public SchemaOutOfDateException(String message, String hint, Throwable cause) {
        super(ErrorCode.SCHEMA_OUT_OF_DATE, message, hint, cause);
    }

    public SchemaOutOfDateException(String message, String hint) {
        this(message, hint, null);
    }
}
