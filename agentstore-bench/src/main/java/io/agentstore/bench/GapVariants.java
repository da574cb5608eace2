package io.agentstore.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.agentstore.internal.Json;

/**
 * Decomposes the gap between AgentStore and the JDBC floor: the floor's operations, then the
 * same operations changed in one respect at a time towards what AgentStore's SQL engine does
 * (its exact SQL, a statement prepared per call, the JDBC transaction API, …), each timed on one
 * connection (median and mean of 3,000 calls, the variants of a group interleaved). A profiling
 * tool, not a test:
 *
 * <pre>{@code
 * java -cp agentstore-cli/target/agentstore.jar io.agentstore.bench.GapVariants file:./bench.db
 * }</pre>
 */
public final class GapVariants {
    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 300;

    /** One timed operation on the connection; {@code i} makes ids unique. */
    private interface Op {
        void run(JdbcSession s, int i) throws SQLException;
    }

    private final JdbcSql sql;
    private final boolean pg;
    private final String tag = "gap-" + UUID.randomUUID().toString().substring(0, 8);
    private int threads;

    private GapVariants(JdbcSql sql) {
        this.sql = sql;
        this.pg = sql instanceof PostgresJdbcSql;
    }

    /** Runs every variant against the (already migrated) database at {@code args[0]}. */
    public static void main(String[] args) throws SQLException {
        JdbcSql sql = JdbcSql.forUrl(args[0]);
        try (JdbcSession s = new JdbcSession(sql.connect())) {
            new GapVariants(sql).all(s);
        }
    }

