package io.agentstore.libsql;

import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import io.agentstore.error.AgentStoreException;
import io.agentstore.error.ConflictException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.SchemaOutOfDateException;
import io.agentstore.error.StorageException;

/**
 * Maps SQLite errors to AgentStore errors with a hint, by SQLite result code name: sqlite-jdbc
 * gives extended codes ({@code SQLITE_CONSTRAINT_PRIMARYKEY}), a libSQL server over Hrana gives
 * primary ones ({@code SQLITE_CONSTRAINT}) with SQLite's message, so both are read here.
 */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static AgentStoreException translate(SQLException e, String what) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        return translate("SQLite", code == null ? null : code.name(), e.getMessage(), what, e);
    }

    /**
     * @param engine  how the database is named in the message ({@code SQLite}, {@code libSQL})
     * @param code    the SQLite result code name, extended or primary, or null
     * @param message the engine's message
     * @param what    the operation that failed ({@code query}, {@code update}, …)
     */
    static AgentStoreException translate(String engine, String code, String message, String what, Throwable cause) {
        String msg = message == null ? "" : message;
        String c = code == null ? "" : code;
        if (msg.contains("no such table")) {
            return new SchemaOutOfDateException(engine + " " + what + " failed: " + msg, "call store.init() or run 'agentstore migrate' first", cause);
        }
        if (c.equals("SQLITE_CANTOPEN")) {
            return new DatabaseNotFoundException("cannot open the " + engine + " database file: " + msg,
                    "check that the directory exists and this process may write to it", cause);
        }
        if (c.startsWith("SQLITE_BUSY") || c.startsWith("SQLITE_LOCKED")) {
            return new StorageException("the " + engine + " database stayed locked by another writer: " + msg,
                    "another process holds a long write transaction on this database; retry, or give each process its own database", cause);
        }
        if (c.startsWith("SQLITE_READONLY")) {
            return new StorageException("the " + engine + " database is read-only: " + msg, "check file and directory permissions", cause);
        }
        if (c.equals("SQLITE_CONSTRAINT_PRIMARYKEY") || c.equals("SQLITE_CONSTRAINT_UNIQUE")
                || (c.equals("SQLITE_CONSTRAINT") && msg.contains("UNIQUE constraint failed"))) {
            return new ConflictException("a row with the same key already exists: " + msg, "use the upsert methods (save*) or another id", cause);
        }
        if (c.equals("SQLITE_FULL")) {
            return new StorageException("the disk is full: " + msg, "free disk space", cause);
        }
        return new StorageException(engine + " " + what + " failed: " + msg, "", cause);
    }
}
