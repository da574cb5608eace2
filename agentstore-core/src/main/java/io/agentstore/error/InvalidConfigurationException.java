package io.agentstore.error;

/**
 * A URL, an option or an environment variable is malformed or unknown.
 *
 * <pre>{@code
 * catch (InvalidConfigurationException e) { System.err.println(e.getMessage() + " - " + e.hint()); }
 * }</pre>
 */
public class InvalidConfigurationException extends AgentStoreException {
    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(String message, String hint, Throwable cause) {
        super(ErrorCode.INVALID_CONFIGURATION, message, hint, cause);
    }

    public InvalidConfigurationException(String message, String hint) {
        this(message, hint, null);
    }
}
