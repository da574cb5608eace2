package io.agentstore.mysql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import io.agentstore.config.SslMode;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.sql.JdbcSqlClient;
import io.agentstore.sql.MysqlDialect;
import io.agentstore.sql.SqlBackend;

/**
 * Builds the MySQL/MariaDB backend: a HikariCP pool over MariaDB Connector/J, configured from
 * the URL and options.
 *
 * <p>Why MariaDB Connector/J for both servers: it speaks to MySQL 5.7/8.x and MariaDB alike
 * (including MySQL 8's caching_sha2_password), is LGPL (MySQL Connector/J is GPL with the FOSS
 * exception), is maintained on Maven Central, and one driver means one set of behaviours to
 * test: time handling, affected-row counts and error codes are the same against either server.
 */
final class MysqlBackends {
    static final int DEFAULT_PORT = 3306;
    /** URL parameters that are AgentStore options, not driver properties. */
    private static final Set<String> OWN_PARAMS = Set.of("schema", "tableprefix", "poolmin", "poolmax", "connecttimeout", "connectiontimeout",
            "idletimeout", "authtoken", "replicas", "sslmode", "user", "password");
    /**
     * Run on every new connection: UTC, so that NOW() and any server-side time agree with the UTC
     * wall times stored; strict mode, so that a value that does not fit is an error and never
     * silently cut (servers configured without it exist).
     */
    private static final String INIT_SQL = "SET time_zone = '+00:00', sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_TRANS_TABLES')";

    private MysqlBackends() {
    }

    /** Accepts {@code connectionTimeout} (seconds) as a spelling of {@code connectTimeout}, as the docs of other drivers use it. */
    static StoreOptions withAliases(StoreUrl url, StoreOptions options) {
        String alias = url.paramIgnoreCase("connectionTimeout");
        if (alias == null || options.connectionTimeout() != null || url.paramIgnoreCase("connectTimeout") != null) {
            return options;
        }
        try {
            return options.toBuilder().connectionTimeout(Duration.ofSeconds(Long.parseLong(alias.trim()))).build();
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException("URL parameter connectionTimeout='" + alias + "' is not a number of seconds",
                    "write e.g. connectionTimeout=10");
        }
    }

    static SqlBackend open(StoreUrl url, StoreOptions options) {
        String host = url.host() == null ? "localhost" : url.host();
        int port = url.port() == null ? DEFAULT_PORT : url.port();
        String db = url.database();
        if (db == null || db.isBlank()) {
            throw new InvalidConfigurationException("the URL " + url.masked() + " names no database",
                    "add it as the path: " + url.scheme() + "://user@" + host + ":" + port + "/mydb (create it first with CREATE DATABASE mydb)");
        }
        if (!options.replicas().isEmpty()) {
            throw new InvalidConfigurationException("read replicas are not supported by the " + url.scheme() + " backend",
                    "remove the replicas option; point the URL at the primary");
        }
        String user = url.user() != null ? url.user() : url.param("user");
        String password = url.password() != null ? url.password() : url.param("password");

        HikariConfig hc = new HikariConfig();
        // Always the MariaDB driver (it accepts only jdbc:mariadb: by default), whichever other driver is on the class path.
        hc.setDriverClassName("org.mariadb.jdbc.Driver");
        hc.setJdbcUrl("jdbc:mariadb://" + host + ":" + port + "/" + URLEncoder.encode(db, StandardCharsets.UTF_8).replace("+", "%20"));
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        for (Map.Entry<String, String> e : url.params().entrySet()) {
            if (!OWN_PARAMS.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                hc.addDataSourceProperty(e.getKey(), e.getValue());
            }
        }
        hc.addDataSourceProperty("sslMode", driverSslMode(options.sslMode()));
        hc.addDataSourceProperty("connectTimeout", String.valueOf(options.connectionTimeout().toMillis()));
        // Matched rows, not changed rows: an UPDATE that writes the same values still counts (thread touch, compare-and-set).
        hc.addDataSourceProperty("useAffectedRows", "false");
        hc.setConnectionInitSql(INIT_SQL);
        // As PostgreSQL's default; fewer gap locks, so concurrent upserts into one table do not deadlock.
        hc.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        hc.setPoolName("agentstore-mysql");
        hc.setMaximumPoolSize(options.poolMax());
        hc.setMinimumIdle(options.poolMin());
        hc.setConnectionTimeout(options.connectionTimeout().toMillis());
        hc.setIdleTimeout(Math.max(10_000, options.idleTimeout().toMillis()));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw MysqlErrors.translate(sql, "connect", host, port, db, password);
            }
            throw MysqlErrors.unexpected(e, host, port, password);
        }
        MysqlDialect dialect;
        // The server decides the id collation of tables we create (MariaDB and MySQL name their NO PAD binary ones differently).
        try (Connection c = pool.getConnection()) {
            dialect = MysqlDialect.forServer(c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.close();
            throw MysqlErrors.translate(e, "connect", host, port, db, password);
        }
        JdbcSqlClient client = new JdbcSqlClient(pool, pool, null, 0, (e, what) -> MysqlErrors.translate(e, what, host, port, db, password));
        return new SqlBackend("mysql", client, dialect, options, url.masked());
    }

    /** Creates the URL's database (utf8mb4) by connecting without one; false when it exists. */
    static boolean createDatabase(StoreUrl url, StoreOptions options) {
        String host = url.host() == null ? "localhost" : url.host();
        int port = url.port() == null ? DEFAULT_PORT : url.port();
        String db = url.database();
        if (db == null || db.isBlank()) {
            throw new InvalidConfigurationException("the URL " + url.masked() + " names no database to create", "end the URL with /DATABASE");
        }
        String user = url.user() != null ? url.user() : url.param("user");
        String password = url.password() != null ? url.password() : url.param("password");
        java.util.Properties props = new java.util.Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("sslMode", driverSslMode(options.sslMode()));
        props.setProperty("connectTimeout", String.valueOf(options.connectionTimeout().toMillis()));
        try (Connection c = new org.mariadb.jdbc.Driver().connect("jdbc:mariadb://" + host + ":" + port + "/", props)) {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
                ps.setString(1, db);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE IF NOT EXISTS `" + db.replace("`", "``") + "` CHARACTER SET utf8mb4");
            }
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == 1044) { // ER_DBACCESS_DENIED_ERROR
                throw new InvalidConfigurationException("user " + user + " may not create the database " + db + " on " + host + ":" + port,
                        "ask an administrator to run CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 and GRANT ALL ON `" + db
                                + "`.* TO the user, then run 'agentstore migrate'");
            }
            throw MysqlErrors.translate(e, "create database", host, port, db, password);
        }
    }

    /** PostgreSQL's sslmode words in MariaDB Connector/J's terms. */
    static String driverSslMode(SslMode mode) {
        if (mode == null) {
            return "disable";
        }
        return switch (mode) {
            case DISABLE -> "disable";
            // Encrypted, certificate not checked: what PostgreSQL's require means.
            case REQUIRE -> "trust";
            case VERIFY_CA -> "verify-ca";
            case VERIFY_FULL -> "verify-full";
            case PREFER -> throw new InvalidConfigurationException("sslmode=prefer is not available for MySQL/MariaDB (the driver does not"
                    + " fall back from TLS to plain connections)", "use sslmode=require to encrypt, or sslmode=disable");
        };
    }
}