    private void all(JdbcSession s) throws SQLException {
        String resource = tag + "-r";
        String longThread = thread(s, resource);
        for (int i = 0; i < 10_000; i += 100) {
            List<BenchMessage> batch = Fixtures.messages(100, Instant.now().minusSeconds(86_400).plusMillis(i));
            sql.begin(s);
            PreparedStatement ps = s.ps(sql.insertMessage());
            for (BenchMessage m : batch) {
                sql.bindMessage(ps, longThread, resource, m);
                ps.addBatch();
            }
            ps.executeBatch();
            sql.commit(s);
        }
        String listResource = tag + "-list";
        PreparedStatement insertThread = s.ps(sql.insertThread());
        for (int i = 0; i < 100; i++) {
            sql.bindThread(insertThread, tag + "-l" + i, listResource, "t", Instant.now().minusSeconds(i));
            insertThread.executeUpdate();
        }
        threadForHistory = longThread;
        listResourceId = listResource;
        System.out.printf("%s, one connection, µs per call: median and mean of %d calls per variant, variants of a group interleaved in"
                + " %d rounds (one more untimed) so that drift hits all alike%n", pg ? "PostgreSQL" : "SQLite", ROUNDS * PER_ROUND, ROUNDS);

        List<Variant> append = new ArrayList<>();
        String t1 = thread(s, resource);
        append.add(new Variant("append A0 floor: BEGIN; INSERT; UPDATE … WHERE id = ?; COMMIT (statements reused)",
                (x, i) -> appendFloor(x, t1, resource, false)));
        String t2 = thread(s, resource);
        append.add(new Variant("append A1 = A0, statements prepared per call", (x, i) -> appendFloor(x, t2, resource, true)));
        if (!pg) {
            String t3 = thread(s, resource);
            append.add(new Variant("append A2 = A0, setAutoCommit(false)/commit()/setAutoCommit(true)", (x, i) -> {
                x.connection.setAutoCommit(false);
                insert(x, t3, resource, false);
                touch(x, t3, false, false);
                x.connection.commit();
                x.connection.setAutoCommit(true);
            }));
        }
        String t4 = thread(s, resource);
        append.add(new Variant("append A3 = A0 with AgentStore's SQL (UPDATE … IN (?) first; upsert … RETURNING)", (x, i) -> {
            sql.begin(x);
            touch(x, t4, true, false);
            upsert(x, t4, resource, false);
            sql.commit(x);
        }));
        String t5 = thread(s, resource);
        append.add(new Variant("append A4 = A1 + A3" + (pg ? "" : " + A2") + " (AgentStore's JDBC calls, without pool/lock/Java layer)", (x, i) -> {
            x.connection.setAutoCommit(false);
            touch(x, t5, true, true);
            upsert(x, t5, resource, true);
            x.connection.commit();
            x.connection.setAutoCommit(true);
        }));
        if (!pg) {
            String t6 = thread(s, resource);
            append.add(new Variant("append A5 = A4 but committed by setAutoCommit(true) alone (no commit())", (x, i) -> {
                x.connection.setAutoCommit(false);
                touch(x, t6, true, true);
                upsert(x, t6, resource, true);
                x.connection.setAutoCommit(true);
            }));
        } else {
            String t7 = thread(s, resource);
            append.add(new Variant("append A5 one statement, auto-commit: WITH touched AS (UPDATE … RETURNING id) INSERT … SELECT … RETURNING",
                    (x, i) -> cte(x, t7, resource)));
        }
        group(s, append);

        String b0 = thread(s, resource);
        String b1 = thread(s, resource);
        String b2 = thread(s, resource);
        String b3 = thread(s, resource);
        String b4 = thread(s, resource);
        group(s, List.of(
                new Variant("batch B0 floor: BEGIN; 100 x INSERT as one JDBC batch; UPDATE; COMMIT", (x, i) -> batchFloor(x, b0, resource)),
                new Variant("batch B1 AgentStore: one 100-row INSERT … ON CONFLICT … RETURNING, prepared per call", (x, i) -> batchAgent(x, b1, resource, true, true)),
                new Variant("batch B2 = B1 with the statement reused", (x, i) -> batchAgent(x, b2, resource, false, true)),
                new Variant("batch B3 = B1 without RETURNING (no 100 rows read back)", (x, i) -> batchAgent(x, b3, resource, true, false)),
                new Variant("batch B4 single-row upsert … RETURNING, statement reused, run 100 times in one transaction", (x, i) -> {
                    sql.begin(x);
                    touch(x, b4, true, false);
                    for (int k = 0; k < 100; k++) {
                        upsert(x, b4, resource, false);
                    }
                    sql.commit(x);
                })), 30);

        group(s, List.of(
                new Variant("history H0 floor: WHERE thread_id = ? ORDER BY createdAt DESC LIMIT 40", (x, i) -> history(x, sql.last40(), false, false)),
                new Variant("history H1 AgentStore's SQL (IN (?), " + (pg ? "COALESCE(createdAtZ, …), " : "") + "ORDER BY createdAt, id, LIMIT ? = 41),"
                        + " columns by label", (x, i) -> history(x, agentHistory("?"), true, false)),
                new Variant("history H2 = H1 with LIMIT 41 as a literal", (x, i) -> history(x, agentHistory("41"), false, false)),
                new Variant("history H3 = H1 prepared per call", (x, i) -> history(x, agentHistory("?"), true, true)),
                new Variant("history H4 = H2 without the id tie-break in ORDER BY", (x, i) -> history(x, agentHistory("41").replace(", id DESC", ""), false, false))));

        group(s, List.of(
                new Variant("listThreads L0 floor: WHERE resourceId = ? ORDER BY createdAt DESC LIMIT 20", (x, i) -> list(x, sql.listThreads20(), false)),
                new Variant("listThreads L1 AgentStore's SQL (count(*) OVER (), " + (pg ? "COALESCE times" : "json(metadata)") + "), metadata parsed",
                        (x, i) -> list(x, agentList(), true)),
                new Variant("listThreads L2 = L0 + a separate SELECT count(*) for the total", (x, i) -> {
                    list(x, sql.listThreads20(), false);
                    PreparedStatement c = x.ps("SELECT count(*) FROM " + sql.threads + " WHERE \"resourceId\" = ?");
                    c.setString(1, listResource);
                    try (ResultSet rs = c.executeQuery()) {
                        rs.next();
                        rs.getLong(1);
                    }
                })));

        group(s, List.of(
                new Variant("snapshot P0 floor: upsert in auto-commit", (x, i) -> persist(x, sql.persistSnapshot(), false, false, i)),
                new Variant("snapshot P1 AgentStore: upsert … RETURNING inside setAutoCommit(false)/commit()/setAutoCommit(true)",
                        (x, i) -> persist(x, agentPersist(), true, true, i)),
                new Variant("snapshot P2 = P1 in auto-commit (no explicit transaction)", (x, i) -> persist(x, agentPersist(), true, false, i))));
        List<Variant> load = new ArrayList<>();
        load.add(new Variant("snapshot G0 floor: SELECT snapshot", (x, i) -> load(x, sql.loadSnapshot())));
        if (!pg) {
            load.add(new Variant("snapshot G1 AgentStore: SELECT json(snapshot)", (x, i) -> load(x,
                    "SELECT json(\"snapshot\") AS \"snapshot\" FROM " + sql.snapshots + " WHERE workflow_name = ? AND run_id = ?")));
            load.add(new Variant("snapshot G2 CASE WHEN typeof(snapshot) = 'blob' THEN json(snapshot) ELSE snapshot END", (x, i) -> load(x,
                    "SELECT CASE WHEN typeof(\"snapshot\") = 'blob' THEN json(\"snapshot\") ELSE \"snapshot\" END AS \"snapshot\" FROM "
                            + sql.snapshots + " WHERE workflow_name = ? AND run_id = ?")));
        }
        group(s, load);
    }

