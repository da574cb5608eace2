package io.agentstore.error;

/**
 * The database server could not be reached: nothing listens at the host and port, or the network refused it.
 *
 * <pre>{@code
 * catch (ConnectionRefusedException e) { log.error("{} ({})", e.getMessage(), e.hint()); }
 * }</pre>
 */
public class ConnectionRefusedException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public ConnectionRefusedException(String message, String hint, Throwable cause) {
        super(ErrorCode.CONNECTION_REFUSED, message, hint, cause);
    }

    public ConnectionRefusedException(String message, String hint) {
        this(message, hint, null);
    }
}
