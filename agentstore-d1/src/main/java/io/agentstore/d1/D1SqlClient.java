package io.agentstore.d1;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.config.Secrets;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.InvalidInputException;
import io.agentstore.error.StorageException;
import io.agentstore.sql.RowMapper;
import io.agentstore.sql.SqlClient;
import io.agentstore.sql.SqlSession;
import io.agentstore.sql.SqlStatement;
import io.agentstore.sql.StatementResult;

/**
 * {@link SqlClient} over D1's REST query route: {@code POST {endpoint}/accounts/{account}/d1/database/{db}/query}
 * with {@code Authorization: Bearer <token>} and either {@code {"sql", "params"}} or
 * {@code {"batch": [{"sql", "params"}, …]}}; the answer is Cloudflare's envelope
 * {@code {"success", "errors": [{"code", "message"}], "result": [{"results": [row objects], "meta": {"changes", …}}]}},
 * one result per statement.
 *
 * <p>Transactions: the REST API is stateless, so there is no transaction to hold open while
 * the caller reads and decides; {@link #interactiveTransactions()} is false and
 * {@link #inTransaction} refuses. What D1 does offer is the batch: its statements run in
 * order as one SQLite transaction, alone on the database, and a failing statement rolls back
 * the whole batch. {@link #atomic} maps to exactly that, and the SQL engine builds every
 * multi-statement operation on it (guards for preconditions, compare-and-set for
 * read-modify-writes; see {@code SqlMemoryStore}). A single statement is atomic on its own.
 */
final class D1SqlClient implements SqlClient {
    /** D1 ends a query after 30 s; the request gets that plus room for the network. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final D1Config cfg;
    private final HttpClient http;

    D1SqlClient(D1Config cfg) {
        this.cfg = cfg;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(cfg.connectTimeout());
        if ("http".equalsIgnoreCase(cfg.endpoint().getScheme())) {
            // Plain-HTTP test servers speak HTTP/1.1; an h2c upgrade attempt buys nothing there.
            b.version(HttpClient.Version.HTTP_1_1);
        }
        this.http = b.build();
    }

    @Override
    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        return rows(send("query", List.of(SqlStatement.query(sql, params, mapper))).get(0), mapper);
    }

    @Override
    public <T> List<T> write(String sql, List<?> params, RowMapper<T> mapper) {
        return rows(send("write", List.of(SqlStatement.query(sql, params, mapper))).get(0), mapper);
    }

    @Override
    public int update(String sql, List<?> params) {
        return changes(send("update", List.of(SqlStatement.update(sql, params))).get(0));
    }

    @Override
    public int[] batch(String sql, List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        List<SqlStatement> st = new ArrayList<>(rows.size());
        rows.forEach(p -> st.add(SqlStatement.update(sql, p)));
        List<JsonNode> results = send("batch", st);
        int[] out = new int[results.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = changes(results.get(i));
        }
        return out;
    }

    @Override
    public boolean interactiveTransactions() {
        return false;
    }

    @Override
    public List<StatementResult> atomic(List<SqlStatement> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        List<JsonNode> results = send("batch", statements);
        List<StatementResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            RowMapper<?> mapper = statements.get(i).mapper();
            out.add(new StatementResult(changes(results.get(i)), mapper == null ? List.of() : rows(results.get(i), mapper)));
        }
        return out;
    }

    /** Refused: see the class comment. The SQL engine never calls it on this client. */
    @Override
    public <T> T inTransaction(Function<SqlSession, T> work) {
        throw new UnsupportedOperationException("Cloudflare D1's REST API has no interactive transactions: use atomic(statements),"
                + " which D1 runs as one transaction");
    }

    @Override
    public void close() {
        // java.net.http.HttpClient has nothing to close before Java 21; its connections idle out.
    }

    private static <T> List<T> rows(JsonNode result, RowMapper<T> mapper) {
        JsonNode rows = result.path("results");
        List<T> out = new ArrayList<>(rows.size());
        for (JsonNode r : rows) {
            out.add(mapper.map(new JsonRow((ObjectNode) r)));
        }
        return out;
    }

    private static int changes(JsonNode result) {
        return result.path("meta").path("changes").asInt(0);
    }

