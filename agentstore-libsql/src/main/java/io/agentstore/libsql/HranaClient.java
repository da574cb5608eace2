package io.agentstore.libsql;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.error.AgentStoreException;
import io.agentstore.error.StorageException;
import io.agentstore.sql.RowMapper;
import io.agentstore.sql.SqlClient;
import io.agentstore.sql.SqlSession;

/**
 * {@link SqlClient} over Hrana over HTTP, the protocol of Turso and {@code sqld}.
 *
 * <ul>
 * <li>A statement on its own is one round trip: a pipeline of {@code execute} + {@code close}
 *     on a fresh stream, so it runs in autocommit mode and leaves nothing open on the server.</li>
 * <li>{@link #batch} is one round trip too: one Hrana batch of {@code BEGIN IMMEDIATE}, each
 *     statement run only if the step before it succeeded, {@code COMMIT} only if the last one
 *     did, and {@code ROLLBACK} if the commit did not happen.</li>
 * <li>{@link #inTransaction} keeps one stream open with the baton the server hands back (and
 *     the {@code base_url} it may name). {@code BEGIN IMMEDIATE} travels in one batch with the
 *     first statement, conditioned on it, so a failed BEGIN never lets the statement run outside
 *     a transaction; {@code COMMIT} (or {@code ROLLBACK}) travels with {@code close}.</li>
 * </ul>
 * Transactions of this JVM on the same database queue on one fair lock, as SQLite writers do in
 * {@link SqliteBackends}: the database has a single writer, and queueing here beats waiting on
 * the server's busy timeout while holding a stream open.
 */
final class HranaClient implements SqlClient {
    private static final Map<String, Lock> TX_LOCKS = new ConcurrentHashMap<>();

    private final HranaHttp http;
    private final Lock txLock;
    private volatile boolean closed;

    HranaClient(HranaHttp http) {
        this.http = http;
        this.txLock = TX_LOCKS.computeIfAbsent(http.pipeline().toString(), k -> new ReentrantLock(true));
    }

