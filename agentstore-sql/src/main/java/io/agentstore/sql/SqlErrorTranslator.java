package io.agentstore.sql;

import java.sql.SQLException;

import io.agentstore.error.AgentStoreException;

/**
 * Maps a driver's {@link SQLException} to the AgentStore error hierarchy (connection refused,
 * authentication failed, …) with a hint; one per database family. Must never put secrets in
 * the message.
 *
 * <pre>{@code
 * SqlErrorTranslator t = (e, what) -> new StorageException(what + " failed: " + e.getMessage(), "", e);
 * }</pre>
 */
@FunctionalInterface
public interface SqlErrorTranslator {
    AgentStoreException translate(SQLException e, String what);
}