    /** Sends one statement as {@code {"sql","params"}}, several as one atomic {@code {"batch":[…]}}; returns one result per statement. */
    private List<JsonNode> send(String what, List<SqlStatement> statements) {
        ObjectNode body = JSON.createObjectNode();
        if (statements.size() == 1) {
            fill(body, statements.get(0));
        } else {
            ArrayNode batch = body.putArray("batch");
            statements.forEach(s -> fill(batch.addObject(), s));
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new StorageException("could not encode the D1 request: " + e.getOriginalMessage(), "", e);
        }
        HttpRequest request = HttpRequest.newBuilder(cfg.queryUri())
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + cfg.apiToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw new ConnectionRefusedException("connecting to the D1 API at " + where() + " timed out after " + cfg.connectTimeout().toSeconds() + " s",
                    "check the network and the endpoint (?endpoint=); raise connectTimeout if the network is slow", e);
        } catch (HttpTimeoutException e) {
            throw new StorageException("the D1 " + what + " got no answer within " + REQUEST_TIMEOUT.toSeconds() + " s from " + where(),
                    "D1 stops queries after 30 s: make the query cheaper, or retry if Cloudflare is slow", e);
        } catch (ConnectException e) {
            throw new ConnectionRefusedException("cannot connect to the D1 API at " + where() + " (connection refused)",
                    "check the endpoint (?endpoint=, default " + D1Config.DEFAULT_ENDPOINT + ") and the network; a local test server must be running", e);
        } catch (IOException e) {
            throw new ConnectionRefusedException("the D1 API at " + where() + " could not be reached: " + Secrets.scrub(String.valueOf(e.getMessage()), cfg.apiToken()),
                    "check the endpoint (?endpoint=) and the network", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the D1 API", "", e);
        }
        return parse(what, response.statusCode(), response.body(), statements.size());
    }

    private String where() {
        return cfg.endpoint().toString();
    }

    private List<JsonNode> parse(String what, int status, byte[] body, int expected) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
            AgentStoreException mapped = D1Errors.translate(cfg, what, status, 0, "the answer is not Cloudflare's JSON envelope: " + text);
            if (status >= 400) {
                throw mapped;
            }
            throw new StorageException("the D1 API at " + where() + " answered HTTP " + status + " with something other than JSON: "
                    + Secrets.scrub(text, cfg.apiToken()), "check the endpoint (?endpoint=): it must be the API base URL, such as " + D1Config.DEFAULT_ENDPOINT);
        }
        JsonNode errors = root.path("errors");
        if (status >= 400 || !root.path("success").asBoolean(false) || errors.size() > 0) {
            JsonNode first = errors.size() > 0 ? errors.get(0) : JSON.createObjectNode();
            StringBuilder msg = new StringBuilder(first.path("message").asText(status >= 400 ? "HTTP " + status : "success=false"));
            for (int i = 1; i < errors.size(); i++) {
                msg.append("; ").append(errors.get(i).path("message").asText());
            }
            throw D1Errors.translate(cfg, what, status, first.path("code").asInt(0), msg.toString());
        }
        JsonNode result = root.path("result");
        if (!result.isArray() || result.size() != expected) {
            throw new StorageException("the D1 API answered " + result.size() + " results for " + expected + " statements", "");
        }
        List<JsonNode> out = new ArrayList<>(expected);
        result.forEach(out::add);
        return out;
    }

    private static void fill(ObjectNode target, SqlStatement s) {
        check(s);
        target.put("sql", s.sql());
        ArrayNode params = target.putArray("params");
        for (Object p : s.params()) {
            if (p == null) {
                params.addNull();
            } else if (p instanceof String str) {
                params.add(str);
            } else if (p instanceof Integer || p instanceof Long || p instanceof Short || p instanceof Byte) {
                params.add(((Number) p).longValue());
            } else if (p instanceof Number n) {
                params.add(n.doubleValue());
            } else if (p instanceof Boolean b) {
                params.add(b ? 1 : 0);
            } else {
                params.add(p.toString());
            }
        }
    }

    /** D1's statement limits, checked before sending so the error names the limit instead of a SQLite code. */
    private static void check(SqlStatement s) {
        if (s.params().size() > D1Provider.MAX_PARAMETERS) {
            throw new InvalidInputException("parameters", "a statement would bind " + s.params().size() + " parameters but Cloudflare D1 allows at most "
                    + D1Provider.MAX_PARAMETERS, "pass fewer ids or values per call");
        }
        if (s.sql().length() > D1Provider.MAX_STATEMENT_BYTES / 3 && s.sql().getBytes(StandardCharsets.UTF_8).length > D1Provider.MAX_STATEMENT_BYTES) {
            throw new InvalidInputException("sql", "a statement is longer than the " + D1Provider.MAX_STATEMENT_BYTES
                    + " bytes Cloudflare D1 allows", "pass fewer values per call");
        }
        for (Object p : s.params()) {
            if (p instanceof String str && (long) str.length() * 3 > D1Provider.MAX_VALUE_BYTES) {
                long bytes = str.getBytes(StandardCharsets.UTF_8).length;
                if (bytes > D1Provider.MAX_VALUE_BYTES) {
                    throw new InvalidInputException("value", "a value of " + bytes + " bytes is larger than the " + D1Provider.MAX_VALUE_BYTES
                            + " bytes Cloudflare D1 stores in one string, BLOB or row; nothing was written",
                            "keep large payloads outside the database (e.g. R2) and store a reference");
                }
            }
        }
    }
}
