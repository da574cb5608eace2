package io.agentstore.libsql;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.config.Secrets;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.SslException;
import io.agentstore.error.StorageException;

/**
 * Posts Hrana pipelines to a libSQL server ({@code POST <base>/v2/pipeline}) and turns every
 * failure of the exchange itself (network, TLS, HTTP status) into an AgentStore error with a hint.
 * Errors of single statements come back inside a successful response and are not handled here.
 * The token goes only into the {@code Authorization} header, never into a message.
 */
final class HranaHttp {
    static final String PIPELINE_PATH = "v2/pipeline";

    private final HttpClient http;
    private final URI pipeline;
    private final String display;
    private final String token;
    private final Duration requestTimeout;

    /** One answer: the stream's next baton (null once the server closed it), where to send the next request, the results. */
    record Response(String baton, URI next, List<JsonNode> results) {
    }

    /**
     * @param base           the server's base URL, ending with {@code /}
     * @param display        the URL to show in messages (masked)
     * @param token          the auth token, or null
     */
    HranaHttp(URI base, String display, String token, Duration connectTimeout, Duration requestTimeout) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
        if ("http".equals(base.getScheme())) {
            // Plain-HTTP local servers (sqld, turso dev) need no h2c upgrade dance on every connection.
            b.version(HttpClient.Version.HTTP_1_1);
        }
        this.http = b.build();
        this.pipeline = base.resolve(PIPELINE_PATH);
        this.display = display;
        this.token = token == null || token.isBlank() ? null : token.trim();
        this.requestTimeout = requestTimeout;
    }

    /** Where a new stream starts. */
    URI pipeline() {
        return pipeline;
    }

    String display() {
        return display;
    }

    /** Posts one pipeline body to {@code target}; {@code what} names the operation in errors. */
    Response post(URI target, byte[] body, String what) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(target).timeout(requestTimeout)
                .header("Content-Type", "application/json").header("User-Agent", "agentstore-java")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            rb.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> resp;
        try {
            resp = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw networkError(e, what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the libSQL server at " + display, "", e);
        }
        if (resp.statusCode() != 200) {
            throw httpError(resp.statusCode(), resp.body(), what);
        }
        JsonNode root;
        try {
            root = HranaWire.JSON.readTree(resp.body());
        } catch (IOException e) {
            throw new StorageException("the libSQL server at " + display + " answered " + what + " with something that is not Hrana JSON: "
                    + excerpt(resp.body()), "check that the URL points at a libSQL server (Turso, sqld, turso dev)", null);
        }
        List<JsonNode> results = new ArrayList<>();
        root.path("results").forEach(results::add);
        JsonNode baton = root.get("baton");
        JsonNode baseUrl = root.get("base_url");
        URI next = target;
        if (baseUrl != null && !baseUrl.isNull() && !baseUrl.asText().isEmpty()) {
            String u = baseUrl.asText();
            next = URI.create(u.endsWith("/") ? u : u + "/").resolve(PIPELINE_PATH);
        }
        return new Response(baton == null || baton.isNull() ? null : baton.asText(), next, results);
    }

    private AgentStoreException networkError(IOException e, String what) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof SSLException) {
                break;
            }
            root = root.getCause();
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new ConnectionRefusedException("timed out connecting to the libSQL server at " + display,
                    "is the host reachable from here (firewall, VPN, proxy)? raise connectTimeout if the network is slow", e);
        }
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
            return new ConnectionRefusedException("the host of the libSQL server at " + display + " cannot be resolved",
                    "check the host name in the URL; 'turso db show <database> --url' prints the right one", e);
        }
        if (e instanceof ConnectException || root instanceof ConnectException) {
            return new ConnectionRefusedException("cannot connect to the libSQL server at " + display + ": connection refused",
                    "is the server running? check host and port in the URL; a local 'turso dev' or sqld listens on http://127.0.0.1:8080 by default", e);
        }
        if (root instanceof SSLException || e instanceof SSLException) {
            return new SslException("TLS with the libSQL server at " + display + " failed: " + scrub(root.getMessage()),
                    "a local server without TLS needs an http:// URL (or libsql://…?tls=0); otherwise check the server's certificate", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new StorageException("the libSQL server at " + display + " did not answer " + what + " within " + requestTimeout.toSeconds() + " s",
                    "the server is overloaded or the network is slow; retry", e);
        }
        return new StorageException("the exchange with the libSQL server at " + display + " failed during " + what + ": " + scrub(String.valueOf(e.getMessage())),
                "check the network; retry", e);
    }

    private AgentStoreException httpError(int status, byte[] body, String what) {
        String detail = excerpt(body);
        if (status == 401 || status == 403) {
            String msg = "the libSQL server at " + display + " refused " + (token == null ? "the request: no auth token was given" : "the auth token")
                    + " (HTTP " + status + (detail.isEmpty() ? "" : ": " + detail) + ")";
            String hint = token == null
                    ? "pass a token as ?authToken=… in the URL, with StoreOptions.builder().authToken(…), or in TURSO_AUTH_TOKEN;"
                            + " create one with 'turso db tokens create <database>'"
                    : "the token is wrong, expired, or for another database: create a new one with 'turso db tokens create <database>'"
                            + " and pass it as ?authToken=…, StoreOptions.authToken(…) or TURSO_AUTH_TOKEN";
            return new AuthenticationFailedException(msg, hint);
        }
        if (status == 404) {
            return new DatabaseNotFoundException("no libSQL database answers at " + display + " (HTTP 404" + (detail.isEmpty() ? "" : ": " + detail) + ")",
                    "check the database URL: 'turso db show <database> --url' prints it, and 'turso db create <database>' creates a missing one");
        }
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("stream_expired") || lower.contains("expired due to inactivity") || lower.contains("baton")) {
            return new StorageException("the libSQL server closed the stream of this transaction during " + what + " (HTTP " + status + ": " + detail + ")",
                    "a transaction stayed idle too long on the server, or the server restarted; nothing of it was committed; retry");
        }
        return new StorageException("the libSQL server at " + display + " failed " + what + " (HTTP " + status + (detail.isEmpty() ? "" : ": " + detail) + ")",
                status >= 500 ? "the server had a problem; retry, and check its status page or logs if it persists"
                        : "the server rejected the request; check that the URL points at a libSQL server that speaks Hrana over HTTP");
    }

    /** The error of a body: Hrana's {@code {"message","code"}}, a {@code {"error": …}} document, or the first characters of the text. */
    private String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8).trim();
        try {
            JsonNode n = HranaWire.JSON.readTree(text);
            if (n != null && n.isObject()) {
                if (n.has("message")) {
                    JsonNode code = n.get("code");
                    text = n.get("message").asText() + (code == null || code.isNull() ? "" : " [" + code.asText() + "]");
                } else if (n.has("error")) {
                    JsonNode err = n.get("error");
                    text = err.isObject() ? err.path("message").asText(err.toString()) : err.asText();
                }
            }
        } catch (IOException | RuntimeException notJson) {
            // plain text or HTML from a proxy: shown as it is, shortened
        }
        text = text.replaceAll("\\s+", " ");
        return scrub(text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    String scrub(String s) {
        return Secrets.scrub(s, token);
    }
}
