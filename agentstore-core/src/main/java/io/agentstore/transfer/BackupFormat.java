package io.agentstore.transfer;

import java.util.List;

/**
 * Constants of the portable backup format (documented in {@code docs/backup-format.md}): a gzip
 * stream of UTF-8 JSON lines — one header line, then one line per record (resources, threads,
 * messages, workflow runs, in that order), then one trailer line with the record counts and the
 * SHA-256 of every byte before the trailer. Backend-independent: ids, times (ISO-8601, UTC,
 * milliseconds), message content and snapshots (as their exact stored text) and metadata (JSON).
 *
 * <pre>{@code
 * if (info.formatVersion() > BackupFormat.VERSION) { ... } // written by a newer AgentStore
 * }</pre>
 */
public final class BackupFormat {
    /** The {@code magic} field of the header line. */
    public static final String MAGIC = "agentstore-backup";
    /** The format version this library writes and the newest it reads. */
    public static final int VERSION = 1;
    /** Domain names, as in {@code --domains}. */
    public static final String MEMORY = "memory";
    public static final String WORKFLOWS = "workflows";
    public static final List<String> DOMAINS = List.of(MEMORY, WORKFLOWS);
    /** Longest line accepted when reading: above the largest legal record, below what would exhaust a small heap. */
    static final int MAX_LINE_BYTES = 256 * 1024 * 1024;

    private BackupFormat() {
    }
}
