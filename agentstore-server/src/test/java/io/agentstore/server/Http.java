package io.agentstore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A small client for the API tests: JSON in, status + headers + parsed JSON out. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    Http(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    Http withToken(String newToken) {
        return new Http(base, newToken);
    }

    URI base() {
        return base;
    }

    /** One answer. {@code json()} parses the body; tests assert the error shape through {@link #assertError}. */
    record Res(int status, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JsonCodec.MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + raw.body(), e);
            }
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** Asserts the status, the error code and (when not null) the field, and that no stack trace leaked. */
        JsonNode assertError(int expectedStatus, String code, String field) {
            assertEquals(expectedStatus, status, raw.body());
            assertNoStackTrace();
            JsonNode err = json().get("error");
            assertNotNull(err, raw.body());
            assertEquals(code, err.path("code").asText(), raw.body());
            assertFalse(err.path("message").asText().isBlank(), raw.body());
            if (field != null) {
                assertEquals(field, err.path("field").asText(null), raw.body());
            }
            return err;
        }

        Res assertStatus(int expected) {
            assertEquals(expected, status, raw.body());
            return this;
        }

        void assertNoStackTrace() {
            String b = raw.body();
            assertFalse(b.contains("\tat ") || b.contains("at io.") || b.contains("at java.") || b.contains("Exception:")
                    || b.contains(".java:"), "stack trace in body: " + b);
        }
    }

    /** A path segment, percent-encoded (space as %20, slash as %2F). */
    static String seg(String id) {
        // "." and ".." would be resolved away as path steps by any URI library: encode their dots
        if (id.equals(".") || id.equals("..")) {
            return id.replace(".", "%2E");
        }
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code ?a=1&b=2} from name/value pairs, values encoded. */
    static String query(String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    Res get(String path) {
        return send(request(path).GET());
    }

    Res delete(String path) {
        return send(request(path).DELETE());
    }

    Res post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Res put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Res patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Res(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
