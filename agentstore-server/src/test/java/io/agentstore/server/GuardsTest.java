package io.agentstore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agentstore.AgentStore;

/**
 * What holds for every route whatever the backend: the token rule, the body cap, media
 * types, cross-origin writes, the Host check, security headers, internal errors without
 * stack traces, and the Studio's static files. Runs on the in-memory store.
 */
class GuardsTest {
    private static final String TOKEN = "t0ken-" + "A".repeat(20);
    private AgentStore store;
    private AgentStoreServer server;

    private Http start(ServerConfig config) {
        store = AgentStore.open("memory:");
        store.init();
        server = new AgentStoreServer(store, config, "studio-test");
        return new Http(server.start(), null);
    }

    private Http start() {
        return start(ServerConfig.builder().port(0).build());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void tokenIsRequiredOnApiAndOpenApiOnly() {
        Http anonymous = start(ServerConfig.builder().port(0).token(TOKEN).build());
        anonymous.get("/api/threads").assertError(401, "UNAUTHORIZED", null);
        assertEquals("Bearer", anonymous.get("/api/status").header("WWW-Authenticate"));
        anonymous.get("/openapi.json").assertError(401, "UNAUTHORIZED", null);
        anonymous.post("/api/threads", "{\"resourceId\":\"r\"}").assertError(401, "UNAUTHORIZED", null);
        anonymous.get("/api/nothing").assertError(401, "UNAUTHORIZED", null);
        anonymous.withToken(TOKEN + "x").get("/api/threads").assertError(401, "UNAUTHORIZED", null);
        anonymous.withToken(TOKEN.substring(1)).get("/api/threads").assertError(401, "UNAUTHORIZED", null);
        anonymous.send(anonymous.request("/api/threads").header("Authorization", "Basic " + TOKEN)).assertError(401, "UNAUTHORIZED", null);
        anonymous.send(anonymous.request("/api/threads").header("Authorization", "Bearer")).assertError(401, "UNAUTHORIZED", null);

        anonymous.get("/health").assertStatus(200);
        anonymous.get("/ready").assertStatus(200);
        anonymous.get("/").assertStatus(200);
        anonymous.get("/assets/app.js").assertStatus(200);

        Http authed = anonymous.withToken(TOKEN);
        authed.get("/api/threads").assertStatus(200);
        authed.get("/openapi.json").assertStatus(200);
        authed.post("/api/threads", "{\"resourceId\":\"r\"}").assertStatus(201);
        authed.send(authed.request("/api/threads").header("Authorization", "bearer " + TOKEN)).assertStatus(200);
    }

    @Test
    void tokenNeverAppearsInAnswers() {
        Http authed = start(ServerConfig.builder().port(0).token(TOKEN).build()).withToken(TOKEN);
        for (String path : new String[] {"/api/status", "/openapi.json", "/api/threads/x", "/api/nothing"}) {
            assertFalse(authed.get(path).body().contains(TOKEN), path);
        }
        assertFalse(authed.withToken("wrong").get("/api/status").body().contains(TOKEN));
    }

    @Test
    void bodiesOverTheCapAre413BeforeReading() {
        Http http = start(ServerConfig.builder().port(0).maxBodyBytes(4096).build());
        String big = "{\"resourceId\":\"r\",\"title\":\"" + "x".repeat(5000) + "\"}";
        http.post("/api/threads", big).assertError(413, "PAYLOAD_TOO_LARGE", null);
        // without Content-Length (chunked) the read itself stops at the cap
        http.send(http.request("/api/threads").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))))
                .assertError(413, "PAYLOAD_TOO_LARGE", null);
        http.post("/api/threads", "{\"resourceId\":\"r\",\"title\":\"" + "x".repeat(3000) + "\"}").assertStatus(201);
        assertEquals(1, http.get("/api/threads").json().get("total").asInt());
    }

    @Test
    void defaultCapAllowsMultiMegabyteBodies() {
        Http http = start();
        http.post("/api/threads", "{\"id\":\"t\",\"resourceId\":\"r\"}").assertStatus(201);
        String text = "y".repeat(6 * 1024 * 1024);
        http.post("/api/threads/t/messages", "{\"messages\":[{\"role\":\"user\",\"text\":\"" + text + "\"}]}").assertStatus(201);
        String over = "z".repeat(9 * 1024 * 1024);
        http.post("/api/threads/t/messages", "{\"messages\":[{\"role\":\"user\",\"text\":\"" + over + "\"}]}")
                .assertError(413, "PAYLOAD_TOO_LARGE", null);
    }

    @Test
    void nonJsonBodiesAre415AndMalformedJson400() {
        Http http = start();
        http.send(http.request("/api/threads").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")))
                .assertError(415, "UNSUPPORTED_MEDIA_TYPE", null);
        http.send(http.request("/api/threads").POST(HttpRequest.BodyPublishers.ofString("{}")))
                .assertError(415, "UNSUPPORTED_MEDIA_TYPE", null);
        http.send(http.request("/api/threads").header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceId\":\"r\"}"))).assertStatus(201);
        for (String bad : new String[] {"{", "{\"a\":}", "nul", "{'a':1}", "[1,2", "\"just a string\"", "42", "{\"resourceId\":\"r\",}"}) {
            http.post("/api/threads", bad).assertError(400, "INVALID_INPUT", "body");
        }
        http.send(http.request("/api/threads").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'a', (byte) 0xC3, '"', ':', '1', '}'})))
                .assertError(400, "INVALID_INPUT", "body");
    }

    @Test
    void crossOriginWritesAreRefused() {
        Http http = start();
        String self = "http://" + http.base().getHost() + ":" + http.base().getPort();
        http.send(http.request("/api/threads").header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceId\":\"r\"}"))).assertError(403, "FORBIDDEN", null);
        http.send(http.request("/api/threads/x").header("Origin", "null").DELETE()).assertError(403, "FORBIDDEN", null);
        http.send(http.request("/api/threads").header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceId\":\"r\"}"))).assertError(403, "FORBIDDEN", null);
        http.send(http.request("/api/threads").header("Content-Type", "application/json").header("Origin", self)
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString("{\"resourceId\":\"r\"}"))).assertStatus(201);
        // reads are not writes; no CORS headers, so a browser would not let the other page read the answer
        Http.Res read = http.send(http.request("/api/threads").header("Origin", "https://evil.example"));
        read.assertStatus(200);
        assertNull(read.header("Access-Control-Allow-Origin"));
        assertEquals(1, http.get("/api/threads").json().get("total").asInt());
    }

    @Test
    void loopbackServerAnswersOnlyLoopbackHostNames() throws IOException {
        Http http = start();
        assertTrue(raw(http.base(), "GET /health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 403"));
        assertTrue(raw(http.base(), "GET /api/threads HTTP/1.1\r\nHost: attacker.test:" + http.base().getPort()
                + "\r\nConnection: close\r\n\r\n").contains("FORBIDDEN"));
        assertTrue(raw(http.base(), "GET /health HTTP/1.1\r\nHost: localhost:" + http.base().getPort() + "\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200"));
        assertTrue(raw(http.base(), "GET /health HTTP/1.1\r\nHost: [::1]\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
    }

    private static String raw(URI base, String request) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void securityHeadersOnEveryAnswer() {
        Http http = start();
        for (Http.Res r : new Http.Res[] {http.get("/health"), http.get("/api/threads"), http.get("/api/threads/none"), http.get("/"),
                http.get("/assets/app.js"), http.get("/api/nothing"), http.get("/api/threads?page=x")}) {
            assertEquals("nosniff", r.header("X-Content-Type-Options"), r.body());
            assertEquals("no-referrer", r.header("Referrer-Policy"));
            assertTrue(r.header("Content-Security-Policy").contains("default-src 'self'"));
            assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertNull(r.header("Server"));
        }
        Http.Res jetty = http.get("/api/threads/a%00b");
        assertEquals("nosniff", jetty.header("X-Content-Type-Options"), jetty.body());
    }

    @Test
    void internalErrorsCarryAReferenceAndNoStackTrace() {
        Http http = start();
        store.close(); // every call now fails inside the store
        Http.Res r = http.get("/api/status");
        assertEquals(500, r.status(), r.body());
        r.assertNoStackTrace();
        String ref = r.json().get("error").get("reference").asText();
        assertTrue(ref.matches("[0-9a-f-]{36}"), r.body());
        assertTrue(r.json().get("error").get("message").asText().contains(ref));
        assertEquals("INTERNAL", r.json().get("error").get("code").asText());
    }

    @Test
    void readyIs503WhenTheStoreIsGone(@TempDir Path dir) {
        store = AgentStore.open("file:" + dir.resolve("gone.db"));
        store.init();
        server = new AgentStoreServer(store, ServerConfig.builder().port(0).build(), "studio-test");
        Http http = new Http(server.start(), null);
        http.get("/ready").assertStatus(200);
        store.close(); // the pool is closed: every query fails
        Http.Res ready = http.get("/ready");
        assertEquals(503, ready.status(), ready.body());
        assertEquals("unavailable", ready.json().get("status").asText());
        assertFalse(ready.json().get("reason").asText().isBlank());
        ready.assertNoStackTrace();
        Http.Res list = http.get("/api/threads");
        assertTrue(list.status() == 500 || list.status() == 503, list.body());
        list.assertNoStackTrace();
        assertFalse(list.body().contains(dir.toString()) && list.status() == 500, list.body());
    }

    @Test
    void studioFilesWithContentTypesAndBrowserRoutes() {
        Http http = start();
        Http.Res index = http.get("/").assertStatus(200);
        assertTrue(index.body().contains("studio-test-index"), index.body());
        assertTrue(index.header("Content-Type").startsWith("text/html"), index.header("Content-Type"));
        assertEquals("no-cache", index.header("Cache-Control"));
        Http.Res js = http.get("/assets/app.js").assertStatus(200);
        assertTrue(js.header("Content-Type").contains("javascript"), js.header("Content-Type"));
        assertTrue(js.body().contains("loaded"));
        assertTrue(http.get("/assets/app.css").assertStatus(200).header("Content-Type").startsWith("text/css"));
        Http.Res route = http.get("/threads/some-thread").assertStatus(200);
        assertTrue(route.body().contains("studio-test-index"));
        http.get("/assets/missing.js").assertError(404, "NOT_FOUND", null);
        http.get("/api/nothing").assertError(404, "NOT_FOUND", null);
        http.post("/threads/x", "{}").assertError(404, "NOT_FOUND", null);
    }

    @Test
    void withoutStudioFilesTheRootPointsAtTheApi() {
        store = AgentStore.open("memory:");
        server = new AgentStoreServer(store, ServerConfig.builder().port(0).build(), "no-such-folder");
        Http http = new Http(server.start(), null);
        Http.Res root = http.get("/").assertStatus(200);
        assertTrue(root.body().contains("/openapi.json"), root.body());
        http.get("/api/threads").assertStatus(200);
    }

    @Test
    void startReportsTheBoundPortAndRefusesASecondStart() {
        Http http = start();
        assertTrue(server.port() > 0);
        assertEquals(server.uri(), http.base());
        assertEquals("127.0.0.1", http.base().getHost());
        assertNotNull(server.config());
        try {
            server.start();
            throw new AssertionError("a second start must fail");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("already started"));
        }
        server.close();
        server.close(); // idempotent
    }
}