    private String threadForHistory;
    private String listResourceId;
    private String lastRun;

    private String thread(JdbcSession s, String resource) throws SQLException {
        String id = tag + "-t" + threads++;
        PreparedStatement ps = s.ps(sql.insertThread());
        sql.bindThread(ps, id, resource, "t", Instant.now());
        ps.executeUpdate();
        return id;
    }

    /** A named operation to time. */
    private record Variant(String label, Op op) {
    }

    /** Times the variants interleaved: one untimed round, then {@link #ROUNDS} rounds of {@link #PER_ROUND} calls each. */
    private void group(JdbcSession s, List<Variant> variants) throws SQLException {
        group(s, variants, PER_ROUND);
    }

    private void group(JdbcSession s, List<Variant> variants, int perRound) throws SQLException {
        List<Latencies> lat = new ArrayList<>();
        variants.forEach(v -> lat.add(new Latencies(ROUNDS * perRound)));
        int i = 0;
        for (int round = -1; round < ROUNDS; round++) {
            for (int v = 0; v < variants.size(); v++) {
                for (int k = 0; k < perRound; k++) {
                    long t = System.nanoTime();
                    variants.get(v).op.run(s, i++);
                    if (round >= 0) {
                        lat.get(v).add(System.nanoTime() - t);
                    }
                }
            }
        }
        for (int v = 0; v < variants.size(); v++) {
            System.out.printf("%8.1f %8.1f  %s%n", lat.get(v).percentileMs(50) * 1000, lat.get(v).meanMs() * 1000, variants.get(v).label);
        }
        System.out.println();
    }

    private PreparedStatement prepare(JdbcSession s, String text, boolean perCall) throws SQLException {
        return perCall ? s.connection.prepareStatement(text) : s.ps(text);
    }

    private void done(PreparedStatement ps, boolean perCall) throws SQLException {
        if (perCall) {
            ps.close();
        }
    }

    private void appendFloor(JdbcSession s, String thread, String resource, boolean perCall) throws SQLException {
        sql.begin(s);
        insert(s, thread, resource, perCall);
        touch(s, thread, false, perCall);
        sql.commit(s);
    }

    private void batchFloor(JdbcSession s, String thread, String resource) throws SQLException {
        sql.begin(s);
        PreparedStatement ps = s.ps(sql.insertMessage());
        for (BenchMessage m : Fixtures.messages(100, Instant.now())) {
            sql.bindMessage(ps, thread, resource, m);
            ps.addBatch();
        }
        ps.executeBatch();
        touch(s, thread, false, false);
        sql.commit(s);
    }

