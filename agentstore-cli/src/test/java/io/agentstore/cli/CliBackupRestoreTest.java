package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.AgentStore;

/** {@code backup} and {@code restore} on SQLite files and the in-memory store. */
class CliBackupRestoreTest {
    @TempDir
    Path dir;

    private String file(String name) {
        return "file:" + dir.resolve(name);
    }

    private Path backupOf(String url) {
        Path out = dir.resolve("backup.agentstore.gz");
        Cli.Result r = Cli.run("backup", "--url", url, "--out", out.toString(), "--batch", "3");
        assertEquals(0, r.exit(), r::toString);
        return out;
    }

    /** What status says of a store that restore must not have touched: no schema at all. */
    private static void assertUntouched(String url) {
        JsonNode s = Cli.run("status", "--url", url, "--json").json().get("stores").get(0);
        assertEquals(0, s.get("schemaVersion").asInt(), "nothing was written, not even the schema: " + s);
    }

    @Test
    void backupThenRestoreIntoAnotherBackendIsExact() throws Exception {
        String from = file("a.db");
        int messages;
        try (AgentStore s = AgentStore.open(from)) {
            messages = TransferFixtures.fillHostile(s);
        }
        Path out = dir.resolve("b.agentstore.gz");
        Cli.Result b = Cli.run("backup", "--url", from, "--out", out.toString(), "--json");
        assertEquals(0, b.exit(), b::toString);
        assertEquals(messages, b.json().get("counts").get("messages").asInt());
        assertEquals(64, b.json().get("sha256").asText().length());
        assertFalse(Files.exists(dir.resolve("b.agentstore.gz.partial")));
        assertTrue(Files.size(out) < 200_000, "compressed (the fixture holds a 1 MB message)");

        Cli.Result r = Cli.run("restore", "--in", out.toString(), "--url", "memory:restore-test-1", "--json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(messages, r.json().get("restored").get("messages").asInt());
        Map<String, String> source = TransferFixtures.dump(from);
        assertEquals(source, TransferFixtures.dump("memory:restore-test-1"));
        Cli.Result r2 = Cli.run("restore", "--in", out.toString(), "--url", file("c.db"));
        assertEquals(0, r2.exit(), r2::toString);
        assertTrue(r2.out().contains("Restored "), r2::toString);
        assertEquals(source, TransferFixtures.dump(file("c.db")));
    }

    @Test
    void restoreRefusesANonEmptyTargetUnlessMerge() {
        String from = file("a.db");
        try (AgentStore s = AgentStore.open(from)) {
            TransferFixtures.fillHostile(s);
        }
        Path out = backupOf(from);
        String target = file("t.db");
        try (AgentStore t = AgentStore.open(target)) {
            t.init();
            t.memory().saveThread(io.agentstore.memory.MemoryThread.of("keep-me", "someone", "existing"));
        }
        Cli.Result refused = Cli.run("restore", "--in", out.toString(), "--url", target, "--json");
        assertEquals(1, refused.exit(), refused::toString);
        assertEquals("NOT_EMPTY", refused.json().get("error").get("code").asText());
        assertTrue(refused.err().contains("already holds data (threads); nothing was written"), refused::toString);
        assertTrue(refused.err().contains("--merge"), refused::toString);
        assertEquals(1, TransferFixtures.dump(target).size(), "nothing was written");

        Cli.Result merged = Cli.run("restore", "--in", out.toString(), "--url", target, "--merge");
        assertEquals(0, merged.exit(), merged::toString);
        Map<String, String> after = TransferFixtures.dump(target);
        assertTrue(after.containsKey("thread keep-me"), "merge keeps rows the file does not have");
        Map<String, String> source = TransferFixtures.dump(from);
        source.forEach((k, v) -> assertEquals(v, after.get(k), k));
    }

    @Test
    void truncatedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        String from = file("a.db");
        try (AgentStore s = AgentStore.open(from)) {
            TransferFixtures.fillHostile(s);
        }
        Path out = backupOf(from);
        byte[] all = Files.readAllBytes(out);
        Path cut = dir.resolve("cut.gz");
        Files.write(cut, Arrays.copyOf(all, all.length * 2 / 3));
        String target = file("t.db");
        Cli.Result r = Cli.run("restore", "--in", cut.toString(), "--url", target, "--json");
        assertEquals(1, r.exit(), r::toString);
        assertEquals("INVALID_INPUT", r.json().get("error").get("code").asText());
        assertTrue(r.err().contains("truncated"), r::toString);
        assertTrue(r.err().contains("nothing was written"), r::toString);
        assertUntouched(target);
    }

    @Test
    void corruptedBackupIsRefusedBeforeAnythingIsWritten() throws Exception {
        String from = file("a.db");
        try (AgentStore s = AgentStore.open(from)) {
            TransferFixtures.fillHostile(s);
        }
        Path out = backupOf(from);
        byte[] bad = Files.readAllBytes(out);
        for (int at : new int[] {bad.length / 4, bad.length / 2, bad.length * 3 / 4}) {
            bad[at] ^= (byte) 0xff;
        }
        Path flipped = dir.resolve("flipped.gz");
        Files.write(flipped, bad);
        String target = file("t.db");
        Cli.Result r = Cli.run("restore", "--in", flipped.toString(), "--url", target);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("error: backup: "), r::toString);
        // Where the flipped bytes land decides which check trips first (the deflate stream, a line's JSON, a record's
        // shape, the checksum): the file's ids are random. Whichever it is, the restore says nothing was written.
        assertTrue(r.err().contains("nothing was written"), r::toString);
        assertUntouched(target);

        Path notBackup = dir.resolve("notes.txt");
        Files.writeString(notBackup, "hello");
        Cli.Result n = Cli.run("restore", "--in", notBackup.toString(), "--url", target);
        assertEquals(1, n.exit(), n::toString);
        assertTrue(n.err().contains("not gzip-compressed, so it is not an AgentStore backup"), n::toString);
    }

    @Test
    void backupRefusesToOverwriteAndNamesMissingFiles() throws Exception {
        Path out = dir.resolve("exists.gz");
        Files.writeString(out, "keep");
        Cli.Result r = Cli.run("backup", "--url", "memory:", "--out", out.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("already exists") && r.err().contains("--force"), r::toString);
        assertEquals("keep", Files.readString(out));
        Cli.Result forced = Cli.run("backup", "--url", "memory:", "--out", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced::toString);
        Cli.Result missing = Cli.run("restore", "--url", "memory:", "--in", dir.resolve("nope.gz").toString());
        assertEquals(1, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("--in: "), missing::toString);
    }
}
