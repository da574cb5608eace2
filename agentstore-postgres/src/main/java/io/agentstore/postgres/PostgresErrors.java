package io.agentstore.postgres;

import java.net.ConnectException;
import java.sql.SQLException;

import io.agentstore.config.Secrets;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConflictException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.SchemaOutOfDateException;
import io.agentstore.error.SslException;
import io.agentstore.error.StorageException;
import io.agentstore.error.TooManyConnectionsException;

/** Maps pgjdbc errors (by SQLSTATE) to AgentStore errors with a hint; the password never appears. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static AgentStoreException translate(SQLException e, String what, String host, int port, String db, String password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = Secrets.scrub(e.getMessage() == null ? "" : e.getMessage(), password);
        String where = host + ":" + port;
        if (msg.contains("SSL") || msg.contains("no encryption")) {
            return new SslException("PostgreSQL at " + where + " refused the connection over SSL settings: " + msg,
                    "set sslmode to match the server: ?sslmode=require when pg_hba.conf requires hostssl, ?sslmode=disable when the"
                            + " server has no SSL", e);
        }
        switch (state) {
            case "28P01":
                return new AuthenticationFailedException("PostgreSQL at " + where + " rejected the credentials: " + msg,
                        "check the user and password in the URL, and the server's pg_hba.conf entry for this user and host", e);
            case "28000":
                return new AuthenticationFailedException("PostgreSQL at " + where + " refused this user: " + msg,
                        "add a pg_hba.conf entry for this user, database and client address, or use another user", e);
            case "3D000":
                return new DatabaseNotFoundException("database \"" + db + "\" does not exist on " + where,
                        "create it first: createdb " + db + " (or CREATE DATABASE \"" + db + "\"), as a user allowed to create databases,"
                                + " or run 'agentstore migrate --create'", e);
            case "53300":
                return new TooManyConnectionsException("PostgreSQL at " + where + " has no connection slots left: " + msg,
                        "lower the pool's maximum (?poolMax=) or raise max_connections on the server", e);
            case "42P01":
                return new SchemaOutOfDateException("a table is missing: " + msg, "call store.init() or run 'agentstore migrate' first", e);
            case "23505":
                return new ConflictException("a row with the same key already exists: " + msg, "use the upsert methods (save*) or another id", e);
            default:
                break;
        }
        if (state.startsWith("08") || hasCause(e, ConnectException.class)) {
            return new ConnectionRefusedException("cannot connect to PostgreSQL at " + where + ": " + msg,
                    "is the server running? check the host and port in the URL, and that the server listens on that address", e);
        }
        if (msg.contains("Connection is not available")) {
            return new StorageException("no pooled PostgreSQL connection became free in time: " + msg,
                    "raise the pool's maximum (?poolMax=) or the connection timeout, or shorten transactions", e);
        }
        return new StorageException("PostgreSQL " + what + " failed: " + msg + (state.isEmpty() ? "" : " [SQLSTATE " + state + "]"), "", e);
    }

    static AgentStoreException unexpected(RuntimeException e, String host, int port, String password) {
        return new StorageException("opening PostgreSQL at " + host + ":" + port + " failed: " + Secrets.scrub(String.valueOf(e.getMessage()), password),
                "", e);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
