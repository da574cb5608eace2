package io.agentstore.bench.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.StorageException;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.sql.Dialect;
import io.agentstore.sql.JdbcSqlClient;
import io.agentstore.sql.PostgresDialect;
import io.agentstore.sql.SqlBackend;
import io.agentstore.sql.SqliteDialect;
import io.agentstore.workflow.WorkflowStore;

/**
 * Shows what each API call of the SQL engine asks of JDBC: connections taken, statements
 * prepared, executions, commits, auto-commit switches, and the SQL. Builds the backend exactly
 * as the PostgreSQL and SQLite modules do (same dialect, same JdbcSqlClient, HikariCP, the
 * SQLite write lock), but over a {@link CountingDataSource}. A profiling tool, not a test:
 *
 * <pre>{@code
 * java -cp agentstore-cli/target/agentstore.jar io.agentstore.bench.profile.StatementTrace 'postgresql://postgres@127.0.0.1:5432/test?schema=bench'
 * java -cp agentstore-cli/target/agentstore.jar io.agentstore.bench.profile.StatementTrace file:./bench.db
 * }</pre>
 */
public final class StatementTrace {
    private static final int RUNS = 20;
    private static final String TEXT = "x".repeat(230);

    private final CountingDataSource ds;
    private final boolean postgres;

    private StatementTrace(CountingDataSource ds, boolean postgres) {
        this.ds = ds;
        this.postgres = postgres;
    }

    /** Traces every API call used by the benchmark against the database at {@code args[0]}. */
    public static void main(String[] args) {
        String url = args[0];
        StoreUrl u = StoreUrl.parse(url);
        StoreOptions o = StoreOptions.defaults().resolve(u);
        boolean pg = u.scheme().startsWith("postgres");
        HikariConfig hc = new HikariConfig();
        Dialect dialect;
        if (pg) {
            hc.setJdbcUrl("jdbc:postgresql://" + (u.host() == null ? "localhost" : u.host()) + ":" + (u.port() == null ? 5432 : u.port())
                    + "/" + u.database());
            if (u.user() != null) {
                hc.setUsername(u.user());
            }
            if (u.password() != null) {
                hc.setPassword(u.password());
            }
            hc.addDataSourceProperty("sslmode", "prefer");
            dialect = new PostgresDialect();
        } else {
            SQLiteConfig cfg = new SQLiteConfig();
            cfg.setBusyTimeout(30_000);
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            SQLiteDataSource sds = new SQLiteDataSource(cfg);
            sds.setUrl("jdbc:sqlite:" + url.substring("file:".length()));
            hc.setDataSource(sds);
            dialect = new SqliteDialect();
        }
        hc.setMaximumPoolSize(o.poolMax());
        hc.setMinimumIdle(o.poolMin());
        HikariDataSource pool = new HikariDataSource(hc);
        CountingDataSource ds = new CountingDataSource(pool);
        JdbcSqlClient client = new JdbcSqlClient(ds, pool, pg ? null : new ReentrantLock(true), pg ? 0 : 64,
                (e, what) -> new StorageException(what + " failed: " + e.getMessage(), "", e));
        try (SqlBackend b = new SqlBackend(pg ? "postgres" : "sqlite", client, dialect, o, url)) {
            b.init();
            new StatementTrace(ds, pg).traceAll(b);
        }
    }

    private void traceAll(SqlBackend b) {
        MemoryStore mem = b.memory();
        WorkflowStore wf = b.workflows();
        String tag = "trace-" + UUID.randomUUID().toString().substring(0, 8);
        String resource = tag + "-resource";
        String thread = tag + "-thread";
        mem.saveThread(MemoryThread.of(thread, resource, "Traced"));
        for (int i = 0; i < 30; i++) {
            mem.saveThread(MemoryThread.of(tag + "-t" + i, resource, "Thread " + i));
        }
        mem.saveMessages(batch(thread, resource, 200));
        String snapshot = "{\"status\":\"suspended\",\"context\":{\"text\":\"" + "y".repeat(10_000) + "\"}}";
        int[] n = {0};
        trace("init() on an up-to-date database", b::init);
        trace("saveThread (new thread)", () -> mem.saveThread(MemoryThread.of(tag + "-new-" + n[0]++, resource, "New")));
        trace("saveMessages (1 message)", () -> mem.saveMessages(batch(thread, resource, 1)));
        trace("saveMessages (100 messages)", () -> mem.saveMessages(batch(thread, resource, 100)));
        trace("listMessages last(40)", () -> mem.listMessages(MessageQuery.thread(thread).last(40)));
        trace("listThreads perPage(20)", () -> mem.listThreads(ThreadQuery.resource(resource).perPage(20)));
        trace("persistSnapshot (new run, 10 KB)", () -> wf.persistSnapshot("wf", tag + "-run-" + n[0]++, resource, snapshot));
        wf.persistSnapshot("wf", tag + "-run", resource, snapshot);
        trace("loadSnapshot (10 KB)", () -> wf.loadSnapshot("wf", tag + "-run"));
    }

    private static List<Message> batch(String thread, String resource, int n) {
        List<Message> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Message(UUID.randomUUID().toString(), thread, resource, "user", Message.TYPE_V2, MessageContent.ofText(TEXT),
                    Instant.now().plusMillis(i)));
        }
        return out;
    }

    private void trace(String label, Runnable op) {
        for (int i = 0; i < 5; i++) {
            op.run();
        }
        ds.reset();
        for (int i = 0; i < RUNS; i++) {
            op.run();
        }
        Map<String, Integer> c = ds.counts();
        StringBuilder sb = new StringBuilder(label).append(":\n  per call:");
        c.forEach((k, v) -> sb.append(' ').append(k).append('=').append(fmt(v)));
        int executes = sum(c, "executeQuery", "executeUpdate", "execute", "executeBatch");
        if (postgres) {
            // BEGIN travels with the first statement; setAutoCommit(true) after a commit is free; COMMIT is its own round trip.
            sb.append("\n  PostgreSQL round trips per call: ").append(fmt(executes + sum(c, "commit", "rollback")));
        } else {
            // sqlite-jdbc compiles every prepareStatement; setAutoCommit(false) runs BEGIN IMMEDIATE, commit() runs COMMIT and a new
            // BEGIN IMMEDIATE, setAutoCommit(true) then runs COMMIT again.
            int hidden = sum(c, "setAutoCommit(false)") + 2 * sum(c, "commit") + sum(c, "setAutoCommit(true)");
            sb.append("\n  SQLite statements compiled per call: ").append(fmt(sum(c, "prepareStatement") + hidden))
                    .append(" (").append(fmt(sum(c, "prepareStatement"))).append(" prepared + ").append(fmt(hidden))
                    .append(" BEGIN IMMEDIATE/COMMIT run by sqlite-jdbc)");
        }
        for (String s : new LinkedHashSet<>(ds.statements())) {
            sb.append("\n  SQL: ").append(s.length() > 400 ? s.substring(0, 400) + "…" : s);
        }
        System.out.println(sb);
    }

    private static int sum(Map<String, Integer> c, String... keys) {
        int s = 0;
        for (String k : keys) {
            s += c.getOrDefault(k, 0);
        }
        return s;
    }

    private static String fmt(int total) {
        double per = (double) total / RUNS;
        return per == Math.rint(per) ? String.valueOf((long) per) : String.format("%.2f", per);
    }
}
