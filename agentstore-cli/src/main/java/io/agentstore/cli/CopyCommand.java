package io.agentstore.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.config.Secrets;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.spi.WorkflowTransfer;
import io.agentstore.transfer.BackupFormat;
import io.agentstore.workflow.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code agentstore copy}: moves every row of the chosen domains from one store to another (any
 * two backends), in pages of {@code --batch} rows (constant memory), as upserts that keep ids,
 * times and content exactly (so running it again is safe), with a checkpoint after every batch
 * so that {@code --resume} continues an interrupted copy, even after {@code kill -9}; then
 * verifies the target against the source (counts, rows, per-thread message checksums) and
 * fails with exit code 3 on any difference.
 *
 * <pre>{@code
 * $ agentstore copy --from file:./agentstore.db --to 'postgresql://app@db/app?schema=agents'
 * $ agentstore copy --from file:./agentstore.db --to 'postgresql://app@db/app' --resume
 * }</pre>
 */
@Command(name = "copy", description = {"Copy every domain's data from one store to another (any two backends), then verify the target.",
        "Streams in pages (constant memory); idempotent (upserts); resumable after an interruption with --resume."})
final class CopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL", description = "The source store (read only).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The target store (created or migrated if needed).")
    String to;

    @Option(names = "--domains", split = ",", paramLabel = "LIST", description = "Domains to copy: memory, workflows (default: both).")
    List<String> domains = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Rows per page read and per write (1 to 10000; default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--resume", description = "Continue the interrupted copy recorded in the checkpoint, skipping what it finished.")
    boolean resume;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "The checkpoint file (default: agentstore-copy-<fingerprint of the two URLs>.checkpoint.json in the working directory).")
    Path checkpointFile;

    private Console console;
    private Progress progress;
    private Map<String, Long> totals;

    @Override
    public Integer call() {
        AgentStoreCli root = (AgentStoreCli) spec.root().userObject();
        console = root.context().console();
        if (root.url != null) {
            throw usage("copy reads --from and writes --to; --url means nothing here");
        }
        if (batch < 1 || batch > MemoryTransfer.MAX_BATCH) {
            throw usage("--batch must be between 1 and " + MemoryTransfer.MAX_BATCH + ", got " + batch);
        }
        if (from.equals(to)) {
            throw usage("--from and --to are the same store; copy needs two different ones");
        }
        List<String> wanted;
        try {
            wanted = DataDomains.parse(domains);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        String fromShown = Secrets.maskUrl(from);
        String toShown = Secrets.maskUrl(to);
        Path file = checkpointFile != null ? checkpointFile : CopyCheckpoint.defaultFile(fromShown, toShown);

        try (AgentStore source = AgentStore.open(from); AgentStore target = AgentStore.open(to)) {
            target.init();
            // Ask for the bulk SPI of every domain first: an unsupported one fails before anything is written.
            MemoryTransfer srcMem = wanted.contains(BackupFormat.MEMORY) ? source.memoryTransfer() : null;
            MemoryTransfer dstMem = wanted.contains(BackupFormat.MEMORY) ? target.memoryTransfer() : null;
            WorkflowTransfer srcWf = wanted.contains(BackupFormat.WORKFLOWS) ? source.workflowTransfer() : null;
            WorkflowTransfer dstWf = wanted.contains(BackupFormat.WORKFLOWS) ? target.workflowTransfer() : null;

            CopyCheckpoint cp = resume ? CopyCheckpoint.load(file, fromShown, toShown, wanted) : null;
            boolean resumed = cp != null;
            if (resume && cp == null) {
                console.errln("copy: no checkpoint at " + file + ": nothing to resume, copying everything");
            } else if (!resume && java.nio.file.Files.exists(file)) {
                console.errln("copy: starting over; the checkpoint " + file + " of an earlier unfinished copy is replaced (--resume continues it instead)");
            }
            if (cp == null) {
                cp = CopyCheckpoint.fresh(file, fromShown, toShown, wanted);
            }
            Map<String, Long> before = new LinkedHashMap<>();
            for (String p : CopyCheckpoint.PHASES) {
                before.put(p, cp.phase(p).copied);
            }
            cp.save();
            console.errln("copy: " + fromShown + " -> " + toShown + " (" + String.join(", ", wanted) + "); checkpoint " + file
                    + (resumed ? " (resuming)" : ""));
            totals = Verifier.rowCounts(source);
            progress = new Progress(console, "copy");
            long started = System.nanoTime();
            if (srcMem != null) {
                copyResources(srcMem, dstMem, cp);
                copyThreads(srcMem, dstMem, cp);
                copyMessages(srcMem, dstMem, cp);
            }
            if (srcWf != null) {
                copyRuns(srcWf, dstWf, cp);
            }
            double copySeconds = (System.nanoTime() - started) / 1e9;
            progress.finish();
            // Everything is in the target: the checkpoint has done its job. A later copy starts over (safe: upserts).
            cp.delete();

            Progress vp = new Progress(console, "verify");
            Verifier.Result v = new Verifier(source, target, batch, vp).verify(wanted);
            vp.finish();
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String p : CopyCheckpoint.PHASES) {
                copied.put(p, cp.phase(p).copied - before.get(p));
            }
            long ms = Math.round(copySeconds * 1000);
            long rate = copySeconds > 0 ? Math.round(copied.get("messages") / copySeconds) : 0;
            report(root.json, fromShown, toShown, wanted, file, resumed, before, copied, ms, rate, v, source, target);
            return v.ok() ? AgentStoreCli.EXIT_OK : AgentStoreCli.EXIT_DIFFERENT;
        }
    }

    private void copyResources(MemoryTransfer src, MemoryTransfer dst, CopyCheckpoint cp) {
        CopyCheckpoint.Phase ph = cp.phase("resources");
        while (!ph.done) {
            List<MemoryResource> page = src.scanResources(ph.after, batch);
            if (!page.isEmpty()) {
                dst.putResources(page);
                ph.after = page.get(page.size() - 1).id();
                ph.copied += page.size();
            }
            step(cp, ph, page.size(), "resources");
        }
    }

    private void copyThreads(MemoryTransfer src, MemoryTransfer dst, CopyCheckpoint cp) {
        CopyCheckpoint.Phase ph = cp.phase("threads");
        while (!ph.done) {
            List<MemoryThread> page = src.scanThreads(ph.after, batch);
            if (!page.isEmpty()) {
                dst.putThreads(page);
                ph.after = page.get(page.size() - 1).id();
                ph.copied += page.size();
            }
            step(cp, ph, page.size(), "threads");
        }
    }

    private void copyMessages(MemoryTransfer src, MemoryTransfer dst, CopyCheckpoint cp) {
        CopyCheckpoint.Phase ph = cp.phase("messages");
        while (!ph.done) {
            List<Message> page = src.scanMessages(ph.after, batch);
            if (!page.isEmpty()) {
                dst.putMessages(page);
                ph.after = page.get(page.size() - 1).id();
                ph.copied += page.size();
            }
            step(cp, ph, page.size(), "messages");
        }
    }

    private void copyRuns(WorkflowTransfer src, WorkflowTransfer dst, CopyCheckpoint cp) {
        CopyCheckpoint.Phase ph = cp.phase("runs");
        while (!ph.done) {
            List<WorkflowRun> page = src.scanRuns(ph.after, ph.afterRun, batch);
            if (!page.isEmpty()) {
                dst.putRuns(page);
                WorkflowRun last = page.get(page.size() - 1);
                ph.after = last.workflowName();
                ph.afterRun = last.runId();
                ph.copied += page.size();
            }
            step(cp, ph, page.size(), "runs");
        }
    }

    /** After a batch is committed in the target: record it (a short page is the last), then report progress. */
    private void step(CopyCheckpoint cp, CopyCheckpoint.Phase ph, int size, String phase) {
        if (size < batch) {
            ph.done = true;
        }
        cp.save();
        progress.update(phase, ph.copied, totals.getOrDefault(phase.equals("runs") ? "workflow_snapshots" : phase, -1L));
    }

    private void report(boolean json, String fromShown, String toShown, List<String> wanted, Path file, boolean resumed,
                        Map<String, Long> before, Map<String, Long> copied, long ms, long rate, Verifier.Result v,
                        AgentStore source, AgentStore target) {
        if (json) {
            ObjectNode doc = Console.object();
            doc.put("from", fromShown);
            doc.put("to", toShown);
            doc.set("domains", Views.tree(wanted));
            doc.put("batch", batch);
            doc.put("checkpoint", file.toString());
            doc.put("resumed", resumed);
            doc.set("alreadyCopied", Views.tree(before));
            doc.set("copied", Views.tree(copied));
            doc.put("durationMs", ms);
            doc.put("messagesPerSecond", rate);
            ObjectNode vn = doc.putObject("verification");
            vn.put("ok", v.ok());
            ObjectNode counts = vn.putObject("counts");
            v.counts().forEach((k, c) -> counts.putObject(k).put("source", c[0]).put("target", c[1]));
            vn.put("resourcesChecked", v.resources());
            vn.put("threadsChecked", v.threads());
            vn.put("messagesChecked", v.messages());
            vn.put("runsChecked", v.runs());
            ArrayNode diffs = vn.putArray("differences");
            v.differences().forEach(diffs::add);
            if (!v.ok()) {
                ObjectNode err = doc.putObject("error");
                err.put("code", "VERIFICATION_FAILED");
                err.put("message", "the target differs from the source: " + v.differences().get(0));
                err.put("hint", hint());
            }
            console.json(doc);
        } else {
            console.println("Copied " + fromShown + " (" + String.join(", ", source.backendNames()) + ") -> " + toShown + " ("
                    + String.join(", ", target.backendNames()) + "), domains " + String.join(", ", wanted) + ":");
            for (String p : CopyCheckpoint.PHASES) {
                boolean inDomain = p.equals("runs") ? wanted.contains(BackupFormat.WORKFLOWS) : wanted.contains(BackupFormat.MEMORY);
                if (inDomain) {
                    console.println(String.format("  %-10s %d%s", p, copied.get(p), before.get(p) > 0 ? " (+" + before.get(p) + " before the interruption)" : ""));
                }
            }
            console.println(String.format("  in %.1f s (%d messages/s)%s", ms / 1000.0, rate, resumed ? ", resumed from " + file : ""));
            if (v.ok()) {
                StringBuilder c = new StringBuilder();
                v.counts().forEach((k, n) -> c.append(c.length() == 0 ? "" : ", ").append(k).append(' ').append(n[0]));
                console.println("Verified: the target matches the source (" + c + "); " + v.threads() + " threads compared message by message ("
                        + v.messages() + " messages), " + v.resources() + " resources and " + v.runs() + " workflow runs compared row by row.");
            }
        }
        if (!v.ok()) {
            console.errln("VERIFICATION FAILED: the target differs from the source (first " + v.differences().size() + " differences):");
            v.differences().forEach(d -> console.errln("  " + d));
            console.errln("error: copy verification failed: " + v.differences().get(0));
            console.errln("hint: " + hint());
        }
    }

    private String hint() {
        return "stop writers on both stores and run the copy again (without --resume); it overwrites every copied row";
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
