package io.agentstore.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.spi.WorkflowTransfer;
import io.agentstore.workflow.WorkflowRun;

/**
 * Bulk scans, exact upserts and retention for every {@link Dialect}, written once: keyset pages
 * over the primary keys (and the messages' {@code (thread_id, createdAt)} index), multi-row
 * upserts that set every column (so a copy ends identical, whatever the target held before), and
 * prune in batches of threads, each batch one transaction that locks its threads first.
 */
final class SqlTransfer implements MemoryTransfer, WorkflowTransfer {
    /** Threads deleted per prune transaction: bounded work per transaction, and linear overall (keyset on id). */
    private static final int PRUNE_BATCH = 500;

    private final SqlClient client;
    private final Dialect d;
    private final TableNames t;
    private final SqlMemoryStore memory;
    private final SqlWorkflowStore workflows;
    private final Upsert threadUpsert;
    private final Upsert messageUpsert;
    private final Upsert resourceUpsert;
    private final Upsert runUpsert;
    private final String msgTime;

    SqlTransfer(SqlClient client, Dialect dialect, TableNames names, SqlMemoryStore memory, SqlWorkflowStore workflows) {
        this.client = client;
        this.d = dialect;
        this.t = names;
        this.memory = memory;
        this.workflows = workflows;
        boolean z = d.hasZoneColumns();
        List<String> both = z ? List.of("createdAt", "updatedAt", "createdAtZ", "updatedAtZ") : List.of("createdAt", "updatedAt");
        this.threadUpsert = new Upsert(t.threads(), List.of("id"), concat(List.of("resourceId", "title", "metadata"), both), "metadata");
        this.resourceUpsert = new Upsert(t.resources(), List.of("id"), concat(List.of("workingMemory", "metadata"), both), "metadata");
        this.messageUpsert = new Upsert(t.messages(), List.of("id"),
                concat(List.of("thread_id", "content", "role", "type", "resourceId", "createdAt"), z ? List.of("createdAtZ") : List.of()), null);
        this.runUpsert = new Upsert(t.snapshots(), List.of("workflow_name", "run_id"), concat(List.of("resourceId", "snapshot"), both), "snapshot");
        this.msgTime = t.messages() + "." + d.quote("createdAt");
    }

    // ---- scans -------------------------------------------------------------------------

    @Override
    public List<MemoryResource> scanResources(String afterId, int limit) {
        return scanById(t.resources(), memory.resourceCols, afterId, limit, memory::resource);
    }

    @Override
    public List<MemoryThread> scanThreads(String afterId, int limit) {
        return scanById(t.threads(), memory.threadCols, afterId, limit, memory::thread);
    }

    @Override
    public List<Message> scanMessages(String afterId, int limit) {
        return scanById(t.messages(), memory.messageCols, afterId, limit, memory::message);
    }

    @Override
    public List<Message> scanThreadMessages(String threadId, Instant afterCreatedAt, String afterId, int limit) {
        List<String> key = List.of(msgTime, t.messages() + ".id");
        List<Object> p = new ArrayList<>(List.of(threadId));
        String after = "";
        if (afterId != null) {
            after = " AND " + d.keysetAfter(key);
            p.addAll(d.keysetParams(List.of(d.time(afterCreatedAt), afterId)));
        }
        return client.query("SELECT " + memory.messageCols + " FROM " + t.messages() + " WHERE thread_id = ?" + after
                + " ORDER BY " + msgTime + ", " + t.messages() + ".id LIMIT " + limit, p, memory::message);
    }

    @Override
    public List<WorkflowRun> scanRuns(String afterWorkflowName, String afterRunId, int limit) {
        String s = t.snapshots();
        List<String> key = List.of(s + ".workflow_name", s + ".run_id");
        String where = afterWorkflowName == null ? "" : " WHERE " + d.keysetAfter(key);
        List<Object> p = afterWorkflowName == null ? List.of() : d.keysetParams(List.of(afterWorkflowName, afterRunId));
        return client.query("SELECT " + workflows.runCols + " FROM " + s + where + " ORDER BY " + String.join(", ", key) + " LIMIT " + limit,
                p, workflows::run);
    }

