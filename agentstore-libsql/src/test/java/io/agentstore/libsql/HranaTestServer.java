package io.agentstore.libsql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Hrana-over-HTTP server for tests, written from libSQL's published protocol
 * ({@code docs/HRANA_3_SPEC.md}, the JSON encoding of {@code v2}/{@code v3} pipelines): streams
 * identified by single-use batons, each stream its own SQLite connection (sqlite-jdbc) on one
 * database file; {@code execute}, {@code batch} with step conditions, {@code sequence},
 * {@code store_sql}/{@code close_sql} and {@code close}; typed values (integers as strings,
 * blobs as unpadded base64); statement errors as {@code {"message","code"}} with SQLite's primary
 * code name, as {@code sqld} reports them; a bearer-token check; idle streams expire.
 *
 * <p>Stream requests must come to the {@code base_url} the server hands out ({@code /s/…}), so a
 * client that ignores it fails. It is not Turso: no replication, no JWT, no protobuf, no cursors.
 */
final class HranaTestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STICKY = "/s";
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY each answer
        // waits out the client's delayed ACK (about 40 ms), which is not what a real server does.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hrana-test-server");
        t.setDaemon(true);
        return t;
    });
    private final String jdbcUrl;
    private final String token;
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final AtomicInteger pipelines = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> paths = new ConcurrentLinkedQueue<>();
    private volatile long streamIdleMillis = 10_000;
    private volatile boolean echoAuthorization;
    private volatile JsonNode lastBody;

    private HranaTestServer(Path database, String token) throws IOException {
        this.jdbcUrl = "jdbc:sqlite:" + database.toAbsolutePath();
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves the SQLite file {@code database}; requests must carry {@code Bearer <token>} unless the token is null. */
    static HranaTestServer start(Path database, String token) {
        try {
            return new HranaTestServer(database, token);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash. */
    String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Pipelines answered so far (HTTP round trips of the protocol). */
    int pipelines() {
        return pipelines.get();
    }

    /** Streams open now (each holds a connection). */
    int openStreams() {
        return streams.size();
    }

    /** Request paths seen, in order. */
    List<String> paths() {
        return new ArrayList<>(paths);
    }

    /** The body of the last pipeline request. */
    JsonNode lastBody() {
        return lastBody;
    }

    void streamIdleMillis(long ms) {
        streamIdleMillis = ms;
    }

    /** A misbehaving proxy: repeat the Authorization header it was sent in its 401 answers. */
    void echoAuthorization(boolean on) {
        echoAuthorization = on;
    }

    @Override
    public void close() {
        server.stop(0);
        streams.values().forEach(Stream::close);
        streams.clear();
        executor.shutdownNow();
    }

    // ---- HTTP --------------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath();
            paths.add(path);
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (token != null && !("Bearer " + token).equals(auth)) {
                drain(ex);
                String msg = "Unauthorized: the token is missing or invalid" + (echoAuthorization ? " (got " + auth + ")" : "");
                send(ex, 401, error(msg, "UNAUTHORIZED"));
                return;
            }
            boolean sticky = path.startsWith(STICKY + "/");
            String p = sticky ? path.substring(STICKY.length()) : path;
            String method = ex.getRequestMethod();
            if (method.equals("GET") && (p.equals("/") || p.equals("/v2") || p.equals("/v3"))) {
                drain(ex);
                sendText(ex, 200, "Hello, this is a Hrana over HTTP test server");
            } else if (method.equals("POST") && (p.equals("/v2/pipeline") || p.equals("/v3/pipeline"))) {
                pipeline(ex, sticky);
            } else {
                drain(ex);
                send(ex, 404, error("no such endpoint: " + method + " " + path, "NOT_FOUND"));
            }
        } catch (RuntimeException e) {
            send(ex, 500, error("internal error: " + e, "INTERNAL"));
        } finally {
            ex.close();
        }
    }

    private void pipeline(HttpExchange ex, boolean sticky) throws IOException {
        JsonNode body;
        try (InputStream in = ex.getRequestBody()) {
            body = JSON.readTree(in);
        } catch (IOException e) {
            sendText(ex, 400, "the body is not JSON: " + e.getMessage());
            return;
        }
        if (body == null || !body.isObject() || !body.path("requests").isArray()) {
            sendText(ex, 400, "the body is not a PipelineReqBody");
            return;
        }
        lastBody = body;
        pipelines.incrementAndGet();
        expireIdleStreams();
        JsonNode baton = body.get("baton");
        Stream stream;
        if (baton == null || baton.isNull()) {
            try {
                stream = new Stream(openConnection());
            } catch (SQLException e) {
                send(ex, 500, error("cannot open the database: " + e.getMessage(), "SQLITE_CANTOPEN"));
                return;
            }
        } else {
            stream = streams.remove(baton.asText());
            if (stream == null) {
                send(ex, 500, error("The stream has expired due to inactivity", "STREAM_EXPIRED"));
                return;
            }
            if (!sticky) {
                stream.close();
                send(ex, 400, error("a stream request must go to the base_url the server returned", "WRONG_BASE_URL"));
                return;
            }
        }
        ArrayNode results = JSON.createArrayNode();
        synchronized (stream) {
            for (JsonNode req : body.get("requests")) {
                results.add(stream.handle(req));
            }
            stream.lastUsed = System.currentTimeMillis();
        }
        ObjectNode resp = JSON.createObjectNode();
        if (stream.closed) {
            resp.putNull("baton");
        } else {
            String next = newBaton();
            streams.put(next, stream);
            resp.put("baton", next);
        }
        resp.put("base_url", url() + STICKY + "/");
        resp.set("results", results);
        send(ex, 200, resp);
    }

    private void expireIdleStreams() {
        long now = System.currentTimeMillis();
        streams.entrySet().removeIf(e -> {
            Stream s = e.getValue();
            if (now - s.lastUsed > streamIdleMillis) {
                s.close();
                return true;
            }
            return false;
        });
    }

    /** Expires every open stream now, as a server does with idle ones (their transactions roll back). */
    void expireAllStreams() {
        streams.values().forEach(Stream::close);
        streams.clear();
    }

    private Connection openConnection() throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(30_000);
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        return cfg.createConnection(jdbcUrl);
    }

    private static String newBaton() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static void drain(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] b = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static void sendText(HttpExchange ex, int status, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static ObjectNode error(String message, String code) {
        return JSON.createObjectNode().put("message", message).put("code", code);
    }

    // ---- streams -----------------------------------------------------------------------------

    /** A failed statement, reported in the protocol's Error shape. */
    private static final class StmtFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        StmtFailure(String message, String code) {
            super(message);
            this.code = code;
        }

        ObjectNode toJson() {
            return error(getMessage(), code);
        }
    }

    private static final class Stream {
        private final Connection conn;
        private final Map<Integer, String> sqls = new HashMap<>();
        volatile boolean closed;
        volatile long lastUsed = System.currentTimeMillis();

        Stream(Connection conn) {
            this.conn = conn;
        }

        void close() {
            closed = true;
            try {
                conn.close(); // an open transaction rolls back
            } catch (SQLException e) {
                // the stream is gone either way
            }
        }

        /** One StreamRequest → one StreamResult. */
        ObjectNode handle(JsonNode req) {
            String type = req.path("type").asText();
            ObjectNode result = JSON.createObjectNode();
            try {
                if (closed) {
                    throw new StmtFailure("the stream is closed", "STREAM_CLOSED");
                }
                ObjectNode response = JSON.createObjectNode().put("type", type);
                switch (type) {
                    case "close":
                        close();
                        break;
                    case "execute":
                        response.set("result", execute(req.path("stmt")));
                        break;
                    case "batch":
                        response.set("result", batch(req.path("batch").path("steps")));
                        break;
                    case "sequence":
                        sequence(sqlOf(req));
                        break;
                    case "store_sql":
                        sqls.put(req.path("sql_id").asInt(), req.path("sql").asText());
                        break;
                    case "close_sql":
                        sqls.remove(req.path("sql_id").asInt());
                        break;
                    default:
                        throw new StmtFailure("request type '" + type + "' is not supported by this server", "NOT_SUPPORTED");
                }
                result.put("type", "ok").set("response", response);
            } catch (StmtFailure f) {
                result.put("type", "error").set("error", f.toJson());
            }
            return result;
        }

        private String sqlOf(JsonNode n) throws StmtFailure {
            JsonNode sql = n.get("sql");
            if (sql != null && !sql.isNull()) {
                return sql.asText();
            }
            JsonNode id = n.get("sql_id");
            if (id != null && !id.isNull() && sqls.containsKey(id.asInt())) {
                return sqls.get(id.asInt());
            }
            throw new StmtFailure("the statement has neither sql nor a stored sql_id", "SQL_NOT_FOUND");
        }

        private void sequence(String sql) throws StmtFailure {
            try {
                conn.unwrap(SQLiteConnection.class).getDatabase()._exec(sql);
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        private ObjectNode execute(JsonNode stmt) throws StmtFailure {
            String sql = sqlOf(stmt);
            JsonNode args = stmt.path("args");
            if (stmt.path("named_args").size() > 0) {
                throw new StmtFailure("named arguments are not supported by this server", "ARGS_INVALID");
            }
            boolean wantRows = !stmt.has("want_rows") || stmt.get("want_rows").asBoolean(true);
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                int expected = ps.getParameterMetaData().getParameterCount();
                if (expected != args.size()) {
                    throw new StmtFailure("the statement expects " + expected + " arguments, got " + args.size(), "ARGS_INVALID");
                }
                for (int i = 0; i < args.size(); i++) {
                    bind(ps, i + 1, args.get(i));
                }
                org.sqlite.core.DB db = conn.unwrap(SQLiteConnection.class).getDatabase();
                long before = db.total_changes();
                ObjectNode out = JSON.createObjectNode();
                ArrayNode cols = out.putArray("cols");
                ArrayNode rows = out.putArray("rows");
                if (ps.execute()) {
                    try (ResultSet rs = ps.getResultSet()) {
                        ResultSetMetaData md = rs.getMetaData();
                        int n = md.getColumnCount();
                        for (int i = 1; i <= n; i++) {
                            cols.addObject().put("name", md.getColumnLabel(i)).putNull("decltype");
                        }
                        while (rs.next()) {
                            ArrayNode row = JSON.createArrayNode();
                            for (int i = 1; i <= n; i++) {
                                row.add(value(rs.getObject(i)));
                            }
                            if (wantRows) {
                                rows.add(row);
                            }
                        }
                    }
                }
                long affected = db.total_changes() - before;
                out.put("affected_row_count", affected);
                if (affected > 0) {
                    try (PreparedStatement last = conn.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = last.executeQuery()) {
                        out.put("last_insert_rowid", rs.next() ? String.valueOf(rs.getLong(1)) : null);
                    }
                } else {
                    out.putNull("last_insert_rowid");
                }
                return out;
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        private ObjectNode batch(JsonNode steps) throws StmtFailure {
            int n = steps.size();
            JsonNode[] results = new JsonNode[n];
            JsonNode[] errors = new JsonNode[n];
            for (int i = 0; i < n; i++) {
                JsonNode step = steps.get(i);
                JsonNode cond = step.get("condition");
                if (cond != null && !cond.isNull() && !holds(cond, results, errors, i)) {
                    continue;
                }
                try {
                    results[i] = execute(step.path("stmt"));
                } catch (StmtFailure f) {
                    errors[i] = f.toJson();
                }
            }
            ObjectNode out = JSON.createObjectNode();
            ArrayNode r = out.putArray("step_results");
            ArrayNode e = out.putArray("step_errors");
            for (int i = 0; i < n; i++) {
                r.add(results[i] == null ? JSON.nullNode() : results[i]);
                e.add(errors[i] == null ? JSON.nullNode() : errors[i]);
            }
            return out;
        }

        private static boolean holds(JsonNode cond, JsonNode[] results, JsonNode[] errors, int current) throws StmtFailure {
            String type = cond.path("type").asText();
            switch (type) {
                case "ok":
                case "error": {
                    int step = cond.path("step").asInt(-1);
                    if (step < 0 || step >= current) {
                        throw new StmtFailure("a condition refers to step " + step + ", which does not run before step " + current, "BATCH_COND_INVALID");
                    }
                    return type.equals("ok") ? results[step] != null : errors[step] != null;
                }
                case "not":
                    return !holds(cond.path("cond"), results, errors, current);
                case "and":
                    for (JsonNode c : cond.path("conds")) {
                        if (!holds(c, results, errors, current)) {
                            return false;
                        }
                    }
                    return true;
                case "or":
                    for (JsonNode c : cond.path("conds")) {
                        if (holds(c, results, errors, current)) {
                            return true;
                        }
                    }
                    return false;
                default:
                    throw new StmtFailure("condition type '" + type + "' is not supported by this server", "BATCH_COND_INVALID");
            }
        }

        private static void bind(PreparedStatement ps, int i, JsonNode v) throws SQLException, StmtFailure {
            String type = v.path("type").asText();
            switch (type) {
                case "null":
                    ps.setNull(i, Types.NULL);
                    break;
                case "integer": {
                    JsonNode value = v.get("value");
                    if (value == null || !value.isTextual()) {
                        throw new StmtFailure("an integer value must be a decimal string", "ARGS_INVALID");
                    }
                    try {
                        ps.setLong(i, Long.parseLong(value.asText()));
                    } catch (NumberFormatException e) {
                        throw new StmtFailure("'" + value.asText() + "' is not a 64-bit integer", "ARGS_INVALID");
                    }
                    break;
                }
                case "float":
                    ps.setDouble(i, v.path("value").asDouble());
                    break;
                case "text":
                    ps.setString(i, v.path("value").asText());
                    break;
                case "blob":
                    ps.setBytes(i, Base64.getDecoder().decode(v.path("base64").asText().replace("=", "")));
                    break;
                default:
                    throw new StmtFailure("unknown value type '" + type + "'", "ARGS_INVALID");
            }
        }

        private static ObjectNode value(Object o) {
            ObjectNode n = JSON.createObjectNode();
            if (o == null) {
                return n.put("type", "null");
            }
            if (o instanceof Integer || o instanceof Long) {
                return n.put("type", "integer").put("value", o.toString());
            }
            if (o instanceof Double || o instanceof Float) {
                return n.put("type", "float").put("value", ((Number) o).doubleValue());
            }
            if (o instanceof byte[] b) {
                return n.put("type", "blob").put("base64", Base64.getEncoder().withoutPadding().encodeToString(b));
            }
            return n.put("type", "text").put("value", o.toString());
        }

        /** As sqld reports a SQLite error: SQLite's own message and the primary result code's name. */
        private static StmtFailure failure(SQLException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            // sqlite-jdbc writes "[SQLITE_X] description (sqlite's message)"; keep SQLite's message only
            int close = msg.indexOf(']');
            int open = msg.indexOf('(', Math.max(close, 0));
            if (msg.startsWith("[") && close > 0 && open > 0 && msg.endsWith(")")) {
                msg = msg.substring(open + 1, msg.length() - 1);
            }
            String code = "SQLITE_UNKNOWN";
            if (e instanceof SQLiteException se) {
                SQLiteErrorCode primary = SQLiteErrorCode.getErrorCode(se.getResultCode().code & 0xff);
                code = primary.name();
            }
            return new StmtFailure("SQLite error: " + msg, code);
        }
    }
}
