package io.agentstore.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonGenerator;

import io.agentstore.internal.Json;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.workflow.WorkflowRun;

/**
 * Writes a backup file (see {@link BackupFormat}) record by record, in constant memory: the
 * header when created, one line per record, the trailer (counts and SHA-256) on {@link #finish()}.
 * A writer that is closed without {@code finish()} leaves a file without a trailer, which every
 * reader rejects as truncated. Records must come in the format's order: resources, threads,
 * messages, runs.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path);
 *      BackupWriter w = new BackupWriter(out, "0.1.0", "sqlite", "file:./agentstore.db", List.of("memory", "workflows"))) {
 *     w.thread(thread);
 *     w.message(message);
 *     w.finish();
 * }
 * }</pre>
 */
public final class BackupWriter implements AutoCloseable {
    private final OutputStream raw;
    private final GZIPOutputStream gzip;
    private final DigestOutputStream digest;
    private final JsonGenerator json;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private boolean finished;

    /** Starts the file: writes the header line. {@code sourceUrl} must already be masked: it is stored as given. */
    public BackupWriter(OutputStream out, String agentStoreVersion, String sourceBackend, String sourceUrl, List<String> domains) {
        this.raw = out;
        try {
            this.gzip = new GZIPOutputStream(out, 1 << 16);
            this.digest = new DigestOutputStream(gzip, MessageDigest.getInstance("SHA-256"));
            this.json = Json.MAPPER.getFactory().createGenerator(digest);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null); // lines end with '\n', written by endLine()
            for (String k : List.of("resources", "threads", "messages", "runs")) {
                counts.put(k, 0L);
            }
            json.writeStartObject();
            json.writeStringField("magic", BackupFormat.MAGIC);
            json.writeNumberField("formatVersion", BackupFormat.VERSION);
            json.writeStringField("agentStoreVersion", agentStoreVersion);
            json.writeStringField("createdAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
            json.writeObjectFieldStart("source");
            json.writeStringField("backend", sourceBackend);
            json.writeStringField("url", sourceUrl);
            json.writeEndObject();
            json.writeArrayFieldStart("domains");
            for (String d : domains) {
                json.writeString(d);
            }
            json.writeEndArray();
            json.writeEndObject();
            endLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    public void resource(MemoryResource r) {
        record("resource", "resources", () -> {
            json.writeStringField("id", r.id());
            json.writeStringField("workingMemory", r.workingMemory());
            metadata(r.metadata());
            times(r.createdAt(), r.updatedAt());
        });
    }

    public void thread(MemoryThread t) {
        record("thread", "threads", () -> {
            json.writeStringField("id", t.id());
            json.writeStringField("resourceId", t.resourceId());
            json.writeStringField("title", t.title());
            metadata(t.metadata());
            times(t.createdAt(), t.updatedAt());
        });
    }

    public void message(Message m) {
        record("message", "messages", () -> {
            json.writeStringField("id", m.id());
            json.writeStringField("threadId", m.threadId());
            json.writeStringField("resourceId", m.resourceId());
            json.writeStringField("role", m.role());
            json.writeStringField("type", m.type());
            // the stored text, not re-encoded: content survives byte for byte
            json.writeStringField("content", m.content().json());
            json.writeStringField("createdAt", time(m.createdAt()));
        });
    }

    public void run(WorkflowRun r) {
        record("run", "runs", () -> {
            json.writeStringField("workflowName", r.workflowName());
            json.writeStringField("runId", r.runId());
            json.writeStringField("resourceId", r.resourceId());
            json.writeStringField("snapshot", r.snapshot());
            times(r.createdAt(), r.updatedAt());
        });
    }

    /** Records written so far per kind ({@code resources}, {@code threads}, {@code messages}, {@code runs}). */
    public Map<String, Long> counts() {
        return Map.copyOf(counts);
    }

    /** Writes the trailer and completes the gzip stream; returns the SHA-256 written into the trailer. */
    public String finish() {
        try {
            json.flush();
            String sha = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            digest.on(false);
            json.writeStartObject();
            json.writeStringField("record", "end");
            json.writeObjectFieldStart("counts");
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeStringField("sha256", sha);
            json.writeEndObject();
            endLine();
            gzip.finish();
            raw.flush();
            finished = true;
            return sha;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the JSON generator and the gzip stream (not the given output stream). */
    @Override
    public void close() {
        try {
            json.close();
            if (!finished) {
                gzip.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Fields {
        void write() throws IOException;
    }

    private void record(String kind, String countKey, Fields fields) {
        try {
            json.writeStartObject();
            json.writeStringField("record", kind);
            fields.write();
            json.writeEndObject();
            endLine();
            counts.merge(countKey, 1L, Long::sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void metadata(Map<String, Object> m) throws IOException {
        json.writeFieldName("metadata");
        json.writeRawValue(Json.write(m == null ? Map.of() : m));
    }

    private void times(Instant created, Instant updated) throws IOException {
        json.writeStringField("createdAt", time(created));
        json.writeStringField("updatedAt", time(updated));
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    private void endLine() throws IOException {
        json.flush();
        digest.write('\n');
    }
}
