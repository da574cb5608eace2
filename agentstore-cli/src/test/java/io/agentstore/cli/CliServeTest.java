package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code serve}: runs in a thread of the test JVM on a free port, answers, stops when interrupted. */
class CliServeTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "serve-test-token-0123456789";
    @TempDir
    Path dir;
    private Thread serving;
    private final AtomicInteger exit = new AtomicInteger(-1);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Starts {@code serve} with these arguments and returns its stdout once the first line is printed. */
    private String serve(Map<String, String> env, String... args) throws InterruptedException {
        serving = new Thread(() -> exit.set(AgentStoreCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, "agentstore")),
                "serve-under-test");
        serving.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String o = out.toString();
            if (o.contains("Press Ctrl-C") || o.startsWith("{") && o.contains("\n")) {
                return o;
            }
            if (!serving.isAlive()) {
                throw new AssertionError("serve ended with exit " + exit.get() + "\n" + o + err);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start in 60 s\n" + out + err);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (serving != null && serving.isAlive()) {
            serving.interrupt();
            serving.join(30_000);
            assertFalse(serving.isAlive(), "serve did not stop when interrupted");
            assertEquals(0, exit.get(), out + "\n" + err);
        }
    }

    private static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serveDemoOnAFreePort() throws Exception {
        String line = serve(Map.of(), "serve", "--demo", "--port", "0", "--json", "--url", "file:" + dir.resolve("serve.db"));
        JsonNode doc = Console.mapper().readTree(line);
        String url = doc.get("url").asText();
        assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/"), url);
        assertFalse(doc.get("tokenRequired").asBoolean());
        assertTrue(doc.get("demo").asBoolean());
        assertEquals(200, get(url + "ready", null).statusCode());
        HttpResponse<String> threads = get(url + "api/threads?resourceId=demo-user-ada", null);
        assertEquals(200, threads.statusCode(), threads.body());
        assertEquals(2, Console.mapper().readTree(threads.body()).get("total").asInt(), threads.body());
        assertEquals(5, Console.mapper().readTree(get(url + "api/threads", null).body()).get("total").asInt());
        assertEquals(7, Console.mapper().readTree(get(url + "api/workflow-runs", null).body()).get("total").asInt());
        assertEquals(200, get(url, null).statusCode());
    }

    @Test
    void humanOutputNamesTheUrlAndStore() throws Exception {
        String o = serve(Map.of(), "serve", "--port", "0", "--url", "memory:");
        assertTrue(o.contains("AgentStore Studio: http://127.0.0.1:"), o);
        assertTrue(o.contains("store    memory:"), o);
        assertTrue(o.contains("token    none"), o);
        assertFalse(o.contains("Loaded the demo data"), o);
    }

    @Test
    void tokenFromTheEnvironmentIsRequiredAndNeverPrinted() throws Exception {
        String o = serve(Map.of("AGENTSTORE_TOKEN", TOKEN), "serve", "--host", "0.0.0.0", "--port", "0", "--url", "memory:", "--json");
        JsonNode doc = Console.mapper().readTree(o);
        assertTrue(doc.get("tokenRequired").asBoolean());
        String url = doc.get("url").asText();
        assertTrue(url.startsWith("http://127.0.0.1:"), url);
        assertEquals(401, get(url + "api/threads", null).statusCode());
        assertEquals(200, get(url + "api/threads", TOKEN).statusCode());
        assertEquals(200, get(url + "health", null).statusCode());
        assertFalse(out.toString().contains(TOKEN));
        assertFalse(err.toString().contains(TOKEN));
    }

    @Test
    void tokenOptionIsNeverPrinted() throws Exception {
        String o = serve(Map.of(), "serve", "--token", TOKEN, "--port", "0", "--url", "memory:");
        assertTrue(o.contains("token    required"), o);
        assertFalse(o.contains(TOKEN), o);
    }

    @Test
    void nonLoopbackHostWithoutTokenIsRefused() {
        Cli.Result r = Cli.run("serve", "--host", "0.0.0.0", "--port", "0", "--url", "memory:");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--token"), r::toString);
        assertTrue(r.err().contains("0.0.0.0"), r::toString);
    }

    @Test
    void badPortIsAUsageError() {
        Cli.Result r = Cli.run("serve", "--port", "70000", "--url", "memory:");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("port"), r::toString);
    }

    @Test
    void portInUseFailsWithAHint() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Cli.Result r = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--url", "memory:");
            assertEquals(1, r.exit(), r::toString);
            assertTrue(r.err().contains("--port 0"), r::toString);
        }
    }
}
