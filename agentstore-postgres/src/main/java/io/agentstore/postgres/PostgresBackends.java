package io.agentstore.postgres;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import io.agentstore.config.SslMode;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.sql.JdbcSqlClient;
import io.agentstore.sql.PostgresDialect;
import io.agentstore.sql.SqlBackend;

/** Builds the PostgreSQL backend: a HikariCP pool over pgjdbc, configured from the URL and options. */
final class PostgresBackends {
    /** URL parameters that are AgentStore options, not driver properties. */
    private static final Set<String> OWN_PARAMS = Set.of("schema", "tableprefix", "poolmin", "poolmax", "connecttimeout", "idletimeout",
            "authtoken", "replicas", "sslmode", "user", "password");

    private PostgresBackends() {
    }

    static SqlBackend open(StoreUrl url, StoreOptions options) {
        HikariConfig hc = new HikariConfig();
        String host = url.host() == null ? "localhost" : url.host();
        int port = url.port() == null ? 5432 : url.port();
        String db = url.database() == null ? "" : url.database();
        hc.setJdbcUrl("jdbc:postgresql://" + host + ":" + port + "/" + urlEncode(db));
        String user = url.user() != null ? url.user() : url.param("user");
        String password = url.password() != null ? url.password() : url.param("password");
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        SslMode ssl = options.sslMode() == null ? SslMode.PREFER : options.sslMode();
        hc.addDataSourceProperty("sslmode", ssl.urlValue());
        hc.addDataSourceProperty("ApplicationName", "agentstore");
        hc.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, options.connectionTimeout().toSeconds())));
        for (Map.Entry<String, String> e : url.params().entrySet()) {
            if (!OWN_PARAMS.contains(e.getKey().toLowerCase(java.util.Locale.ROOT))) {
                hc.addDataSourceProperty(e.getKey(), e.getValue());
            }
        }
        hc.setPoolName("agentstore-postgres");
        hc.setMaximumPoolSize(options.poolMax());
        hc.setMinimumIdle(options.poolMin());
        hc.setConnectionTimeout(options.connectionTimeout().toMillis());
        hc.setIdleTimeout(Math.max(10_000, options.idleTimeout().toMillis()));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable c = e.getCause();
            if (c instanceof SQLException sql) {
                throw PostgresErrors.translate(sql, "connect", host, port, db, password);
            }
            throw PostgresErrors.unexpected(e, host, port, password);
        }
        JdbcSqlClient client = new JdbcSqlClient(pool, pool, null, 0, (e, what) -> PostgresErrors.translate(e, what, host, port, db, password));
        return new SqlBackend("postgres", client, new PostgresDialect(), options, url.masked());
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
