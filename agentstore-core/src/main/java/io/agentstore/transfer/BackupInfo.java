package io.agentstore.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a verified backup file holds: its header (format version, the AgentStore version that
 * wrote it, when, from which backend and URL — masked —, which domains) and its trailer (record
 * counts and the SHA-256 of the content), as {@link BackupReader#verify} found them.
 *
 * <pre>{@code
 * BackupInfo info = BackupReader.verify(Files.newInputStream(Path.of("agents.agentstore.gz")));
 * System.out.println(info.counts().get("messages") + " messages from " + info.sourceUrl());
 * }</pre>
 *
 * @param counts records per kind: {@code resources}, {@code threads}, {@code messages}, {@code runs}
 */
public record BackupInfo(int formatVersion, String agentStoreVersion, Instant createdAt, String sourceBackend, String sourceUrl,
                         List<String> domains, Map<String, Long> counts, String sha256) {
    public BackupInfo {
        domains = List.copyOf(domains);
        counts = Map.copyOf(counts);
    }
}
