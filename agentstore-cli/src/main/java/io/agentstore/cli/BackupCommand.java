package io.agentstore.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.spi.WorkflowTransfer;
import io.agentstore.transfer.BackupFormat;
import io.agentstore.transfer.BackupWriter;
import io.agentstore.workflow.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agentstore backup}: writes the store's data to one portable file (see
 * {@code docs/backup-format.md}): compressed, versioned, checksummed, restorable into any
 * backend. Streams in pages (constant memory). The file appears under its name only when it is
 * complete: it is written as {@code FILE.partial} and renamed at the end.
 *
 * <pre>{@code
 * $ agentstore backup --url file:./agentstore.db --out agents.agentstore.gz
 * }</pre>
 */
@Command(name = "backup", description = {"Write the store's data to a portable, compressed, checksummed backup file.",
        "Restore it into any backend with 'restore'. Reads only."})
final class BackupCommand extends StoreCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (refused if it exists, unless --force).")
    Path out;

    @Option(names = "--domains", split = ",", paramLabel = "LIST", description = "Domains to back up: memory, workflows (default: both).")
    List<String> domains = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Rows read per page (1 to 10000; default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    private List<String> wanted;

    @Override
    void validate() {
        if (batch < 1 || batch > MemoryTransfer.MAX_BATCH) {
            throw usage("--batch must be between 1 and " + MemoryTransfer.MAX_BATCH + ", got " + batch);
        }
        try {
            wanted = DataDomains.parse(domains);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        if (Files.exists(out) && !force) {
            throw new CommandFailure("FILE_EXISTS", "the backup file " + out + " already exists", "choose another --out, or pass --force to overwrite it");
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CommandFailure("INVALID_INPUT", "--out: the directory " + dir + " does not exist", "create it, or write the backup elsewhere");
        }
    }

    @Override
    int run(AgentStore store) {
        MemoryTransfer mem = wanted.contains(BackupFormat.MEMORY) ? store.memoryTransfer() : null;
        WorkflowTransfer wf = wanted.contains(BackupFormat.WORKFLOWS) ? store.workflowTransfer() : null;
        Map<String, Long> totals = Verifier.rowCounts(store);
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Progress progress = new Progress(console(), "backup");
        String sha;
        Map<String, Long> counts;
        try (OutputStream os = Files.newOutputStream(partial);
             BackupWriter w = new BackupWriter(os, VersionProvider.version(), String.join("+", store.backendNames()), displayUrl(), wanted)) {
            if (mem != null) {
                String after = null;
                for (List<MemoryResource> page; !(page = mem.scanResources(after, batch)).isEmpty(); after = page.get(page.size() - 1).id()) {
                    page.forEach(w::resource);
                    progress.update("resources", w.counts().get("resources"), totals.getOrDefault("resources", -1L));
                }
                after = null;
                for (List<MemoryThread> page; !(page = mem.scanThreads(after, batch)).isEmpty(); after = page.get(page.size() - 1).id()) {
                    page.forEach(w::thread);
                    progress.update("threads", w.counts().get("threads"), totals.getOrDefault("threads", -1L));
                }
                after = null;
                for (List<Message> page; !(page = mem.scanMessages(after, batch)).isEmpty(); after = page.get(page.size() - 1).id()) {
                    page.forEach(w::message);
                    progress.update("messages", w.counts().get("messages"), totals.getOrDefault("messages", -1L));
                }
            }
            if (wf != null) {
                String afterName = null;
                String afterRun = null;
                for (List<WorkflowRun> page; !(page = wf.scanRuns(afterName, afterRun, batch)).isEmpty(); ) {
                    page.forEach(w::run);
                    afterName = page.get(page.size() - 1).workflowName();
                    afterRun = page.get(page.size() - 1).runId();
                    progress.update("runs", w.counts().get("runs"), totals.getOrDefault("workflow_snapshots", -1L));
                }
            }
            sha = w.finish();
            counts = w.counts();
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new CommandFailure("IO_ERROR", "cannot write " + partial + ": " + e.getMessage(), "check the path, permissions and free space");
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        progress.finish();
        long bytes;
        try {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            bytes = Files.size(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long ms = Math.round(progress.seconds() * 1000);
        if (json()) {
            ObjectNode doc = Console.object();
            doc.put("url", displayUrl());
            doc.put("file", out.toString());
            doc.put("formatVersion", BackupFormat.VERSION);
            doc.set("domains", Views.tree(wanted));
            doc.set("counts", Views.tree(counts));
            doc.put("sha256", sha);
            doc.put("bytes", bytes);
            doc.put("durationMs", ms);
            console().json(doc);
        } else {
            console().println("Backed up " + displayUrl() + " (" + String.join(", ", wanted) + ") to " + out + ":");
            console().println(String.format("  %d resources, %d threads, %d messages, %d workflow runs", counts.get("resources"), counts.get("threads"),
                    counts.get("messages"), counts.get("runs")));
            console().println(String.format("  %,d bytes (gzip), format %d, sha256 %s, in %.1f s", bytes, BackupFormat.VERSION, sha, ms / 1000.0));
            console().println("Restore with: " + root().context().prog() + " restore --in " + shellQuote(out.toString()) + " --url URL");
        }
        return AgentStoreCli.EXIT_OK;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the write already failed; that error is the one to report
        }
    }
}
