package io.agentstore.error;

/**
 * A migration step failed; the message names the step and the cause, and the database was left as it was where the engine allows it.
 *
 * <pre>{@code
 * catch (MigrationFailedException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class MigrationFailedException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public MigrationFailedException(String message, String hint, Throwable cause) {
        super(ErrorCode.MIGRATION_FAILED, message, hint, cause);
    }

    public MigrationFailedException(String message, String hint) {
        this(message, hint, null);
    }
}
