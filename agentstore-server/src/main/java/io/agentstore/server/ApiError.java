package io.agentstore.server;

/**
 * An error the API answers with a given status and code (see docs/server.md), raised by the
 * server's own checks; {@link ErrorMapper} turns it into the error body. Store errors arrive
 * as {@code AgentStoreException}s instead and are mapped there too.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final String field;
    private final String hint;

    ApiError(int status, String code, String message, String field, String hint) {
        // no stack trace: these are expected answers, never logged as failures
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.hint = hint;
    }

    static ApiError invalid(String field, String reason, String hint) {
        return new ApiError(400, "INVALID_INPUT", field + ": " + reason, field, hint);
    }

    static ApiError invalid(String field, String reason) {
        return invalid(field, reason, null);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "NOT_FOUND", message, null, null);
    }

    static ApiError conflict(String message, String hint) {
        return new ApiError(409, "CONFLICT", message, null, hint);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }

    String hint() {
        return hint;
    }
}
