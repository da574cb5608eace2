package io.agentstore.tck;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks that a database server a test suite needs is listening. Off CI, a missing server
 * skips the suite with a loud message on stderr; with {@code CI=true} it fails the suite,
 * because a CI run that silently skipped a backend proves nothing.
 *
 * <pre>{@code
 * @Override protected AgentStore openStore() {
 *     RequiredServer.check("PostgreSQL", "127.0.0.1", 5432);
 *     return AgentStore.open("postgresql://postgres@127.0.0.1:5432/test?schema=tck");
 * }
 * }</pre>
 */
public final class RequiredServer {
    private RequiredServer() {
    }

    /** Whether this run is CI ({@code CI=true} in the environment), where nothing may be skipped. */
    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void check(String name, String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            missing(name, name + " is not reachable at " + host + ":" + port + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Ends the suite because something it needs is not there: a failure under CI, a loud skip
     * elsewhere. {@code problem} says what is missing.
     */
    public static void missing(String name, String problem) {
        if (isCi()) {
            Assertions.fail(problem + ": CI=true, so this is a failure, not a skip. Start or install it (see .ci/run).");
        }
        System.err.println("\n*** SKIPPING " + name + " tests: " + problem + ". Provide it to run them; CI=true makes this a failure. ***\n");
        Assumptions.abort(problem);
    }
}
