package io.agentstore.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where an interrupted {@code copy} stands, in a small JSON file: per phase (resources, threads,
 * messages, runs) whether it is done, the key of the last row written and how many rows were
 * copied. It is rewritten after every batch has been committed in the target — to a temporary
 * file, flushed to disk, then renamed over the old one — so after a {@code kill -9} (or a power
 * cut) it names a batch that is in the target, never one that is not; the batch after it may
 * also be there, which does no harm since every write is an upsert. It holds the URLs masked
 * and a fingerprint (SHA-256) of them, so {@code --resume} cannot continue a copy between
 * other databases; no secret, nor anything derived from one, is written to disk.
 */
final class CopyCheckpoint {
    static final List<String> PHASES = List.of("resources", "threads", "messages", "runs");
    private static final String KIND = "agentstore-copy-checkpoint";

    /** One phase: done, the last key copied (null: none yet; runs use workflowName and runId), rows copied so far. */
    static final class Phase {
        boolean done;
        String after;
        String afterRun;
        long copied;
    }

    private final Path file;
    private final String fingerprint;
    private final String from;
    private final String to;
    private final List<String> domains;
    private final Map<String, Phase> phases = new LinkedHashMap<>();

    private CopyCheckpoint(Path file, String fingerprint, String from, String to, List<String> domains) {
        this.file = file;
        this.fingerprint = fingerprint;
        this.from = from;
        this.to = to;
        this.domains = domains;
        PHASES.forEach(p -> phases.put(p, new Phase()));
    }

    /** The default file for a copy between these two URLs: in the working directory, named by a short fingerprint of both. */
    static Path defaultFile(String fromMasked, String toMasked) {
        return Path.of("agentstore-copy-" + fingerprint(fromMasked, toMasked).substring(0, 12) + ".checkpoint.json");
    }

    static CopyCheckpoint fresh(Path file, String fromMasked, String toMasked, List<String> domains) {
        return new CopyCheckpoint(file, fingerprint(fromMasked, toMasked), fromMasked, toMasked, domains);
    }

    /**
     * The checkpoint in {@code file} for this copy, or null when there is none.
     *
     * @throws CommandFailure when the file belongs to another copy or cannot be read
     */
    static CopyCheckpoint load(Path file, String fromMasked, String toMasked, List<String> domains) {
        if (!Files.exists(file)) {
            return null;
        }
        JsonNode n;
        try {
            n = Console.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure("CHECKPOINT_INVALID", "the checkpoint " + file + " cannot be read: " + e.getMessage(),
                    "delete it and copy again without --resume (every write is an upsert, so starting over is safe)");
        }
        if (n == null || !KIND.equals(n.path("kind").asText())) {
            throw new CommandFailure("CHECKPOINT_INVALID", file + " is not a copy checkpoint",
                    "pass the file a previous copy named with --checkpoint, or delete it");
        }
        CopyCheckpoint c = fresh(file, fromMasked, toMasked, domains);
        if (!c.fingerprint.equals(n.path("fingerprint").asText())) {
            throw new CommandFailure("CHECKPOINT_MISMATCH", "the checkpoint " + file + " is of a copy from " + n.path("from").asText()
                    + " to " + n.path("to").asText() + ", not of this one",
                    "resume with the same --from and --to, or pass another --checkpoint file");
        }
        List<String> saved = Console.mapper().convertValue(n.path("domains"), Console.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
        if (!domains.equals(saved)) {
            throw new CommandFailure("CHECKPOINT_MISMATCH", "the checkpoint " + file + " is of a copy of the domains " + saved + ", not " + domains,
                    "resume with --domains " + String.join(",", saved) + ", or copy again without --resume");
        }
        for (String p : PHASES) {
            JsonNode pn = n.path("phases").path(p);
            Phase ph = c.phases.get(p);
            ph.done = pn.path("done").asBoolean(false);
            ph.after = pn.path("after").isTextual() ? pn.path("after").asText() : null;
            ph.afterRun = pn.path("afterRun").isTextual() ? pn.path("afterRun").asText() : null;
            ph.copied = pn.path("copied").asLong(0);
        }
        return c;
    }

    Phase phase(String name) {
        return phases.get(name);
    }

    Path file() {
        return file;
    }

    /** Writes the checkpoint atomically and durably (see the class comment). */
    void save() {
        ObjectNode n = Console.object();
        n.put("kind", KIND);
        n.put("version", 1);
        n.put("from", from);
        n.put("to", to);
        n.put("fingerprint", fingerprint);
        n.set("domains", Views.tree(domains));
        n.put("savedAt", Instant.now().toString());
        ObjectNode ps = n.putObject("phases");
        phases.forEach((name, p) -> {
            ObjectNode pn = ps.putObject(name);
            pn.put("done", p.done);
            pn.put("after", p.after);
            if (name.equals("runs")) {
                pn.put("afterRun", p.afterRun);
            }
            pn.put("copied", p.copied);
        });
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(Console.compact(n).getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(String fromMasked, String toMasked) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((fromMasked + "\n" + toMasked).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
