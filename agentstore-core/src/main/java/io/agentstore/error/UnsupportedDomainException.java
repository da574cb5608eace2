package io.agentstore.error;

/**
 * The backend does not implement the requested domain (for example workflows); thrown at open or first use, never a silent no-op.
 *
 * <pre>{@code
 * catch (UnsupportedDomainException e) { useAnotherStoreForWorkflows(); } // e.g. AGENTSTORE_WORKFLOWS_URL
 * }</pre>
 */
public class UnsupportedDomainException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public UnsupportedDomainException(String message, String hint, Throwable cause) {
        super(ErrorCode.UNSUPPORTED_DOMAIN, message, hint, cause);
    }

    public UnsupportedDomainException(String message, String hint) {
        this(message, hint, null);
    }
}
