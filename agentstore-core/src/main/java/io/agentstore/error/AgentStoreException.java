package io.agentstore.error;

import java.util.Objects;

/**
 * The root of every error AgentStore throws: each carries a stable {@link #code()} and a
 * {@link #hint()} that names the fix. Messages never contain passwords, tokens or full
 * connection strings.
 *
 * <pre>{@code
 * try (AgentStore store = AgentStore.open("postgresql://app@localhost/app")) {
 *     store.init();
 * } catch (AgentStoreException e) {
 *     System.err.println(e.code() + ": " + e.getMessage() + "\nfix: " + e.hint());
 * }
 * }</pre>
 */
public class AgentStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final String hint;

    public AgentStoreException(ErrorCode code, String message, String hint, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.hint = hint == null ? "" : hint;
    }

    public AgentStoreException(ErrorCode code, String message, String hint) {
        this(code, message, hint, null);
    }

    /** The stable code of this error. */
    public ErrorCode code() {
        return code;
    }

    /** What to do about it, in one sentence; empty when there is nothing better than the message. */
    public String hint() {
        return hint;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]: " + getMessage() + (hint.isEmpty() ? "" : " (hint: " + hint + ")");
    }
}