    private <T> List<T> scanById(String table, String cols, String afterId, int limit, RowMapper<T> mapper) {
        // The limit is a validated int, inlined as elsewhere so the statement is planned once.
        String where = afterId == null ? "" : " WHERE " + d.keysetAfter(List.of(table + ".id"));
        return client.query("SELECT " + cols + " FROM " + table + where + " ORDER BY " + table + ".id LIMIT " + limit,
                afterId == null ? List.of() : d.keysetParams(List.of(afterId)), mapper);
    }

    // ---- puts --------------------------------------------------------------------------

    @Override
    public void putResources(List<MemoryResource> rows) {
        resourceUpsert.run(rows, r -> times(new ArrayList<>(Arrays.asList(r.id(), r.workingMemory(), io.agentstore.internal.Json.write(r.metadata()))),
                r.createdAt(), r.updatedAt()));
    }

    @Override
    public void putThreads(List<MemoryThread> rows) {
        threadUpsert.run(rows, th -> times(new ArrayList<>(Arrays.asList(th.id(), th.resourceId(), th.title(),
                io.agentstore.internal.Json.write(th.metadata()))), th.createdAt(), th.updatedAt()));
    }

    @Override
    public void putMessages(List<Message> rows) {
        messageUpsert.run(rows, m -> {
            List<Object> p = new ArrayList<>(Arrays.asList(m.id(), m.threadId(), m.content().json(), m.role(), m.type(), m.resourceId(),
                    d.time(m.createdAt())));
            if (d.hasZoneColumns()) {
                p.add(d.timeZ(m.createdAt()));
            }
            return p;
        });
    }

    @Override
    public void putRuns(List<WorkflowRun> rows) {
        runUpsert.run(rows, r -> times(new ArrayList<>(Arrays.asList(r.workflowName(), r.runId(), r.resourceId(), r.snapshot())),
                r.createdAt(), r.updatedAt()));
    }

    private List<Object> times(List<Object> p, Instant created, Instant updated) {
        p.add(d.time(created));
        p.add(d.time(updated));
        if (d.hasZoneColumns()) {
            p.add(d.timeZ(created));
            p.add(d.timeZ(updated));
        }
        return p;
    }

    /** One multi-row upsert statement per chunk (as many rows as the dialect's parameter limit allows), all in one transaction. */
    private final class Upsert {
        private final String head;
        private final String row;
        private final String tail;
        private final int columns;

        Upsert(String table, List<String> key, List<String> rest, String jsonColumn) {
            List<String> all = concat(key, rest);
            this.columns = all.size();
            this.head = "INSERT INTO " + table + " (" + String.join(", ", all.stream().map(d::quote).toList()) + ") VALUES ";
            StringBuilder r = new StringBuilder("(");
            for (int i = 0; i < all.size(); i++) {
                r.append(i == 0 ? "" : ", ").append(all.get(i).equals(jsonColumn) ? d.jsonParam() : "?");
            }
            this.row = r.append(')').toString();
            this.tail = d.upsertTail(key, rest);
        }

