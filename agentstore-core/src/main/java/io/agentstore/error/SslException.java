package io.agentstore.error;

/**
 * The server requires SSL, or the SSL handshake or certificate check failed.
 *
 * <pre>{@code
 * catch (SslException e) { System.err.println(e.hint()); } // e.g. add ?sslmode=require
 * }</pre>
 */
public class SslException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public SslException(String message, String hint, Throwable cause) {
        super(ErrorCode.SSL_FAILED, message, hint, cause);
    }

    public SslException(String message, String hint) {
        this(message, hint, null);
    }
}
