package io.agentstore.d1;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agentstore.tck.RequiredServer;

/**
 * Cloudflare's local D1 for the tests: {@code src/test/d1-server} (a worker serving D1's REST
 * query route over a real D1 binding, run by miniflare/workerd) started once per JVM on an
 * ephemeral port of 127.0.0.1, and stopped when the JVM exits. Its npm packages are installed
 * from the registry with {@code npm ci} on first use and kept in that directory's
 * {@code node_modules} (ignored by git) until {@code package-lock.json} changes.
 *
 * <p>Without Node 20+ and npm, or when the install fails: with {@code CI=true} the tests fail;
 * otherwise they are skipped with a loud message on stderr.
 */
final class D1TestServer {
    /** The account of the test route: 32 hex digits, like a real account id. */
    static final String ACCOUNT = UUID.randomUUID().toString().replace("-", "");
    static final String TOKEN = "test-token-" + UUID.randomUUID();
    /** Empty databases, one per test class that needs its own. */
    static final String TCK_DB = UUID.randomUUID().toString();
    static final String BACKEND_DB = UUID.randomUUID().toString();
    static final String PREFIX_DB = UUID.randomUUID().toString();
    private static final List<String> DATABASES = List.of(TCK_DB, BACKEND_DB, PREFIX_DB);

    private static D1TestServer instance;
    private static String unavailable;

    private final Process process;
    private final String origin;

    private D1TestServer(Process process, String origin) {
        this.process = process;
        this.origin = origin;
    }

    /** The running server, started on first use; fails (CI) or skips the calling tests when it cannot run. */
    static synchronized D1TestServer get() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (Unavailable e) {
                unavailable = e.getMessage();
            }
        }
        if (instance == null) {
            // the one rule for every required server: a failure under CI=true, a loud skip elsewhere
            RequiredServer.missing("D1", "Cloudflare's local D1 (miniflare) cannot run (install Node 20+ with npm): " + unavailable);
        }
        return instance;
    }

    /** The API base URL, e.g. {@code http://127.0.0.1:41234/client/v4}. */
    String endpoint() {
        return origin + "/client/v4";
    }

    /** A store URL for {@code database}, with the test token and {@code extra} parameters ({@code tablePrefix=dev_}). */
    String url(String database, String... extra) {
        StringBuilder sb = new StringBuilder("d1://").append(ACCOUNT).append('/').append(database)
                .append("?endpoint=").append(endpoint()).append("&apiToken=").append(TOKEN);
        for (String e : extra) {
            sb.append('&').append(e);
        }
        return sb.toString();
    }

    private static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    private static D1TestServer start() throws Unavailable {
        Path dir = moduleDir().resolve("src/test/d1-server");
        Path target = moduleDir().resolve("target");
        String nodeVersion = run(dir, target.resolve("d1-node-version.log"), 30, "node", "--version");
        int major;
        try {
            major = Integer.parseInt(nodeVersion.trim().replaceFirst("^v", "").split("\\.")[0]);
        } catch (NumberFormatException e) {
            throw new Unavailable("cannot read the Node version from '" + nodeVersion.trim() + "'");
        }
        if (major < 20) {
            throw new Unavailable("Node " + nodeVersion.trim() + " is too old: miniflare needs Node 20 or newer");
        }
        run(dir, target.resolve("d1-npm-version.log"), 30, npm(), "--version");
        install(dir, target);
        ProcessBuilder pb = new ProcessBuilder("node", "server.mjs").directory(dir.toFile());
        pb.environment().put("D1_TEST_TOKEN", TOKEN);
        pb.environment().put("D1_TEST_ACCOUNT", ACCOUNT);
        pb.environment().put("D1_TEST_DATABASES", String.join(",", DATABASES));
        File log = target.resolve("d1-server.log").toFile();
        pb.redirectError(ProcessBuilder.Redirect.to(log));
        Process p;
        try {
            Files.createDirectories(target);
            p = pb.start();
        } catch (IOException e) {
            throw new Unavailable("cannot start node server.mjs: " + e.getMessage());
        }
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = firstLine.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            line = null;
        }
        if (line == null) {
            p.destroyForcibly();
            // A server that does not come up once Node and its packages are there is a real failure, not a missing tool.
            Assertions.fail("the D1 test server did not start within 120 s; its log " + log + ":\n" + tail(log.toPath()));
        }
        String origin;
        try {
            origin = new ObjectMapper().readTree(line).path("url").asText();
        } catch (IOException e) {
            p.destroyForcibly();
            throw new AssertionError("the D1 test server printed '" + line + "' instead of its URL", e);
        }
        D1TestServer server = new D1TestServer(p, origin);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "d1-test-server-stop"));
        return server;
    }

    /** Closing its standard input makes the server dispose miniflare (and workerd) and exit. */
    private void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }
        } catch (IOException | InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** {@code npm ci}, unless node_modules already holds exactly what package-lock.json names. */
    private static void install(Path dir, Path target) throws Unavailable {
        Path lock = dir.resolve("package-lock.json");
        Path stamp = dir.resolve("node_modules/.agentstore-installed");
        String want;
        try {
            want = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(lock)));
            if (Files.isRegularFile(stamp) && Files.readString(stamp).trim().equals(want)) {
                return;
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + lock, e);
        }
        System.err.println("D1 tests: installing miniflare with npm ci in " + dir + " (first run only) ...");
        run(dir, target.resolve("d1-npm-ci.log"), 600, npm(), "ci", "--no-audit", "--no-fund", "--loglevel=error");
        try {
            Files.writeString(stamp, want + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + stamp, e);
        }
    }

    private static String npm() {
        return System.getProperty("os.name", "").toLowerCase().contains("win") ? "npm.cmd" : "npm";
    }

    /** Runs a command to its end; returns its output, or throws {@link Unavailable} with the output's tail. */
    private static String run(Path dir, Path logFile, int timeoutSeconds, String... command) throws Unavailable {
        try {
            Files.createDirectories(logFile.getParent());
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new Unavailable(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s (log: " + logFile + ")");
            }
            String out = Files.readString(logFile);
            if (p.exitValue() != 0) {
                throw new Unavailable(String.join(" ", command) + " failed with exit code " + p.exitValue() + ":\n" + tail(logFile));
            }
            return out;
        } catch (IOException e) {
            throw new Unavailable("'" + command[0] + "' is not installed or cannot run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while running " + String.join(" ", command));
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
    }
}
