package io.agentstore.transfer;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.error.AgentStoreException;
import io.agentstore.error.InvalidInputException;
import io.agentstore.internal.Checks;
import io.agentstore.internal.Json;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.workflow.WorkflowRun;

/**
 * Reads backup files (see {@link BackupFormat}). {@link #verify} reads the whole file and checks
 * everything a restore relies on — gzip integrity, the header, every record's shape and the
 * domain rules (ids, no U+0000, JSON object snapshots, times), the order of the sections, the
 * trailer's counts and SHA-256 — without writing anything; {@link #read} then streams the
 * records. Restore does both, so a truncated or corrupted file is refused before a single row
 * is written. Problems are {@link InvalidInputException}s on field {@code backup} saying what is
 * wrong and where (line number).
 *
 * <pre>{@code
 * BackupInfo info = BackupReader.verify(Files.newInputStream(file));
 * BackupReader.read(Files.newInputStream(file), new BackupReader.Visitor() {
 *     public void message(Message m) { batch.add(m); }
 * });
 * }</pre>
 */
public final class BackupReader {
    private static final String FIELD = "backup";
    private static final List<String> ORDER = List.of("resource", "thread", "message", "run");

    /** Receives the records of a backup in file order; every method does nothing by default. */
    public interface Visitor {
        default void resource(MemoryResource r) {
        }

        default void thread(MemoryThread t) {
        }

        default void message(Message m) {
        }

        default void run(WorkflowRun r) {
        }
    }

    private BackupReader() {
    }

    /** Checks the whole file and returns its header and trailer; the stream is read to its end and closed. */
    public static BackupInfo verify(InputStream in) {
        return scan(in, null);
    }

    /**
     * Streams every record to {@code visitor}, checking as {@link #verify} does; a problem found
     * late (a bad trailer) is thrown after the records before it were visited, which is why a
     * restore verifies first. Returns the file's info.
     */
    public static BackupInfo read(InputStream in, Visitor visitor) {
        return scan(in, visitor);
    }

