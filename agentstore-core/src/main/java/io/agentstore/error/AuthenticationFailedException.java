package io.agentstore.error;

/**
 * The server refused the credentials (user, password or token).
 *
 * <pre>{@code
 * catch (AuthenticationFailedException e) { System.err.println(e.hint()); }
 * }</pre>
 */
public class AuthenticationFailedException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String message, String hint, Throwable cause) {
        super(ErrorCode.AUTHENTICATION_FAILED, message, hint, cause);
    }

    public AuthenticationFailedException(String message, String hint) {
        this(message, hint, null);
    }
}