        <T> void run(List<T> rows, java.util.function.Function<T, List<Object>> params) {
            if (rows.isEmpty()) {
                return;
            }
            // One atomic unit: a transaction over JDBC, one batch where there are no interactive transactions (D1).
            List<SqlStatement> statements = new ArrayList<>();
            for (List<T> chunk : Sql.chunks(rows, Math.max(1, d.maxParameters() / columns))) {
                StringBuilder sql = new StringBuilder(head.length() + chunk.size() * (row.length() + 2) + tail.length()).append(head);
                List<Object> p = new ArrayList<>(chunk.size() * columns);
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append(row);
                    p.addAll(params.apply(chunk.get(i)));
                }
                statements.add(SqlStatement.update(sql.append(tail).toString(), p));
            }
            client.atomic(statements);
        }
    }

    // ---- retention ---------------------------------------------------------------------

    @Override
    public PrunedThreads pruneThreads(Instant updatedBefore, boolean dryRun) {
        Object cutoff = d.time(updatedBefore);
        String old = d.quote("updatedAt") + " < ?";
        if (dryRun) {
            long threads = count("SELECT count(*) AS n FROM " + t.threads() + " WHERE " + old, cutoff);
            long messages = count("SELECT count(*) AS n FROM " + t.messages() + " WHERE thread_id IN (SELECT id FROM " + t.threads()
                    + " WHERE " + old + ")", cutoff);
            return new PrunedThreads(threads, messages);
        }
        long threads = 0;
        long messages = 0;
        String after = null;
        while (true) {
            String from = after;
            PruneBatch done = client.interactiveTransactions() ? client.inTransaction(s -> {
                // Lock the old threads first: an append racing with the prune either commits before
                // (the thread is no longer old and is skipped) or waits and then finds the thread gone.
                List<Object> p = new ArrayList<>();
                p.add(cutoff);
                String keyset = "";
                if (from != null) {
                    keyset = " AND " + d.keysetAfter(List.of(t.threads() + ".id"));
                    p.addAll(d.keysetParams(List.of(from)));
                }
                List<String> ids = s.query("SELECT id FROM " + t.threads() + " WHERE " + old + keyset + " ORDER BY " + t.threads()
                        + ".id LIMIT " + PRUNE_BATCH + d.forUpdate(), p, r -> r.string("id"));
                if (ids.isEmpty()) {
                    return new PruneBatch(0, 0, 0, null);
                }
                String in = " IN (" + Sql.marks(ids.size()) + ")";
                int m = s.update("DELETE FROM " + t.messages() + " WHERE thread_id" + in, ids);
                int th = s.update("DELETE FROM " + t.threads() + " WHERE id" + in, ids);
                return new PruneBatch(th, m, ids.size(), ids.get(ids.size() - 1));
            }) : pruneBatchAtomically(cutoff, old, from);
            threads += done.threads();
            messages += done.messages();
            if (done.selected() < PRUNE_BATCH) {
                break;
            }
            // keyset: the next batch starts after this one's last id, so the scan never revisits kept threads
            after = done.lastId();
        }
        return new PrunedThreads(threads, messages);
    }

    private record PruneBatch(long threads, long messages, int selected, String lastId) {
    }

    /**
     * A prune batch without interactive transactions (D1): the ids are read first, then both
     * deletes run as one atomic batch that re-checks the age, so a thread that got a message
     * since the read is kept whole (the batch runs alone, so nothing interleaves with it).
     */
    private PruneBatch pruneBatchAtomically(Object cutoff, String old, String from) {
        List<Object> p = new ArrayList<>();
        p.add(cutoff);
        String keyset = "";
        if (from != null) {
            keyset = " AND " + d.keysetAfter(List.of(t.threads() + ".id"));
            p.addAll(d.keysetParams(List.of(from)));
        }
        List<String> ids = client.query("SELECT id FROM " + t.threads() + " WHERE " + old + keyset + " ORDER BY " + t.threads()
                + ".id LIMIT " + PRUNE_BATCH, p, r -> r.string("id"));
        if (ids.isEmpty()) {
            return new PruneBatch(0, 0, 0, null);
        }
        String stillOld = "SELECT id FROM " + t.threads() + " WHERE id IN (" + Sql.marks(ids.size()) + ") AND " + old;
        List<Object> q = new ArrayList<>(ids);
        q.add(cutoff);
        List<StatementResult> r = client.atomic(List.of(
                SqlStatement.update("DELETE FROM " + t.messages() + " WHERE thread_id IN (" + stillOld + ")", q),
                SqlStatement.update("DELETE FROM " + t.threads() + " WHERE id IN (" + stillOld + ")", q)));
        return new PruneBatch(r.get(1).changes(), r.get(0).changes(), ids.size(), ids.get(ids.size() - 1));
    }

    @Override
    public long pruneRuns(Instant updatedBefore, boolean dryRun) {
        Object cutoff = d.time(updatedBefore);
        String where = " WHERE " + d.quote("updatedAt") + " < ?";
        if (dryRun) {
            return count("SELECT count(*) AS n FROM " + t.snapshots() + where, cutoff);
        }
        return client.update("DELETE FROM " + t.snapshots() + where, List.of(cutoff));
    }

    private long count(String sql, Object param) {
        return client.query(sql, List.of(param), r -> r.longValue("n")).get(0);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
