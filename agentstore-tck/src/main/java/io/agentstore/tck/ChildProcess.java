package io.agentstore.tck;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.agentstore.AgentStore;
import io.agentstore.memory.Message;

/**
 * Runs AgentStore work in separate JVMs, for tests of what several processes do to one
 * database at once (concurrent {@code init()}, many writers on one SQLite file). The child
 * inherits the test's classpath.
 *
 * <pre>{@code
 * List<Process> ps = ChildProcess.startAll(4, "init", url);
 * ChildProcess.awaitSuccess(ps, 60);
 * }</pre>
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    /**
     * Child entry point: {@code init URL} runs {@code init()}; {@code write URL THREAD RESOURCE PREFIX COUNT}
     * saves COUNT messages one per call.
     */
    public static void main(String[] args) {
        try (AgentStore store = AgentStore.open(args[1])) {
            switch (args[0]) {
                case "init" -> store.init();
                case "write" -> {
                    store.init();
                    int count = Integer.parseInt(args[5]);
                    for (int i = 0; i < count; i++) {
                        store.memory().saveMessages(List.of(Message.user(args[4] + "-" + i, args[2], args[3], args[4] + " " + i)));
                    }
                }
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
        System.exit(0);
    }

    /** Starts {@code n} child JVMs with the same arguments. */
    public static List<Process> startAll(int n, String... args) throws IOException {
        List<Process> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(start(args));
        }
        return out;
    }

    public static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ChildProcess.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Waits for every child; fails with the child's output when one did not exit 0. */
    public static void awaitSuccess(List<Process> processes, int timeoutSeconds) throws Exception {
        for (Process p : processes) {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("child process timed out: " + out);
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("child process exited " + p.exitValue() + ":\n" + out);
            }
        }
    }
}
