package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.AgentStore;

/**
 * A copy killed with {@code kill -9} (destroyForcibly) in the middle of its messages, in a child
 * JVM, then {@code copy --resume}: it skips what the checkpoint says is done and the target ends
 * identical to the source.
 */
class CliCopyResumeTest {
    private static final int THREADS = 40;
    private static final int PER_THREAD = 1000;

    @TempDir
    Path dir;

    @Test
    void killedMidCopyThenResumeEndsIdentical() throws Exception {
        String from = "file:" + dir.resolve("a.db");
        String to = "file:" + dir.resolve("b.db");
        Path cp = dir.resolve("copy.checkpoint.json");
        try (AgentStore s = AgentStore.open(from)) {
            TransferFixtures.fillMany(s, THREADS, PER_THREAD);
        }
        int total = THREADS * PER_THREAD;

        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), AgentStoreCli.class.getName(),
                "copy", "--from", from, "--to", to, "--batch", "100", "--checkpoint", cp.toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long copiedAtKill = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (System.nanoTime() < deadline && child.isAlive()) {
                JsonNode state = read(cp);
                if (state != null) {
                    JsonNode m = state.path("phases").path("messages");
                    if (m.path("copied").asLong() >= total / 5 && !m.path("done").asBoolean()) {
                        child.destroyForcibly();
                        child.waitFor(30, TimeUnit.SECONDS);
                        copiedAtKill = m.path("copied").asLong();
                        break;
                    }
                }
                Thread.sleep(2);
            }
        } finally {
            child.destroyForcibly();
        }
        assertTrue(copiedAtKill > 0, "the child was killed in the middle of the messages; its log:\n" + Files.readString(dir.resolve("child.log")));
        assertTrue(child.exitValue() != 0, "killed, not finished");
        JsonNode left = read(cp);
        assertFalse(left.path("phases").path("messages").path("done").asBoolean(), "the checkpoint survived the kill, messages unfinished");
        assertTrue(left.path("phases").path("threads").path("done").asBoolean(), "threads were finished before the kill");

        Cli.Result resumed = Cli.run("copy", "--from", from, "--to", to, "--batch", "100", "--checkpoint", cp.toString(), "--resume", "--json");
        assertEquals(0, resumed.exit(), resumed::toString);
        JsonNode doc = resumed.json();
        assertTrue(doc.get("resumed").asBoolean());
        long before = doc.get("alreadyCopied").get("messages").asLong();
        long now = doc.get("copied").get("messages").asLong();
        assertTrue(before >= copiedAtKill, "the resumed copy starts where the checkpoint says: " + before + " >= " + copiedAtKill);
        assertEquals(total, before + now, "finished work is skipped, nothing is copied twice (bar the batch in flight)");
        assertEquals(0, doc.get("copied").get("threads").asLong(), "finished phases are skipped");
        assertTrue(doc.get("verification").get("ok").asBoolean(), resumed::toString);
        assertEquals(THREADS, doc.get("verification").get("threadsChecked").asInt());
        assertEquals(TransferFixtures.dump(from), TransferFixtures.dump(to));
        assertFalse(Files.exists(cp), "the checkpoint is removed once the copy is complete");
    }

    private static JsonNode read(Path cp) {
        try {
            return Files.exists(cp) ? Console.mapper().readTree(Files.readString(cp)) : null;
        } catch (Exception e) {
            return null; // renamed over while reading: try again
        }
    }
}
