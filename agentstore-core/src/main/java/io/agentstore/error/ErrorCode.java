package io.agentstore.error;

/**
 * Stable, machine-readable codes for every {@link AgentStoreException}. Scripts and the CLI's
 * {@code --json} output rely on these names; never rename one.
 *
 * <pre>{@code
 * try { store.memory().updateThread("missing", "t", null); }
 * catch (AgentStoreException e) { if (e.code() == ErrorCode.NOT_FOUND) { ... } }
 * }</pre>
 */
public enum ErrorCode {
    CONNECTION_REFUSED,
    AUTHENTICATION_FAILED,
    DATABASE_NOT_FOUND,
    TOO_MANY_CONNECTIONS,
    SSL_FAILED,
    SCHEMA_OUT_OF_DATE,
    MIGRATION_FAILED,
    NOT_FOUND,
    CONFLICT,
    INVALID_INPUT,
    INVALID_CONFIGURATION,
    UNSUPPORTED_DOMAIN,
    STORAGE_FAILURE
}
