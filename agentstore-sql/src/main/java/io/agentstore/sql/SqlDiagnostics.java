package io.agentstore.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.agentstore.admin.DoctorCheck;
import io.agentstore.config.SslMode;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.AgentStoreException;

/**
 * The {@code doctor} checks of a SQL backend that is open (so it was reachable and accepted the
 * login): server version, SSL, permissions, the connection limit against the pool, clock skew and
 * the schema version. Each check that the dialect cannot make is left out; one that fails to run
 * is reported, never thrown, so one problem does not hide the others.
 */
final class SqlDiagnostics {
    /** Skew above this is worth a warning: thread and message times come from the writer's clock. */
    static final long CLOCK_SKEW_WARN_MS = 1_000;

    private final SqlClient client;
    private final Dialect dialect;
    private final TableNames names;
    private final StoreOptions options;
    private final String maskedUrl;
    private final MigrationRunner migrations;

    SqlDiagnostics(SqlClient client, Dialect dialect, TableNames names, StoreOptions options, String maskedUrl, MigrationRunner migrations) {
        this.client = client;
        this.dialect = dialect;
        this.names = names;
        this.options = options;
        this.maskedUrl = maskedUrl;
        this.migrations = migrations;
    }

    List<DoctorCheck> run() {
        List<DoctorCheck> out = new ArrayList<>();
        out.add(guard("server", this::server));
        if (dialect.sslInUseSql() != null) {
            out.add(guard("ssl", this::ssl));
        }
        if (dialect.privilegesSql(names) != null) {
            out.add(guard("permissions", this::permissions));
        }
        if (dialect.connectionLimitSql() != null) {
            out.add(guard("connections", this::connections));
        }
        if (dialect.serverClockSql() != null) {
            out.add(guard("clock", this::clock));
        }
        out.add(guard("schema", this::schema));
        return out;
    }

    private interface Check {
        DoctorCheck run();
    }

    private static DoctorCheck guard(String name, Check check) {
        try {
            return check.run();
        } catch (AgentStoreException e) {
            return DoctorCheck.fail(name, "could not check: " + e.getMessage(), e.hint());
        }
    }

    private <T> T one(String sql, RowMapper<T> mapper) {
        return client.query(sql, List.of(), mapper).get(0);
    }

    private DoctorCheck server() {
        return DoctorCheck.ok("server", dialect.name() + " " + one(dialect.serverVersionSql(), r -> r.string("v")));
    }

    private DoctorCheck ssl() {
        boolean on = truthy(one(dialect.sslInUseSql(), r -> r.string("v")));
        if (on) {
            return DoctorCheck.ok("ssl", "this connection is encrypted");
        }
        if (isLoopback()) {
            return DoctorCheck.ok("ssl", "not encrypted (a local server)");
        }
        SslMode mode = options.sslMode() == null ? SslMode.PREFER : options.sslMode();
        return DoctorCheck.warn("ssl", "not encrypted to a remote server (sslmode=" + mode.urlValue() + ")",
                "enable SSL on the server and add ?sslmode=require (or verify-full) so credentials and data are not sent in clear");
    }

    private DoctorCheck permissions() {
        boolean[] can = one(dialect.privilegesSql(names), r -> new boolean[] {truthy(r.string("can_create")), truthy(r.string("can_write"))});
        String where = names.schema() == null ? "the default schema" : "schema " + names.schema();
        if (!can[1]) {
            return DoctorCheck.fail("permissions", "this user may not read and write the AgentStore tables in " + where,
                    "GRANT SELECT, INSERT, UPDATE, DELETE on the AgentStore tables to this user");
        }
        if (!can[0]) {
            return DoctorCheck.warn("permissions", "this user may not create tables in " + where,
                    "fine while no migration is pending; to let init() migrate, GRANT CREATE on the schema (or run 'agentstore migrate' as its owner)");
        }
        return DoctorCheck.ok("permissions", "may create tables and read and write them in " + where);
    }

    private DoctorCheck connections() {
        long[] mu = one(dialect.connectionLimitSql(), r -> new long[] {r.longValue("max"), r.longValue("used")});
        int pool = options.poolMax();
        long free = mu[0] - mu[1];
        String seen = "poolMax " + pool + ", server max_connections " + mu[0] + " with " + mu[1] + " in use";
        if (pool > mu[0]) {
            return DoctorCheck.fail("connections", seen + ": the pool may open more connections than the server allows",
                    "lower the pool's maximum (?poolMax=" + Math.max(1, mu[0] / 4) + ") or raise max_connections on the server");
        }
        if (pool > free) {
            return DoctorCheck.warn("connections", seen + ": only " + free + " free, fewer than the pool may open",
                    "lower ?poolMax= or raise max_connections; several app instances each open their own pool");
        }
        return DoctorCheck.ok("connections", seen);
    }

    private DoctorCheck clock() {
        long before = System.currentTimeMillis();
        long server = one(dialect.serverClockSql(), r -> r.longValue("v"));
        long after = System.currentTimeMillis();
        long skew = server - (before + after) / 2;
        String seen = "server clock " + (skew >= 0 ? "+" : "") + skew + " ms from this machine's (round trip " + (after - before) + " ms)";
        if (Math.abs(skew) > CLOCK_SKEW_WARN_MS + (after - before)) {
            return DoctorCheck.warn("clock", seen,
                    "synchronise the clocks (NTP): message times come from the writer's clock, so skewed writers order messages wrongly");
        }
        return DoctorCheck.ok("clock", seen);
    }

    private DoctorCheck schema() {
        Map<Integer, String> applied = migrations.applied();
        int version = applied == null || applied.isEmpty() ? 0 : applied.keySet().stream().max(Integer::compare).orElse(0);
        List<Migration> pending;
        try {
            if (applied != null) {
                migrations.verify(applied); // checksums, and not newer than this AgentStore
            }
            pending = migrations.pending(applied);
        } catch (AgentStoreException e) {
            return DoctorCheck.fail("schema", e.getMessage(), e.hint());
        }
        if (applied == null) {
            return DoctorCheck.warn("schema", "no AgentStore tables yet", "run 'agentstore migrate' (or call store.init())");
        }
        if (!pending.isEmpty()) {
            return DoctorCheck.warn("schema", "version " + version + ", " + pending.size() + " migration(s) pending",
                    "run 'agentstore migrate' (or call store.init()); 'agentstore migrate --dry-run' shows the SQL");
        }
        return DoctorCheck.ok("schema", "version " + version + ", up to date");
    }

    private boolean isLoopback() {
        try {
            String host = StoreUrl.parse(maskedUrl).host();
            return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
        } catch (AgentStoreException e) {
            return false;
        }
    }

    private static boolean truthy(String v) {
        return v != null && (v.equals("t") || v.equalsIgnoreCase("true") || v.equals("1"));
    }
}