    private void batchAgent(JdbcSession s, String thread, String resource, boolean perCall, boolean returning) throws SQLException {
        String one = pg ? "(?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?)";
        StringBuilder text = new StringBuilder(sql.insertMessage().substring(0, sql.insertMessage().indexOf(" VALUES ") + 8));
        for (int i = 0; i < 100; i++) {
            text.append(i == 0 ? "" : ", ").append(one);
        }
        text.append(" ON CONFLICT (\"id\") DO UPDATE SET \"thread_id\" = excluded.\"thread_id\", \"content\" = excluded.\"content\","
                + " \"role\" = excluded.\"role\", \"type\" = excluded.\"type\", \"resourceId\" = excluded.\"resourceId\"");
        if (returning) {
            text.append(" RETURNING id, ").append(createdAt("createdAt"));
        }
        s.connection.setAutoCommit(false);
        touch(s, thread, true, perCall);
        PreparedStatement ps = prepare(s, text.toString(), perCall);
        int p = 1;
        for (BenchMessage m : Fixtures.messages(100, Instant.now())) {
            ps.setString(p++, m.id());
            ps.setString(p++, thread);
            ps.setString(p++, m.contentJson());
            ps.setString(p++, m.role());
            ps.setString(p++, "v2");
            if (pg) {
                ps.setObject(p++, java.time.LocalDateTime.ofInstant(m.createdAt(), java.time.ZoneOffset.UTC));
                ps.setString(p++, resource);
                ps.setObject(p++, OffsetDateTime.ofInstant(m.createdAt(), java.time.ZoneOffset.UTC));
            } else {
                ps.setString(p++, m.createdAt().toString());
                ps.setString(p++, resource);
            }
        }
        if (returning) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString("id");
                    readTime(rs, "createdAt");
                }
            }
        } else {
            ps.executeUpdate();
        }
        done(ps, perCall);
        s.connection.commit();
        s.connection.setAutoCommit(true);
    }

    private void insert(JdbcSession s, String thread, String resource, boolean perCall) throws SQLException {
        PreparedStatement ps = prepare(s, sql.insertMessage(), perCall);
        sql.bindMessage(ps, thread, resource, Fixtures.message(0, Instant.now()));
        ps.executeUpdate();
        done(ps, perCall);
    }

    private void touch(JdbcSession s, String thread, boolean agentSql, boolean perCall) throws SQLException {
        String text = agentSql ? sql.touchThread().replace("WHERE id = ?", "WHERE id IN (?)") : sql.touchThread();
        PreparedStatement ps = prepare(s, text, perCall);
        sql.bindTouch(ps, thread, Instant.now());
        ps.executeUpdate();
        done(ps, perCall);
    }

    private void upsert(JdbcSession s, String thread, String resource, boolean perCall) throws SQLException {
        String text = sql.insertMessage().replace("(id, thread_id, content, role, type, \"createdAt\", \"resourceId\"",
                "(\"id\", \"thread_id\", \"content\", \"role\", \"type\", \"createdAt\", \"resourceId\"")
                + " ON CONFLICT (\"id\") DO UPDATE SET \"thread_id\" = excluded.\"thread_id\", \"content\" = excluded.\"content\","
                + " \"role\" = excluded.\"role\", \"type\" = excluded.\"type\", \"resourceId\" = excluded.\"resourceId\" RETURNING id, "
                + createdAt("createdAt");
        PreparedStatement ps = prepare(s, text, perCall);
        sql.bindMessage(ps, thread, resource, Fixtures.message(0, Instant.now()));
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getString("id");
                readTime(rs, "createdAt");
            }
        }
        done(ps, perCall);
    }

    private void cte(JdbcSession s, String thread, String resource) throws SQLException {
        String text = "WITH touched AS (UPDATE " + sql.threads + " SET \"updatedAt\" = ?, \"updatedAtZ\" = ? WHERE id = ? RETURNING id)"
                + " INSERT INTO " + sql.messages + " (id, thread_id, content, role, type, \"createdAt\", \"resourceId\", \"createdAtZ\")"
                + " SELECT v.* FROM (VALUES (?, ?, ?, ?, ?, CAST(? AS timestamp), ?, CAST(? AS timestamptz))) AS v"
                + " WHERE EXISTS (SELECT 1 FROM touched)"
                + " ON CONFLICT (id) DO UPDATE SET thread_id = excluded.thread_id, content = excluded.content, role = excluded.role,"
                + " type = excluded.type, \"resourceId\" = excluded.\"resourceId\""
                + " RETURNING id, COALESCE(\"createdAtZ\", \"createdAt\" AT TIME ZONE 'UTC') AS \"createdAt\"";
        PreparedStatement ps = s.ps(text);
        Instant now = Instant.now();
        BenchMessage m = Fixtures.message(0, now);
        ps.setObject(1, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
        ps.setObject(2, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
        ps.setString(3, thread);
        ps.setString(4, m.id());
        ps.setString(5, thread);
        ps.setString(6, m.contentJson());
        ps.setString(7, m.role());
        ps.setString(8, "v2");
        ps.setObject(9, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
        ps.setString(10, resource);
        ps.setObject(11, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("thread missing");
            }
            readTime(rs, "createdAt");
        }
    }

    private String createdAt(String column) {
        return pg ? "COALESCE(\"" + column + "Z\", \"" + column + "\" AT TIME ZONE 'UTC') AS \"" + column + "\"" : "\"" + column + "\"";
    }

    private Instant readTime(ResultSet rs, String label) throws SQLException {
        if (pg) {
            return rs.getObject(label, OffsetDateTime.class).toInstant();
        }
        return Instant.parse(rs.getString(label));
    }

    private String agentHistory(String limit) {
        return "SELECT \"id\", \"thread_id\", \"content\", \"role\", \"type\", \"resourceId\", " + createdAt("createdAt") + " FROM " + sql.messages
                + " WHERE thread_id IN (?) ORDER BY " + sql.messages + ".\"createdAt\" DESC, id DESC LIMIT " + limit;
    }

    private void history(JdbcSession s, String text, boolean limitParam, boolean perCall) throws SQLException {
        PreparedStatement ps = prepare(s, text, perCall);
        ps.setString(1, threadForHistory);
        if (limitParam) {
            ps.setObject(2, 41);
        }
        int n = 0;
        boolean byLabel = !text.equals(sql.last40());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (byLabel) {
                    new JdbcTarget.MessageRow(rs.getString("id"), rs.getString("thread_id"), rs.getString("content"), rs.getString("role"),
                            rs.getString("type"), rs.getString("resourceId"), readTime(rs, "createdAt"));
                } else {
                    new JdbcTarget.MessageRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), sql.time(rs, 7));
                }
                n++;
            }
        }
        done(ps, perCall);
        if (n < 40) {
            throw new IllegalStateException("read " + n);
        }
    }

    private String agentList() {
        return "SELECT \"id\", \"resourceId\", \"title\", " + (pg ? "\"metadata\"" : "json(\"metadata\") AS \"metadata\"") + ", "
                + createdAt("createdAt") + ", " + createdAt("updatedAt") + ", count(*) OVER () AS agentstore_total FROM " + sql.threads
                + " WHERE \"resourceId\" = ? ORDER BY " + sql.threads + ".\"createdAt\" DESC, " + sql.threads + ".id DESC LIMIT ? OFFSET ?";
    }

    private void list(JdbcSession s, String text, boolean agent) throws SQLException {
        PreparedStatement ps = s.ps(text);
        ps.setString(1, listResourceId);
        if (agent) {
            ps.setObject(2, 20);
            ps.setObject(3, 0L);
        }
        List<Object> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (agent) {
                    rows.add(List.of(rs.getString("id"), rs.getString("resourceId"), rs.getString("title"), Json.readMap(rs.getString("metadata")),
                            readTime(rs, "createdAt"), readTime(rs, "updatedAt"), rs.getLong("agentstore_total")));
                } else {
                    rows.add(new JdbcTarget.ThreadRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), sql.time(rs, 5),
                            sql.time(rs, 6)));
                }
            }
        }
        if (rows.size() != 20) {
            throw new IllegalStateException("listed " + rows.size());
        }
    }

    private String agentPersist() {
        String z = pg ? ", \"createdAtZ\", \"updatedAtZ\"" : "";
        return "INSERT INTO " + sql.snapshots + " (workflow_name, run_id, \"resourceId\", snapshot, \"createdAt\", \"updatedAt\"" + z + ") VALUES (?, ?, ?, "
                + (pg ? "CAST(? AS jsonb)" : "?") + ", ?, ?" + (pg ? ", ?, ?" : "") + ") ON CONFLICT (\"workflow_name\", \"run_id\") DO UPDATE SET"
                + " \"resourceId\" = COALESCE(excluded.\"resourceId\", \"mastra_workflow_snapshot\".\"resourceId\"), \"snapshot\" = excluded.\"snapshot\","
                + " \"updatedAt\" = excluded.\"updatedAt\"" + (pg ? ", \"updatedAtZ\" = excluded.\"updatedAtZ\"" : "")
                + " RETURNING \"resourceId\", " + createdAt("createdAt");
    }

    private void persist(JdbcSession s, String text, boolean returning, boolean tx, int i) throws SQLException {
        Connection c = s.connection;
        if (tx) {
            c.setAutoCommit(false);
        }
        PreparedStatement ps = s.ps(text);
        lastRun = tag + "-run-" + text.length() + "-" + (tx ? "tx-" : "") + i;
        sql.bindSnapshot(ps, "wf", lastRun, "res", Fixtures.SNAPSHOT, Instant.now());
        if (returning) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rs.getString("resourceId");
                readTime(rs, "createdAt");
            }
        } else {
            ps.executeUpdate();
        }
        if (tx) {
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private void load(JdbcSession s, String text) throws SQLException {
        PreparedStatement ps = s.ps(text);
        ps.setString(1, "wf");
        ps.setString(2, lastRun);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) {
                throw new IllegalStateException("no snapshot");
            }
        }
    }
}
