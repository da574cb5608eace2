package io.agentstore.mysql;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.agentstore.config.Secrets;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConflictException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.InvalidInputException;
import io.agentstore.error.SchemaOutOfDateException;
import io.agentstore.error.SslException;
import io.agentstore.error.StorageException;
import io.agentstore.error.TooManyConnectionsException;

/** Maps MariaDB Connector/J errors (by MySQL error number, then SQLSTATE) to AgentStore errors with a hint; the password never appears. */
final class MysqlErrors {
    private static final Pattern COLUMN = Pattern.compile("column '([^']+)'");

    private MysqlErrors() {
    }

    static AgentStoreException translate(SQLException e, String what, String host, int port, String db, String password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        String msg = Secrets.scrub(e.getMessage() == null ? "" : e.getMessage(), password);
        String where = host + ":" + port;
        if (msg.contains("max_allowed_packet") || code == 1153 || code == 1301) {
            return new StorageException("the statement is larger than the server's max_allowed_packet: " + msg,
                    "raise max_allowed_packet on the server (e.g. SET GLOBAL max_allowed_packet = 67108864 and max_allowed_packet=64M in"
                            + " the [mysqld] section of its configuration), or store smaller messages and snapshots", e);
        }
        switch (code) {
            case 1045:
                return new AuthenticationFailedException("MySQL/MariaDB at " + where + " rejected the credentials: " + msg,
                        "check the user and password in the URL, and that this user may connect from this host"
                                + " (CREATE USER 'user'@'%' IDENTIFIED BY '…'; GRANT ALL ON db.* TO 'user'@'%')", e);
            case 1044:
            case 1142:
                return new AuthenticationFailedException("MySQL/MariaDB at " + where + " refused access: " + msg,
                        "grant this user the rights on the database: GRANT ALL ON `" + db + "`.* TO 'user'@'host'", e);
            case 1049:
                return new DatabaseNotFoundException("database `" + db + "` does not exist on " + where,
                        "create it first: CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 (mysql -e or mariadb -e), as a user allowed to"
                                + " create databases, or run 'agentstore migrate --create'", e);
            case 1040:
            case 1203:
                return new TooManyConnectionsException("MySQL/MariaDB at " + where + " has no connection slots left: " + msg,
                        "lower the pool's maximum (?poolMax=) or raise max_connections (or the user's max_user_connections) on the server", e);
            case 1146:
                return new SchemaOutOfDateException("a table is missing: " + msg, "call store.init() or run 'agentstore migrate' first", e);
            case 1062:
                return new ConflictException("a row with the same key already exists: " + msg, "use the upsert methods (save*) or another id", e);
            case 1406: {
                Matcher m = COLUMN.matcher(msg);
                String column = m.find() ? m.group(1) : "value";
                return new InvalidInputException(column, "is longer than the column " + column + " holds (" + msg + ")",
                        "tables created by Mastra have VARCHAR(191) ids: keep ids to 191 characters, or widen the column"
                                + " (ALTER TABLE … MODIFY `" + column + "` VARCHAR(255) …)");
            }
            case 1213:
            case 1205:
                return new StorageException("MySQL/MariaDB " + what + " was aborted by a lock conflict: " + msg,
                        "retry the call; if it keeps happening, spread concurrent writers over fewer connections or threads", e);
            default:
                break;
        }
        if (isSslProblem(msg)) {
            return new SslException("MySQL/MariaDB at " + where + " refused the connection over TLS settings: " + msg,
                    "set sslmode to match the server: ?sslmode=disable when the server has no TLS, ?sslmode=require to encrypt without"
                            + " checking the certificate, verify-ca/verify-full with serverSslCert= or a trust store", e);
        }
        if (state.startsWith("08") || hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)) {
            return new ConnectionRefusedException("cannot connect to MySQL/MariaDB at " + where + ": " + msg,
                    "is the server running? check the host and port in the URL, and that the server listens on that address"
                            + " (bind-address, skip-networking)", e);
        }
        if (msg.contains("Connection is not available")) {
            return new StorageException("no pooled MySQL/MariaDB connection became free in time: " + msg,
                    "raise the pool's maximum (?poolMax=) or the connection timeout, or shorten transactions", e);
        }
        return new StorageException("MySQL/MariaDB " + what + " failed: " + msg + (code == 0 ? "" : " [error " + code + "]")
                + (state.isEmpty() ? "" : " [SQLSTATE " + state + "]"), "", e);
    }

    static AgentStoreException unexpected(RuntimeException e, String host, int port, String password) {
        return new StorageException("opening MySQL/MariaDB at " + host + ":" + port + " failed: "
                + Secrets.scrub(String.valueOf(e.getMessage()), password), "", e);
    }

    private static boolean isSslProblem(String msg) {
        String m = msg.toLowerCase(java.util.Locale.ROOT);
        return m.contains("ssl") || m.contains("tls") || m.contains("certificate") || m.contains("handshake");
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
