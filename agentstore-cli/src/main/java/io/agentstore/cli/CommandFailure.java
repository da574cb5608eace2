package io.agentstore.cli;

/**
 * A command could not do what was asked for a reason the user can fix (a thread that does not
 * exist, say); printed like an {@code AgentStoreException}: {@code error:} and {@code hint:}, exit 1.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String hint;

    CommandFailure(String code, String message, String hint) {
        super(message);
        this.code = code;
        this.hint = hint;
    }

    String code() {
        return code;
    }

    String hint() {
        return hint;
    }
}
