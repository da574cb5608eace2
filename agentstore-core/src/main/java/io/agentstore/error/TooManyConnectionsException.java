package io.agentstore.error;

/**
 * The server has no connection slots left for this client.
 *
 * <pre>{@code
 * catch (TooManyConnectionsException e) { System.err.println(e.hint()); } // lower poolMax
 * }</pre>
 */
public class TooManyConnectionsException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public TooManyConnectionsException(String message, String hint, Throwable cause) {
        super(ErrorCode.TOO_MANY_CONNECTIONS, message, hint, cause);
    }

    public TooManyConnectionsException(String message, String hint) {
        this(message, hint, null);
    }
}
