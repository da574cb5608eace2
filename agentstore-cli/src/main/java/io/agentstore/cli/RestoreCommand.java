package io.agentstore.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.spi.WorkflowTransfer;
import io.agentstore.transfer.BackupFormat;
import io.agentstore.transfer.BackupInfo;
import io.agentstore.transfer.BackupReader;
import io.agentstore.workflow.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agentstore restore}: reads a file written by {@code backup} into a store of any
 * backend. The whole file is verified first (gzip integrity, header, every record, counts,
 * SHA-256): a truncated or corrupted file is refused before anything is written. A target that
 * already holds data of the file's domains is refused unless {@code --merge}, which upserts the
 * file's rows over what is there.
 *
 * <pre>{@code
 * $ agentstore restore --in agents.agentstore.gz --url 'postgresql://app@db/app?schema=restored'
 * }</pre>
 */
@Command(name = "restore", description = {"Restore a backup file into a store (any backend); the file is fully verified before anything is written.",
        "Refuses a store that already holds data unless --merge."})
final class RestoreCommand extends StoreCommand {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The backup file, as written by 'backup'.")
    Path in;

    @Option(names = "--merge", description = "Restore into a store that already holds data: the file's rows replace rows with the same ids, others stay.")
    boolean merge;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Rows per write (1 to 10000; default ${DEFAULT-VALUE}).")
    int batch;

    private BackupInfo info;

    @Override
    void validate() {
        if (batch < 1 || batch > MemoryTransfer.MAX_BATCH) {
            throw usage("--batch must be between 1 and " + MemoryTransfer.MAX_BATCH + ", got " + batch);
        }
        if (!Files.isRegularFile(in)) {
            throw new CommandFailure("INVALID_INPUT", "--in: " + in + " does not exist or is not a file", "pass the file 'agentstore backup --out' wrote");
        }
        // Before the store is even opened: a bad file must not cost a single write, not even of the schema.
        console().errln("restore: verifying " + in + " ...");
        try (InputStream is = Files.newInputStream(in)) {
            info = BackupReader.verify(is);
        } catch (IOException e) {
            throw new CommandFailure("IO_ERROR", "cannot read " + in + ": " + e.getMessage(), "check the path and permissions");
        }
    }

    @Override
    int run(AgentStore store) {
        store.init();
        boolean mem = info.domains().contains(BackupFormat.MEMORY);
        boolean wf = info.domains().contains(BackupFormat.WORKFLOWS);
        MemoryTransfer mt = mem ? store.memoryTransfer() : null;
        WorkflowTransfer wt = wf ? store.workflowTransfer() : null;
        if (!merge) {
            List<String> held = new ArrayList<>();
            if (mt != null) {
                if (!mt.scanResources(null, 1).isEmpty()) {
                    held.add("resources");
                }
                if (!mt.scanThreads(null, 1).isEmpty()) {
                    held.add("threads");
                }
                if (!mt.scanMessages(null, 1).isEmpty()) {
                    held.add("messages");
                }
            }
            if (wt != null && !wt.scanRuns(null, null, 1).isEmpty()) {
                held.add("workflow runs");
            }
            if (!held.isEmpty()) {
                throw new CommandFailure("NOT_EMPTY", "the target " + displayUrl() + " already holds data (" + String.join(", ", held)
                        + "); nothing was written", "restore into an empty database or schema, or pass --merge to upsert the backup's rows over what is there");
            }
        }
        long total = info.counts().values().stream().mapToLong(Long::longValue).sum();
        Progress progress = new Progress(console(), "restore");
        Batcher b = new Batcher(mt, wt, progress, total);
        try (InputStream is = Files.newInputStream(in)) {
            BackupReader.read(is, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.flush();
        progress.finish();
        long ms = Math.round(progress.seconds() * 1000);
        if (json()) {
            ObjectNode doc = Console.object();
            doc.put("url", displayUrl());
            doc.put("file", in.toString());
            doc.put("formatVersion", info.formatVersion());
            doc.put("backupCreatedAt", info.createdAt().toString());
            doc.put("backupSource", info.sourceUrl());
            doc.set("domains", Views.tree(info.domains()));
            doc.put("merge", merge);
            doc.set("restored", Views.tree(info.counts()));
            doc.put("sha256", info.sha256());
            doc.put("durationMs", ms);
            console().json(doc);
        } else {
            console().println("Restored " + in + " (format " + info.formatVersion() + ", written " + Times.iso(info.createdAt()) + " from "
                    + info.sourceUrl() + ") into " + displayUrl() + (merge ? " (merged)" : "") + ":");
            console().println(String.format("  %d resources, %d threads, %d messages, %d workflow runs, in %.1f s", info.counts().get("resources"),
                    info.counts().get("threads"), info.counts().get("messages"), info.counts().get("runs"), ms / 1000.0));
        }
        return AgentStoreCli.EXIT_OK;
    }

    /** Collects records of one kind into batches and writes each batch as one upsert. */
    private final class Batcher implements BackupReader.Visitor {
        private final MemoryTransfer mt;
        private final WorkflowTransfer wt;
        private final Progress progress;
        private final long total;
        private final List<MemoryResource> resources = new ArrayList<>();
        private final List<MemoryThread> threads = new ArrayList<>();
        private final List<Message> messages = new ArrayList<>();
        private final List<WorkflowRun> runs = new ArrayList<>();
        private long done;

        Batcher(MemoryTransfer mt, WorkflowTransfer wt, Progress progress, long total) {
            this.mt = mt;
            this.wt = wt;
            this.progress = progress;
            this.total = total;
        }

        @Override
        public void resource(MemoryResource r) {
            resources.add(r);
            if (resources.size() == batch) {
                flush();
            }
        }

        @Override
        public void thread(MemoryThread t) {
            flushOthers(threads);
            threads.add(t);
            if (threads.size() == batch) {
                flush();
            }
        }

        @Override
        public void message(Message m) {
            flushOthers(messages);
            messages.add(m);
            if (messages.size() == batch) {
                flush();
            }
        }

        @Override
        public void run(WorkflowRun r) {
            flushOthers(runs);
            runs.add(r);
            if (runs.size() == batch) {
                flush();
            }
        }

        private void flushOthers(List<?> current) {
            if (current.isEmpty()) {
                flush();
            }
        }

        void flush() {
            long n = resources.size() + threads.size() + messages.size() + runs.size();
            if (!resources.isEmpty()) {
                mt.putResources(resources);
                resources.clear();
            }
            if (!threads.isEmpty()) {
                mt.putThreads(threads);
                threads.clear();
            }
            if (!messages.isEmpty()) {
                mt.putMessages(messages);
                messages.clear();
            }
            if (!runs.isEmpty()) {
                wt.putRuns(runs);
                runs.clear();
            }
            done += n;
            progress.update("records", done, total);
        }
    }
}
