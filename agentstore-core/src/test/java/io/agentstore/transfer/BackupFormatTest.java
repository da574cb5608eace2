package io.agentstore.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import io.agentstore.error.InvalidInputException;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.workflow.WorkflowRun;

/** The backup file format: exact round trip, and every kind of damage refused with a clear message by verify(). */
class BackupFormatTest {
    private static final Instant T = Instant.parse("2024-02-29T23:59:59.123Z");
    private static final String HOSTILE = "it's \"quoted\" \\ back\nslash 日本語 😀 \u2028 '; DROP TABLE x; --";

    private final MemoryResource resource = new MemoryResource("r1", "# wm\n" + HOSTILE, Map.of("n", 1.5, "list", List.of(1, "two")), T, T.plusMillis(1));
    private final MemoryThread thread = new MemoryThread("t1", "r1", HOSTILE, Map.of("emoji", "🧪"), T, T.plusSeconds(1));
    private final Message message = new Message("m1", "t1", "r1", Message.USER, Message.TYPE_V2,
            MessageContent.of("{\"format\":2,  \"parts\":[{\"type\":\"text\",\"text\":" + quote(HOSTILE) + "}],\"unknown\":[1.50,true]}"), T);
    private final Message big = new Message("m2", "t1", "r1", Message.ASSISTANT, Message.TYPE_V2, MessageContent.ofText("x".repeat(1 << 20)), T.plusMillis(2));
    private final WorkflowRun run = new WorkflowRun("wf", "run-1", null, "{\"status\":\"suspended\",\"v\":1.0}", T, T.plusMillis(5));

    private static String quote(String s) {
        return io.agentstore.internal.Json.write(s);
    }

