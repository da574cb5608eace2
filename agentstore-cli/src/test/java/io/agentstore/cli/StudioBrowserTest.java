package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.tck.RequiredServer;

/**
 * The Studio in a real browser: starts {@code agentstore serve --demo} in this JVM on a free
 * port over a fresh SQLite file ({@code target/studio-browser/studio.db}), then runs {@code src/test/browser/studio.spec.mjs} with Node,
 * which drives headless Chromium through playwright-core and saves screenshots under
 * {@code target/studio-screenshots/}.
 *
 * <p>Needs Node with npm (the test runs {@code npm ci} in {@code src/test/browser} when
 * playwright-core is not installed yet) and Chromium ({@code /usr/bin/chromium} or env {@code CHROMIUM}). Without them the test is skipped with a loud message, except under
 * {@code CI=true}, where that is a failure ({@link RequiredServer#missing}); {@code .ci/run}
 * installs all three.
 */
class StudioBrowserTest {
    private static final Path BROWSER_DIR = Path.of("src", "test", "browser");
    private static final Path SCREENSHOTS = Path.of("target", "studio-screenshots");
    private static final Path DB_DIR = Path.of("target", "studio-browser");
    private static final long SPEC_TIMEOUT_SECONDS = 240;
    private static final long SERVER_START_MILLIS = 60_000;

    @Test
    void studioWorksInChromium() throws Exception {
        requireTools();
        // a relative file, so that the masked URL in the header (and in the screenshots) names no local path
        Path db = DB_DIR.resolve("studio.db");
        Files.createDirectories(DB_DIR);
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        String url = "file:./" + db.toString().replace('\\', '/');
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = {-1};
        Thread server = new Thread(() -> exit[0] = AgentStoreCli.run(
                new String[] {"serve", "--demo", "--port", "0", "--url", url, "--json"},
                new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), "agentstore"), "studio-test-serve");
        server.setDaemon(true);
        server.start();
        try {
            String base = awaitBaseUrl(server, out, err);
            System.out.println("[StudioBrowserTest] Studio at " + base + "; running studio.spec.mjs");
            int code = runSpec(base);
            assertEquals(0, code, "studio.spec.mjs failed (its output is above; screenshots in " + SCREENSHOTS.toAbsolutePath() + ")");
        } finally {
            // serve waits for Ctrl-C; an interrupt is how an embedding program stops it
            server.interrupt();
            server.join(15_000);
        }
        assertEquals(AgentStoreCli.EXIT_OK, exit[0], () -> "serve did not stop cleanly:\n" + out + err);
    }

    /** Node, the installed playwright-core and a Chromium binary, or a skip (a failure under CI). */
    private static void requireTools() {
        String node = probe(List.of("node", "--version"));
        if (node == null) {
            RequiredServer.missing("Studio browser", "Node.js is not on the PATH (needed to run src/test/browser/studio.spec.mjs)");
        }
        if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules").resolve("playwright-core"))) {
            // installed on first run, as the D1 tests install miniflare, so that ./mvnw verify needs no manual step
            String failure = npmCi();
            if (failure != null) {
                RequiredServer.missing("Studio browser", "playwright-core could not be installed with npm ci in src/test/browser: " + failure);
            }
        }
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            RequiredServer.missing("Studio browser", "Chromium is not at " + chromium
                    + " (install Debian's chromium package, or set CHROMIUM to a Chromium or Chrome binary)");
        }
    }

    /** Runs {@code npm ci} in the browser folder; returns null when it worked, else why not (with the output's tail). */
    private static String npmCi() {
        System.err.println("Studio browser test: installing playwright-core with npm ci in " + BROWSER_DIR + " (first run only) ...");
        try {
            String npm = System.getProperty("os.name", "").toLowerCase().contains("win") ? "npm.cmd" : "npm";
            Process p = new ProcessBuilder(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error").directory(BROWSER_DIR.toFile())
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "npm ci did not finish within 600 s";
            }
            return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + output.substring(Math.max(0, output.length() - 2000));
        } catch (IOException e) {
            return "npm cannot run (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The first line of a command's output, or null if it cannot run. */
    private static String probe(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? first : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** serve --json prints one line with its URL once it listens. */
    private static String awaitBaseUrl(Thread server, StringWriter out, StringWriter err) throws Exception {
        long deadline = System.currentTimeMillis() + SERVER_START_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            String text = out.toString();
            int nl = text.indexOf('\n');
            if (nl > 0) {
                JsonNode doc = Console.mapper().readTree(text.substring(0, nl));
                assertTrue(doc.path("demo").asBoolean(), () -> "serve --demo did not load the demo: " + text);
                return doc.get("url").asText();
            }
            if (!server.isAlive()) {
                fail("serve ended before it listened:\n" + out + err);
            }
            Thread.sleep(50);
        }
        fail("serve did not print its URL within " + SERVER_START_MILLIS + " ms:\n" + out + err);
        return null;
    }

    private static int runSpec(String base) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Process p = new ProcessBuilder("node", "studio.spec.mjs", base, SCREENSHOTS.toAbsolutePath().toString())
                .directory(BROWSER_DIR.toFile())
                .redirectErrorStream(true)
                .start();
        // stream the spec's progress as it happens, so a hang shows where it hangs
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    System.out.println("[studio.spec] " + line);
                }
            } catch (IOException e) {
                System.out.println("[studio.spec] (output ended: " + e.getMessage() + ")");
            }
        }, "studio-spec-output");
        pump.setDaemon(true);
        pump.start();
        if (!p.waitFor(SPEC_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("studio.spec.mjs did not finish within " + SPEC_TIMEOUT_SECONDS + " s");
        }
        pump.join(5_000);
        return p.exitValue();
    }
}
