package io.agentstore.libsql;

import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import io.agentstore.error.AgentStoreException;
import io.agentstore.error.ConflictException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.SchemaOutOfDateException;
import io.agentstore.error.StorageException;

/** Maps sqlite-jdbc errors to AgentStore errors with a hint. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static AgentStoreException translate(SQLException e, String what) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        if (msg.contains("no such table")) {
            return new SchemaOutOfDateException("SQLite " + what + " failed: " + msg, "call store.init() or run 'agentstore migrate' first", e);
        }
        if (code != null) {
            switch (code) {
                case SQLITE_CANTOPEN:
                    return new DatabaseNotFoundException("cannot open the SQLite database file: " + msg,
                            "check that the directory exists and this process may write to it", e);
                case SQLITE_BUSY:
                case SQLITE_BUSY_SNAPSHOT:
                case SQLITE_BUSY_RECOVERY:
                    return new StorageException("the SQLite database stayed locked by another process: " + msg,
                            "another process holds a long write transaction on this file; retry, or give each process its own file", e);
                case SQLITE_READONLY:
                    return new StorageException("the SQLite database is read-only: " + msg, "check file and directory permissions", e);
                case SQLITE_CONSTRAINT_PRIMARYKEY:
                case SQLITE_CONSTRAINT_UNIQUE:
                    return new ConflictException("a row with the same key already exists: " + msg, "use the upsert methods (save*) or another id", e);
                case SQLITE_FULL:
                    return new StorageException("the disk is full: " + msg, "free disk space", e);
                default:
                    break;
            }
        }
        return new StorageException("SQLite " + what + " failed: " + msg, "", e);
    }
}
