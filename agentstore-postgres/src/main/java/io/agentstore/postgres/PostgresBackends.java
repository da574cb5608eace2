package io.agentstore.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import io.agentstore.config.Secrets;
import io.agentstore.config.SslMode;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.sql.JdbcSqlClient;
import io.agentstore.sql.PostgresDialect;
import io.agentstore.sql.SqlBackend;
import io.agentstore.sql.SqlClient;

/** Builds the PostgreSQL backend: a HikariCP pool over pgjdbc, configured from the URL and options, and one per read replica. */
final class PostgresBackends {
    /** URL parameters that are AgentStore options, not driver properties. */
    private static final Set<String> OWN_PARAMS = Set.of("schema", "tableprefix", "poolmin", "poolmax", "connecttimeout", "idletimeout",
            "authtoken", "replicas", "sslmode", "user", "password");

    private PostgresBackends() {
    }

    static SqlBackend open(StoreUrl url, StoreOptions options) {
        Endpoint primary = Endpoint.of(url, null);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(primary, options, "agentstore-postgres", true));
        } catch (HikariPool.PoolInitializationException e) {
            throw primary.failedToStart(e);
        }
        SqlClient client = primary.client(pool);
        if (!options.replicas().isEmpty()) {
            List<PostgresReplica> replicas = new ArrayList<>();
            try {
                for (int i = 0; i < options.replicas().size(); i++) {
                    Endpoint r = Endpoint.of(replicaUrl(options.replicas().get(i), i), primary);
                    // Lazy and lenient: a replica that is down when the store opens only means reads go to the primary.
                    HikariDataSource rp = new HikariDataSource(config(r, options, "agentstore-postgres-replica-" + (i + 1), false));
                    replicas.add(new PostgresReplica(r.client(rp), r.url.masked()));
                }
            } catch (RuntimeException e) {
                replicas.forEach(r -> r.client().close());
                client.close();
                throw e;
            }
            client = new ReplicaRoutingClient(client, replicas);
        }
        return new SqlBackend("postgres", client, new PostgresDialect(), options, url.masked());
    }

    /**
     * Creates the URL's database through the maintenance database ({@code postgres}, else
     * {@code template1}) with the same login; false when it exists already.
     */
    static boolean createDatabase(StoreUrl url, StoreOptions options) {
        Endpoint e = Endpoint.of(url, null);
        if (e.db.isEmpty()) {
            throw new InvalidConfigurationException("the URL names no database to create", "end the URL with /DATABASE");
        }
        Properties props = new Properties();
        if (e.user != null) {
            props.setProperty("user", e.user);
        }
        if (e.password != null) {
            props.setProperty("password", e.password);
        }
        SslMode ssl = options.sslMode() == null ? SslMode.PREFER : options.sslMode();
        props.setProperty("sslmode", ssl.urlValue());
        props.setProperty("ApplicationName", "agentstore");
        props.setProperty("connectTimeout", String.valueOf(Math.max(1, options.connectionTimeout().toSeconds())));
        SQLException last = null;
        for (String maintenance : List.of("postgres", "template1")) {
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://" + e.host + ":" + e.port + "/" + maintenance, props)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, e.db);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return false;
                        }
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE \"" + e.db.replace("\"", "\"\"") + "\"");
                }
                return true;
            } catch (SQLException ex) {
                if ("42501".equals(ex.getSQLState())) {
                    throw new InvalidConfigurationException("user " + e.user + " may not create databases on " + e.host + ":" + e.port,
                            "ask an administrator to run CREATE DATABASE \"" + e.db + "\" OWNER " + e.user + " (or ALTER ROLE " + e.user
                                    + " CREATEDB), then run 'agentstore migrate'");
                }
                if ("42P04".equals(ex.getSQLState())) {
                    return false; // created meanwhile by someone else
                }
                last = ex;
                if (!"3D000".equals(ex.getSQLState())) {
                    break;
                }
            }
        }
        throw PostgresErrors.translate(last, "create database", e.host, e.port, e.db, e.password);
    }

    private static StoreUrl replicaUrl(String raw, int index) {
        StoreUrl u;
        try {
            u = StoreUrl.parse(raw.trim());
        } catch (RuntimeException e) {
            throw new InvalidConfigurationException("replicas[" + index + "] is not a URL: " + Secrets.maskUrl(raw),
                    "give each replica as postgresql://host:port/database (comma-separated in ?replicas=, URL-encoded)");
        }
        if (!"postgres".equals(u.scheme()) && !"postgresql".equals(u.scheme())) {
            throw new InvalidConfigurationException("replicas[" + index + "] must be a PostgreSQL URL, not " + u.masked(),
                    "give each replica as postgresql://host:port/database");
        }
        return u;
    }

    private static HikariConfig config(Endpoint e, StoreOptions options, String poolName, boolean primary) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:postgresql://" + e.host + ":" + e.port + "/" + urlEncode(e.db));
        if (e.user != null) {
            hc.setUsername(e.user);
        }
        if (e.password != null) {
            hc.setPassword(e.password);
        }
        SslMode ssl = options.sslMode() == null ? SslMode.PREFER : options.sslMode();
        hc.addDataSourceProperty("sslmode", ssl.urlValue());
        hc.addDataSourceProperty("ApplicationName", "agentstore");
        hc.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, options.connectionTimeout().toSeconds())));
        for (Map.Entry<String, String> p : e.url.params().entrySet()) {
            if (!OWN_PARAMS.contains(p.getKey().toLowerCase(java.util.Locale.ROOT))) {
                hc.addDataSourceProperty(p.getKey(), p.getValue());
            }
        }
        hc.setPoolName(poolName);
        hc.setMaximumPoolSize(options.poolMax());
        hc.setMinimumIdle(primary ? options.poolMin() : 0);
        // A replica that went away costs a read at most this long before the read goes to the primary.
        hc.setConnectionTimeout(primary ? options.connectionTimeout().toMillis() : Math.min(2_000, options.connectionTimeout().toMillis()));
        hc.setIdleTimeout(Math.max(10_000, options.idleTimeout().toMillis()));
        if (!primary) {
            hc.setInitializationFailTimeout(-1);
        }
        return hc;
    }

    /** Where one server is and who logs in; a replica without credentials of its own uses the primary's. */
    private record Endpoint(StoreUrl url, String host, int port, String db, String user, String password) {
        static Endpoint of(StoreUrl url, Endpoint inherit) {
            String user = url.user() != null ? url.user() : url.param("user");
            String password = url.password() != null ? url.password() : url.param("password");
            String db = url.database();
            if (inherit != null) {
                if (user == null) {
                    user = inherit.user;
                    password = password != null ? password : inherit.password;
                }
                db = db == null ? inherit.db : db;
            }
            return new Endpoint(url, url.host() == null ? "localhost" : url.host(), url.port() == null ? 5432 : url.port(),
                    db == null ? "" : db, user, password);
        }

        JdbcSqlClient client(HikariDataSource pool) {
            // Callers wait for one of maximumPoolSize permits, not in HikariCP's hand-off queue (see JdbcSqlClient): with more
            // threads than connections that is cheaper per call; the wait is bounded by the pool's connection timeout.
            return new JdbcSqlClient(pool, pool, null, 0, (e, what) -> PostgresErrors.translate(e, what, host, port, db, password), null,
                    pool.getMaximumPoolSize(), java.time.Duration.ofMillis(pool.getConnectionTimeout()));
        }

        RuntimeException failedToStart(HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException sql) {
                return PostgresErrors.translate(sql, "connect", host, port, db, password);
            }
            return PostgresErrors.unexpected(e, host, port, password);
        }

        @Override
        public String toString() {
            return "Endpoint[" + url.masked() + "]";
        }
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
