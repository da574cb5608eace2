package io.agentstore.tck;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PostgreSQL primary with a streaming replica, for tests that need what the shared
 * test server cannot give: a replica, or password authentication (the pair's TCP logins need
 * {@link #PASSWORD}). Made once per test JVM by the bundled {@code pg-replica-pair.sh} from the
 * installed server binaries ({@code initdb}, {@code pg_basebackup}) on two free ports, and
 * removed when the JVM exits; the machine's own cluster is never touched.
 * {@code AGENTSTORE_TEST_POSTGRES_PRIMARY_URL} and {@code AGENTSTORE_TEST_POSTGRES_REPLICA_URL}
 * name an existing pair instead. Missing binaries fail the suite under CI and skip it loudly
 * elsewhere ({@link RequiredServer#missing}).
 *
 * <pre>{@code
 * ScratchPostgres.Pair pg = ScratchPostgres.pair();
 * AgentStore store = AgentStore.open(pg.primaryUrl() + "?replicas=" + URLEncoder.encode(pg.replicaUrl(), UTF_8));
 * }</pre>
 */
public final class ScratchPostgres {
    /** The password of user {@code postgres} on the pair. */
    public static final String PASSWORD = "agentstore-test";
    private static final Object LOCK = new Object();
    private static Pair pair;
    private static String failure;

    /** URLs (user {@code postgres} with its password, database {@code postgres}) of the primary and its replica. */
    public record Pair(String primaryUrl, String replicaUrl, int primaryPort, int replicaPort) {
        @Override
        public String toString() {
            return "Pair[primary 127.0.0.1:" + primaryPort + ", replica 127.0.0.1:" + replicaPort + "]";
        }
    }

    private ScratchPostgres() {
    }

    /** The pair, started on first use. */
    public static Pair pair() {
        synchronized (LOCK) {
            if (pair == null && failure == null) {
                String p = System.getenv("AGENTSTORE_TEST_POSTGRES_PRIMARY_URL");
                String r = System.getenv("AGENTSTORE_TEST_POSTGRES_REPLICA_URL");
                if (p != null && r != null) {
                    pair = new Pair(p, r, port(p), port(r));
                } else {
                    launch();
                }
            }
            if (failure != null) {
                RequiredServer.missing("PostgreSQL primary/replica", failure);
            }
            return pair;
        }
    }

    private static int port(String url) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+)/").matcher(url);
        return m.find() ? Integer.parseInt(m.group(1)) : 5432;
    }

    private static void launch() {
        try {
            Path script = Files.createTempFile("agentstore-pg-pair", ".sh");
            try (InputStream in = ScratchPostgres.class.getResourceAsStream("pg-replica-pair.sh")) {
                Files.write(script, in.readAllBytes());
            }
            script.toFile().deleteOnExit();
            Path dir = Files.createTempDirectory("agentstore-pg-pair-");
            Files.delete(dir); // the script makes it, owned by the user PostgreSQL runs as
            int primaryPort = freePort();
            int replicaPort = freePort();
            while (replicaPort == primaryPort) {
                replicaPort = freePort();
            }
            List<String> start = List.of("bash", script.toString(), "start", dir.toString(), String.valueOf(primaryPort), String.valueOf(replicaPort));
            List<String> stop = List.of("bash", script.toString(), "stop", dir.toString());
            String out = run(start);
            if (out != null) {
                failure = "could not start a PostgreSQL primary/replica pair: " + out;
                run(stop);
                return;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> run(stop)));
            String login = "postgresql://postgres:" + PASSWORD + "@127.0.0.1:";
            pair = new Pair(login + primaryPort + "/postgres", login + replicaPort + "/postgres", primaryPort, replicaPort);
        } catch (IOException e) {
            failure = "could not prepare the primary/replica pair: " + e.getMessage();
        }
    }

    /** Runs a command; null when it succeeded, else its output. */
    private static String run(List<String> cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("PG_PAIR_PASSWORD", PASSWORD);
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            return p.exitValue() == 0 ? null : new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