    private static BackupInfo scan(InputStream raw, Visitor visitor) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = open(raw)) {
            Lines lines = new Lines(in);
            byte[] first = lines.next();
            if (first == null) {
                throw bad("the file is empty (no header line)");
            }
            JsonNode header = parse(first, 1);
            if (!BackupFormat.MAGIC.equals(header.path("magic").asText(null))) {
                throw bad("the first line is not an AgentStore backup header (no \"magic\":\"" + BackupFormat.MAGIC + "\")");
            }
            int version = header.path("formatVersion").asInt(-1);
            if (version < 1) {
                throw bad("the header has no valid formatVersion");
            }
            if (version > BackupFormat.VERSION) {
                throw new InvalidInputException(FIELD, "was written in backup format " + version + "; this AgentStore reads format "
                        + BackupFormat.VERSION + " and older", "restore it with a newer AgentStore");
            }
            List<String> domains = new ArrayList<>();
            header.path("domains").forEach(d -> domains.add(d.asText()));
            for (String d : domains) {
                if (!BackupFormat.DOMAINS.contains(d)) {
                    throw bad("the header names an unknown domain '" + d + "'");
                }
            }
            sha.update(first);
            sha.update((byte) '\n');
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String k : List.of("resources", "threads", "messages", "runs")) {
                counts.put(k, 0L);
            }
            int section = 0;
            long lineNo = 1;
            // When only verifying, a bad record does not end the pass: the gzip check and the checksum
            // at the end tell a damaged file (the likely cause) from a well-formed file with a bad row.
            AgentStoreException firstBad = null;
            JsonNode trailer = null;
            byte[] line;
            while ((line = lines.next()) != null) {
                lineNo++;
                if (trailer != null) {
                    throw bad("line " + lineNo + " comes after the trailer");
                }
                JsonNode n;
                try {
                    n = parse(line, lineNo);
                } catch (InvalidInputException e) {
                    if (visitor != null) {
                        throw e;
                    }
                    firstBad = firstBad != null ? firstBad : e;
                    sha.update(line);
                    sha.update((byte) '\n');
                    continue;
                }
                String kind = n.path("record").asText("");
                if (kind.equals("end")) {
                    trailer = n;
                    continue;
                }
                int at = ORDER.indexOf(kind);
                if (at < 0) {
                    throw bad("line " + lineNo + " has an unknown record type '" + kind + "'");
                }
                if (at < section) {
                    throw bad("line " + lineNo + ": a " + kind + " record after the " + ORDER.get(section) + " records (out of order)");
                }
                section = at;
                String domain = kind.equals("run") ? BackupFormat.WORKFLOWS : BackupFormat.MEMORY;
                if (!domains.contains(domain)) {
                    throw bad("line " + lineNo + ": a " + kind + " record, but the header does not list the " + domain + " domain");
                }
                sha.update(line);
                sha.update((byte) '\n');
                try {
                    switch (kind) {
                        case "resource" -> {
                            MemoryResource r = resource(n);
                            if (visitor != null) {
                                visitor.resource(r);
                            }
                        }
                        case "thread" -> {
                            MemoryThread t = thread(n);
                            if (visitor != null) {
                                visitor.thread(t);
                            }
                        }
                        case "message" -> {
                            Message m = message(n);
                            if (visitor != null) {
                                visitor.message(m);
                            }
                        }
                        default -> {
                            WorkflowRun r = run(n);
                            if (visitor != null) {
                                visitor.run(r);
                            }
                        }
                    }
                } catch (InvalidInputException e) {
                    AgentStoreException b = bad("line " + lineNo + " (" + kind + "): " + e.getMessage());
                    if (visitor != null) {
                        throw b;
                    }
                    firstBad = firstBad != null ? firstBad : b;
                }
                counts.merge(kind.equals("run") ? "runs" : kind + "s", 1L, Long::sum);
            }
            if (trailer == null) {
                throw bad("the file ends after line " + lineNo + " without its trailer: it is truncated (an interrupted backup or copy)"
                        + damaged(firstBad));
            }
            JsonNode tc = trailer.path("counts");
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                long declared = tc.path(e.getKey()).asLong(-1);
                if (declared != e.getValue()) {
                    throw bad("the trailer declares " + declared + " " + e.getKey() + " but the file holds " + e.getValue() + ": it is damaged");
                }
            }
            String expected = trailer.path("sha256").asText("");
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!expected.equalsIgnoreCase(actual)) {
                throw bad("the content's SHA-256 is " + actual + " but the trailer says " + expected + ": the file is corrupted" + damaged(firstBad));
            }
            if (firstBad != null) {
                throw firstBad;
            }
            Instant created;
            try {
                created = Instant.parse(header.path("createdAt").asText(""));
            } catch (DateTimeParseException e) {
                throw bad("the header's createdAt is not an ISO-8601 time");
            }
            return new BackupInfo(version, header.path("agentStoreVersion").asText(""), created, header.path("source").path("backend").asText(""),
                    header.path("source").path("url").asText(""), domains, counts, actual);
        } catch (EOFException e) {
            throw bad("the file ends in the middle of its compressed data: it is truncated (" + e.getMessage() + ")");
        } catch (ZipException e) {
            throw bad("the compressed data is corrupted (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw bad("it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String damaged(AgentStoreException firstBad) {
        return firstBad == null ? "" : "; the first damaged line: " + firstBad.getMessage().substring(FIELD.length() + 2);
    }

    private static InputStream open(InputStream raw) throws IOException {
        BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        if (m1 == 0x1f && m2 < 0) {
            b.close();
            throw bad("the file ends after its first byte: it is truncated");
        }
        if (m1 != 0x1f || m2 != 0x8b) {
            b.close();
            throw bad(m1 < 0 ? "the file is empty" : "the file is not gzip-compressed, so it is not an AgentStore backup");
        }
        return new GZIPInputStream(b, 1 << 16);
    }

    private static AgentStoreException bad(String why) {
        return new InvalidInputException(FIELD, why, "use a complete backup file written by 'agentstore backup'; nothing was written");
    }

    private static JsonNode parse(byte[] line, long lineNo) {
        try {
            JsonNode n = Json.MAPPER.readTree(line);
            if (n == null || !n.isObject()) {
                throw bad("line " + lineNo + " is not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw bad("line " + lineNo + " is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw bad("line " + lineNo + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static MemoryResource resource(JsonNode n) {
        return new MemoryResource(Checks.id("resource.id", text(n, "id")), Checks.optionalText("resource.workingMemory", text(n, "workingMemory")),
                metadata(n, "resource.metadata"), time(n, "createdAt", "resource"), time(n, "updatedAt", "resource"));
    }

    private static MemoryThread thread(JsonNode n) {
        return new MemoryThread(Checks.id("thread.id", text(n, "id")), Checks.id("thread.resourceId", text(n, "resourceId")),
                Checks.text("thread.title", text(n, "title")), metadata(n, "thread.metadata"), time(n, "createdAt", "thread"),
                time(n, "updatedAt", "thread"));
    }

    private static Message message(JsonNode n) {
        String content = text(n, "content");
        if (content == null) {
            throw new InvalidInputException("message.content", "is missing");
        }
        return new Message(Checks.id("message.id", text(n, "id")), Checks.id("message.threadId", text(n, "threadId")),
                Checks.optionalId("message.resourceId", text(n, "resourceId")), Checks.id("message.role", text(n, "role")),
                Checks.id("message.type", text(n, "type")), MessageContent.of(Checks.content("message.content", content)),
                time(n, "createdAt", "message"));
    }

    private static WorkflowRun run(JsonNode n) {
        return new WorkflowRun(Checks.id("run.workflowName", text(n, "workflowName")), Checks.id("run.runId", text(n, "runId")),
                Checks.optionalId("run.resourceId", text(n, "resourceId")), Checks.jsonObject("run.snapshot", text(n, "snapshot")),
                time(n, "createdAt", "run"), time(n, "updatedAt", "run"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return v.textValue();
    }

    private static Map<String, Object> metadata(JsonNode n, String field) {
        JsonNode v = n.get("metadata");
        if (v == null || v.isNull()) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new InvalidInputException(field, "must be a JSON object");
        }
        return Checks.metadata(field, Json.readMap(v.toString()));
    }

    private static Instant time(JsonNode n, String field, String kind) {
        String s = text(n, field);
        if (s == null) {
            throw new InvalidInputException(kind + "." + field, "is missing");
        }
        try {
            return Checks.time(kind + "." + field, Instant.parse(s));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(kind + "." + field, "'" + s + "' is not an ISO-8601 time");
        }
    }

    /** Lines of bytes split at '\n' (which JSON strings always escape), each at most {@link BackupFormat#MAX_LINE_BYTES}. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int len;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its '\n'; null at the end. Bytes after the last '\n' are a line too (a truncated file). */
        byte[] next() throws IOException {
            line.reset();
            while (true) {
                if (pos == len) {
                    len = in.read(buf);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        return line.size() == 0 ? null : line.toByteArray();
                    }
                }
                int start = pos;
                while (pos < len && buf[pos] != '\n') {
                    pos++;
                }
                line.write(buf, start, pos - start);
                if (line.size() > BackupFormat.MAX_LINE_BYTES) {
                    throw bad("a line is longer than " + BackupFormat.MAX_LINE_BYTES + " bytes: the file is damaged");
                }
                if (pos < len) {
                    pos++;
                    return line.toByteArray();
                }
            }
        }
    }
}
