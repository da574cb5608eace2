package io.agentstore.libsql;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.sql.JdbcSqlClient;
import io.agentstore.sql.SqlBackend;
import io.agentstore.sql.SqliteDialect;

/** Builds the SQLite backend: WAL, a busy timeout, IMMEDIATE transactions and one in-process writer at a time. */
final class SqliteBackends {
    /**
     * One write lock per database file for the whole JVM: SQLite has a single writer, and
     * queueing writers here (fairly, in arrival order) means they never see SQLITE_BUSY from
     * each other; the busy timeout still covers other processes.
     */
    private static final Map<String, Lock> WRITE_LOCKS = new ConcurrentHashMap<>();
    private static final int BUSY_TIMEOUT_MS = 30_000;
    /** Prepared statements kept per connection: sqlite-jdbc would compile each statement on every call. */
    private static final int STATEMENT_CACHE = 64;

    private SqliteBackends() {
    }

    static SqlBackend open(StoreUrl url, StoreOptions options) {
        String path = path(url);
        boolean memory = path.equals(":memory:") || path.isEmpty();
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (!memory) {
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        String canonical;
        if (memory) {
            // A private in-memory database lives as long as its one connection: keep exactly one, forever.
            ds.setUrl("jdbc:sqlite::memory:");
            canonical = ":memory:" + UUID.randomUUID();
        } else {
            File f = new File(path);
            File dir = f.getAbsoluteFile().getParentFile();
            if (dir != null && !dir.isDirectory()) {
                throw new InvalidConfigurationException("the directory of the SQLite file " + f.getPath() + " does not exist",
                        "create the directory " + dir.getPath() + ", or point the URL at an existing one");
            }
            try {
                canonical = f.getCanonicalPath();
            } catch (IOException e) {
                canonical = f.getAbsolutePath();
            }
            ds.setUrl("jdbc:sqlite:" + canonical);
        }
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(ds);
        hc.setPoolName("agentstore-sqlite");
        hc.setMaximumPoolSize(memory ? 1 : options.poolMax());
        hc.setMinimumIdle(memory ? 1 : Math.min(options.poolMin(), options.poolMax()));
        hc.setConnectionTimeout(Math.max(memory ? 60_000 : 30_000, options.connectionTimeout().toMillis()));
        // Connections are never retired: an in-memory database lives only as long as its connection,
        // and the statement cache holds statements of the driver connections for the pool's lifetime.
        hc.setMaxLifetime(0);
        hc.setIdleTimeout(0);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof java.sql.SQLException sql) {
                throw SqliteErrors.translate(sql, "open");
            }
            throw e;
        }
        Lock lock = memory ? null : WRITE_LOCKS.computeIfAbsent(canonical, k -> new ReentrantLock(true));
        JdbcSqlClient client = new JdbcSqlClient(pool, pool, lock, STATEMENT_CACHE, SqliteErrors::translate, "BEGIN IMMEDIATE");
        return new SqlBackend("sqlite", client, new SqliteDialect(), options, url.masked());
    }

    /** The file path of a {@code file:} URL: {@code file:./a.db}, {@code file:/abs/a.db}, {@code file:///abs/a.db}, {@code file::memory:}. */
    static String path(StoreUrl url) {
        String raw = url.unmasked().trim();
        if (raw.equals(":memory:")) {
            return ":memory:";
        }
        String rest = raw.substring(raw.indexOf(':') + 1);
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            rest = slash >= 0 ? rest.substring(slash) : "";
        }
        return java.net.URLDecoder.decode(rest.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