    @Override
    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        return HranaWire.rows(single(sql, params, true, "query"), mapper);
    }

    @Override
    public <T> List<T> write(String sql, List<?> params, RowMapper<T> mapper) {
        return HranaWire.rows(single(sql, params, true, "write"), mapper);
    }

    @Override
    public int update(String sql, List<?> params) {
        return HranaWire.affected(single(sql, params, false, "update"));
    }

    @Override
    public int[] batch(String sql, List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        List<ObjectNode> stmts = new ArrayList<>(rows.size() + 3);
        List<ObjectNode> conds = new ArrayList<>(rows.size() + 3);
        stmts.add(HranaWire.stmt("BEGIN IMMEDIATE", List.of(), false));
        conds.add(null);
        for (List<?> r : rows) {
            conds.add(HranaWire.ok(stmts.size() - 1));
            stmts.add(HranaWire.stmt(sql, r, false));
        }
        int commit = stmts.size();
        conds.add(HranaWire.ok(commit - 1));
        stmts.add(HranaWire.stmt("COMMIT", List.of(), false));
        conds.add(HranaWire.not(HranaWire.ok(commit)));
        stmts.add(HranaWire.stmt("ROLLBACK", List.of(), false));
        HranaHttp.Response resp = post(http.pipeline(), null, List.of(HranaWire.batch(stmts, conds), HranaWire.close()), "batch");
        JsonNode result = result(resp, 0, "batch");
        // The first failing step is the cause; the rollback step's own outcome does not matter.
        List<JsonNode> steps = stepResults(result, 0, commit + 1, "batch");
        int[] counts = new int[rows.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = HranaWire.affected(steps.get(i + 1));
        }
        return counts;
    }

    @Override
    public <T> T inTransaction(Function<SqlSession, T> work) {
        checkOpen();
        txLock.lock();
        try {
            Stream s = new Stream();
            T result;
            try {
                result = work.apply(s);
            } catch (RuntimeException | Error e) {
                s.rollbackQuietly(e);
                throw e;
            }
            s.commit();
            return result;
        } finally {
            txLock.unlock();
        }
    }

    @Override
    public void close() {
        // HttpClient of Java 17 has nothing to close; its idle connections time out on their own.
        closed = true;
    }

    private JsonNode single(String sql, List<?> params, boolean wantRows, String what) {
        HranaHttp.Response resp = post(http.pipeline(), null,
                List.of(HranaWire.execute(HranaWire.stmt(sql, params, wantRows)), HranaWire.close()), what);
        return result(resp, 0, what);
    }

    private HranaHttp.Response post(URI target, String baton, List<ObjectNode> requests, String what) {
        checkOpen();
        HranaHttp.Response resp = http.post(target, HranaWire.body(baton, requests), what);
        if (resp.results().size() != requests.size()) {
            throw new StorageException("the libSQL server at " + http.display() + " answered " + resp.results().size() + " results to "
                    + requests.size() + " requests during " + what, "check that the URL points at a libSQL server that speaks Hrana over HTTP");
        }
        return resp;
    }

    private void checkOpen() {
        if (closed) {
            throw new StorageException("this store is closed", "open a new AgentStore");
        }
    }

    /** The response of request {@code i}, or its error translated. */
    private JsonNode result(HranaHttp.Response resp, int i, String what) {
        JsonNode r = resp.results().get(i);
        if ("error".equals(r.path("type").asText())) {
            throw translate(HranaWire.error(r.path("error")), what);
        }
        return r.path("response").path("result");
    }

    /**
     * The results of steps {@code from} to {@code to} (exclusive) of a batch; the first step that
     * failed is thrown, translated. A skipped step before {@code to} means an earlier one failed.
     */
    private List<JsonNode> stepResults(JsonNode batchResult, int from, int to, String what) {
        JsonNode results = batchResult.path("step_results");
        JsonNode errors = batchResult.path("step_errors");
        List<JsonNode> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            JsonNode err = errors.path(i);
            if (err.isObject()) {
                throw translate(HranaWire.error(err), what);
            }
            JsonNode res = results.path(i);
            if (!res.isObject()) {
                throw new StorageException("the libSQL server skipped step " + i + " of a batch during " + what + " without reporting an error",
                        "nothing of the batch was committed; retry");
            }
            out.add(res);
        }
        return out;
    }

    private AgentStoreException translate(HranaWire.StmtError e, String what) {
        String msg = http.scrub(e.message());
        String code = e.code() == null ? "" : e.code();
        switch (code) {
            case "TRANSACTION_TIMEOUT":
                return new StorageException("the libSQL server ended a transaction that ran too long: " + msg,
                        "the server limits how long a write transaction may stay open; retry", null);
            case "TRANSACTION_BUSY":
                return new StorageException("the libSQL database is busy with another write transaction: " + msg, "retry", null);
            case "BLOCKED":
                return new StorageException("the libSQL server blocks writes to this database: " + msg,
                        "check the database's plan and quota (e.g. 'turso db show <database>'); reads still work", null);
            case "RESPONSE_TOO_LARGE":
                return new StorageException("the answer to this " + what + " is larger than the libSQL server sends: " + msg,
                        "read fewer rows per page", null);
            default:
                return SqliteErrors.translate("libSQL", code, msg, what, null);
        }
    }

    /** One Hrana stream holding one transaction: opened by its first statement, ended by commit or rollback. */
    private final class Stream implements SqlSession {
        private String baton;
        private URI target = http.pipeline();
        private boolean begun;
        private boolean ended;

        @Override
        public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
            return HranaWire.rows(run(sql, params, true, "query"), mapper);
        }

        @Override
        public <T> List<T> write(String sql, List<?> params, RowMapper<T> mapper) {
            return HranaWire.rows(run(sql, params, true, "write"), mapper);
        }

        @Override
        public int update(String sql, List<?> params) {
            return HranaWire.affected(run(sql, params, false, "update"));
        }

        @Override
        public int[] batch(String sql, List<? extends List<?>> rows) {
            if (rows.isEmpty()) {
                return new int[0];
            }
            List<ObjectNode> stmts = new ArrayList<>(rows.size());
            for (List<?> r : rows) {
                stmts.add(HranaWire.stmt(sql, r, false));
            }
            List<JsonNode> results = steps(stmts, "batch");
            int[] counts = new int[rows.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = HranaWire.affected(results.get(i));
            }
            return counts;
        }

        private JsonNode run(String sql, List<?> params, boolean wantRows, String what) {
            ObjectNode stmt = HranaWire.stmt(sql, params, wantRows);
            if (begun) {
                return result(send(List.of(HranaWire.execute(stmt)), what), 0, what);
            }
            return steps(List.of(stmt), what).get(0);
        }

        /** Runs statements as one batch, each only if the one before succeeded; the first one also begins the transaction. */
        private List<JsonNode> steps(List<ObjectNode> stmts, String what) {
            List<ObjectNode> all = new ArrayList<>(stmts.size() + 1);
            List<ObjectNode> conds = new ArrayList<>(stmts.size() + 1);
            boolean begin = !begun;
            if (begin) {
                all.add(HranaWire.stmt("BEGIN IMMEDIATE", List.of(), false));
                conds.add(null);
            }
            for (ObjectNode s : stmts) {
                conds.add(all.isEmpty() ? null : HranaWire.ok(all.size() - 1));
                all.add(s);
            }
            JsonNode batch = result(send(List.of(HranaWire.batch(all, conds)), what), 0, what);
            int first = begin ? 1 : 0;
            if (begin) {
                stepResults(batch, 0, 1, what);
                begun = true;
            }
            return stepResults(batch, first, all.size(), what);
        }

        private HranaHttp.Response send(List<ObjectNode> requests, String what) {
            if (ended) {
                throw new StorageException("the transaction already ended", "run statements of a transaction inside its work function only");
            }
            if (begun && baton == null) {
                throw new StorageException("the libSQL server closed the stream of this transaction", "nothing of it was committed; retry");
            }
            HranaHttp.Response resp = post(target, baton, requests, what);
            baton = resp.baton();
            target = resp.next();
            return resp;
        }

        void commit() {
            if (baton == null && !begun) {
                ended = true;
                return; // no statement ran: nothing to commit, no round trip
            }
            HranaHttp.Response resp = send(List.of(HranaWire.execute(HranaWire.stmt("COMMIT", List.of(), false)), HranaWire.close()), "commit");
            ended = true;
            result(resp, 0, "commit");
        }

        void rollbackQuietly(Throwable cause) {
            if (ended || baton == null) {
                ended = true;
                return; // never opened, or the server already closed it (which rolled it back)
            }
            try {
                send(List.of(HranaWire.execute(HranaWire.stmt("ROLLBACK", List.of(), false)), HranaWire.close()), "rollback");
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            } finally {
                ended = true;
            }
        }
    }
}