    private byte[] backup() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BackupWriter w = new BackupWriter(out, "1.2.3", "sqlite", "file:./a.db", BackupFormat.DOMAINS)) {
            w.resource(resource);
            w.thread(thread);
            w.message(message);
            w.message(big);
            w.run(run);
            w.finish();
        }
        return out.toByteArray();
    }

    @Test
    void roundTripKeepsEveryFieldExactly() {
        byte[] file = backup();
        BackupInfo info = BackupReader.verify(new ByteArrayInputStream(file));
        assertEquals(BackupFormat.VERSION, info.formatVersion());
        assertEquals("1.2.3", info.agentStoreVersion());
        assertEquals("sqlite", info.sourceBackend());
        assertEquals("file:./a.db", info.sourceUrl());
        assertEquals(BackupFormat.DOMAINS, info.domains());
        assertEquals(Map.of("resources", 1L, "threads", 1L, "messages", 2L, "runs", 1L), info.counts());
        assertTrue(file.length < 64 * 1024, "compressed: a 1 MB message of one letter takes " + file.length + " bytes");

        List<Object> seen = new ArrayList<>();
        BackupReader.read(new ByteArrayInputStream(file), new BackupReader.Visitor() {
            @Override public void resource(MemoryResource r) { seen.add(r); }
            @Override public void thread(MemoryThread t) { seen.add(t); }
            @Override public void message(Message m) { seen.add(m); }
            @Override public void run(WorkflowRun r) { seen.add(r); }
        });
        assertEquals(List.of(resource, thread, message, big, run), seen);
        assertEquals(message.content().json(), ((Message) seen.get(2)).content().json(), "content byte for byte, spacing and 1.50 included");
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] file = backup();
        for (int cut : new int[] {0, 1, 2, 10, file.length / 3, file.length / 2, file.length - 9, file.length - 1}) {
            byte[] part = java.util.Arrays.copyOf(file, cut);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> BackupReader.verify(new ByteArrayInputStream(part)),
                    "a file cut at byte " + cut + " of " + file.length);
            assertEquals("backup", e.field());
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("empty") || e.getMessage().contains("corrupt"),
                    e.getMessage());
        }
    }

    @Test
    void flippedBytesAreRefused() {
        byte[] file = backup();
        int refused = 0;
        for (int at = 10; at < file.length - 8; at += Math.max(1, file.length / 40)) {
            byte[] bad = file.clone();
            bad[at] ^= 0x5a;
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> BackupReader.verify(new ByteArrayInputStream(bad)),
                    "flipped byte at " + at);
            assertEquals("backup", e.field());
            refused++;
        }
        assertTrue(refused > 20);
    }

    @Test
    void contentChangedButRecompressedIsRefusedByTheChecksum() throws Exception {
        String text = gunzip(backup()).replace("\"r1\"", "\"r9\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BackupReader.verify(new ByteArrayInputStream(gzip(text))));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    }

    @Test
    void aDroppedRecordIsRefusedByTheCounts() throws Exception {
        List<String> lines = new ArrayList<>(List.of(gunzip(backup()).split("\n")));
        lines.remove(2);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> BackupReader.verify(new ByteArrayInputStream(gzip(String.join("\n", lines) + "\n"))));
        assertTrue(e.getMessage().contains("declares 1 threads but the file holds 0"), e.getMessage());
    }

    @Test
    void notABackupNewerFormatAndBadRecordsAreRefusedWithTheReason() throws Exception {
        assertRefused("not gzip-compressed", "plain text".getBytes(StandardCharsets.UTF_8));
        assertRefused("not an AgentStore backup header", gzip("{\"hello\":1}\n"));
        assertRefused("backup format 99", signed("{\"magic\":\"agentstore-backup\",\"formatVersion\":99,\"createdAt\":\"2024-01-01T00:00:00Z\",\"domains\":[]}"));
        String header = "{\"magic\":\"agentstore-backup\",\"formatVersion\":1,\"createdAt\":\"2024-01-01T00:00:00Z\",\"domains\":[\"memory\"]}";
        // NUL is rejected by validation even in a well-formed, correctly signed file
        assertRefused("U+0000", signed(header, "{\"record\":\"thread\",\"id\":\"t\",\"resourceId\":\"r\",\"title\":\"a\\u0000b\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"2024-01-01T00:00:00Z\"}"));
        assertRefused("line 2 (thread): thread.updatedAt", signed(header, "{\"record\":\"thread\",\"id\":\"t\",\"resourceId\":\"r\",\"title\":\"a\",\"createdAt\":\"2024-01-01T00:00:00Z\"}"));
        assertRefused("out of order", signed(header,
                "{\"record\":\"message\",\"id\":\"m\",\"threadId\":\"t\",\"role\":\"user\",\"type\":\"v2\",\"content\":\"{}\",\"createdAt\":\"2024-01-01T00:00:00Z\"}",
                "{\"record\":\"thread\",\"id\":\"t\",\"resourceId\":\"r\",\"title\":\"a\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"2024-01-01T00:00:00Z\"}"));
        assertRefused("does not list the workflows domain", signed(header,
                "{\"record\":\"run\",\"workflowName\":\"w\",\"runId\":\"r\",\"snapshot\":\"{}\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"2024-01-01T00:00:00Z\"}"));
    }

    private static void assertRefused(String why, byte[] file) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BackupReader.verify(new ByteArrayInputStream(file)));
        assertTrue(e.getMessage().contains(why), "expected '" + why + "' in: " + e.getMessage());
    }

    /** A file whose trailer matches its lines (counts and checksum), so only the record rules can refuse it. */
    private static byte[] signed(String... lines) throws Exception {
        StringBuilder body = new StringBuilder();
        long threads = 0;
        long messages = 0;
        long runs = 0;
        for (String l : lines) {
            body.append(l).append('\n');
            threads += l.contains("\"record\":\"thread\"") ? 1 : 0;
            messages += l.contains("\"record\":\"message\"") ? 1 : 0;
            runs += l.contains("\"record\":\"run\"") ? 1 : 0;
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8)));
        body.append("{\"record\":\"end\",\"counts\":{\"resources\":0,\"threads\":").append(threads).append(",\"messages\":").append(messages)
                .append(",\"runs\":").append(runs).append("},\"sha256\":\"").append(sha).append("\"}\n");
        return gzip(body.toString());
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] b) throws Exception {
        return new String(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(b)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
