package io.agentstore.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.transfer.BackupFormat;
import io.agentstore.workflow.WorkflowRun;

/**
 * Checks that a target holds exactly what a source holds, after a copy: row counts per table
 * (which also catches extra rows in the target and orphan messages), every resource, thread and
 * workflow run by its digest, and every thread's messages by a per-thread checksum
 * ({@link Digests}) computed on each side from its own keyset scan. Reads in pages of
 * {@code batch}: constant memory. Collects the first few differences, in the source's order.
 */
final class Verifier {
    static final int MAX_DIFFERENCES = 10;

    record Result(Map<String, long[]> counts, long resources, long threads, long messages, long runs, List<String> differences) {
        boolean ok() {
            return differences.isEmpty();
        }
    }

    private final AgentStore source;
    private final AgentStore target;
    private final int batch;
    private final Progress progress;
    private final List<String> differences = new ArrayList<>();
    private long resources;
    private long threads;
    private long messages;
    private long runs;

    Verifier(AgentStore source, AgentStore target, int batch, Progress progress) {
        this.source = source;
        this.target = target;
        this.batch = batch;
        this.progress = progress;
    }

    Result verify(List<String> domains) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Long> sc = rowCounts(source);
        Map<String, Long> tc = rowCounts(target);
        List<String> tables = new ArrayList<>();
        if (domains.contains(BackupFormat.MEMORY)) {
            tables.addAll(List.of("resources", "threads", "messages"));
        }
        if (domains.contains(BackupFormat.WORKFLOWS)) {
            tables.add("workflow_snapshots");
        }
        for (String table : tables) {
            Long s = sc.get(table);
            Long t = tc.get(table);
            if (s != null && t != null) {
                counts.put(table, new long[] {s, t});
                if (!s.equals(t)) {
                    differ(table + ": the source has " + s + ", the target " + t);
                }
            }
        }
        if (domains.contains(BackupFormat.MEMORY)) {
            verifyResources();
            verifyThreads();
        }
        if (domains.contains(BackupFormat.WORKFLOWS)) {
            verifyRuns();
        }
        return new Result(counts, resources, threads, messages, runs, List.copyOf(differences));
    }

    /** Row counts of the store that serves each table's domain (a store may route domains to several databases). */
    static Map<String, Long> rowCounts(AgentStore store) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (StoreStatus s : store.status()) {
            List<String> serves = Arrays.asList(s.details().getOrDefault("domains", "").split(",\\s*"));
            s.rowCounts().forEach((table, n) -> {
                boolean workflowTable = table.equals("workflow_snapshots");
                if (serves.contains(workflowTable ? BackupFormat.WORKFLOWS : BackupFormat.MEMORY)) {
                    out.put(table, n);
                }
            });
        }
        return out;
    }

    private void verifyResources() {
        MemoryTransfer src = source.memoryTransfer();
        String after = null;
        for (List<MemoryResource> page; !(page = src.scanResources(after, batch)).isEmpty(); after = page.get(page.size() - 1).id()) {
            for (MemoryResource r : page) {
                resources++;
                Optional<MemoryResource> t = target.memory().getResource(r.id());
                if (t.isEmpty()) {
                    differ("resource " + r.id() + ": missing in the target");
                } else if (!Arrays.equals(Digests.resource(r), Digests.resource(t.get()))) {
                    differ("resource " + r.id() + ": differs (" + firstField(r, t.get()) + ")");
                }
            }
            progress.update("verified resources", resources, -1);
        }
    }

    private void verifyThreads() {
        MemoryTransfer src = source.memoryTransfer();
        MemoryTransfer dst = target.memoryTransfer();
        String after = null;
        for (List<MemoryThread> page; !(page = src.scanThreads(after, batch)).isEmpty(); after = page.get(page.size() - 1).id()) {
            for (MemoryThread th : page) {
                threads++;
                Optional<MemoryThread> t = target.memory().getThread(th.id());
                if (t.isEmpty()) {
                    differ("thread " + th.id() + ": missing in the target");
                    continue;
                }
                if (!Arrays.equals(Digests.thread(th), Digests.thread(t.get()))) {
                    differ("thread " + th.id() + ": its row differs (" + firstField(th, t.get()) + ")");
                }
                Digests.Sum s = messageSum(src, th.id());
                Digests.Sum d = messageSum(dst, th.id());
                messages += s.count();
                if (!s.sameAs(d)) {
                    differ("thread " + th.id() + ": its messages differ (source " + s.count() + " messages, checksum " + s.hex().substring(0, 16)
                            + "…; target " + d.count() + " messages, checksum " + d.hex().substring(0, 16) + "…)");
                }
                progress.update("verified threads", threads, -1);
            }
        }
    }

    private Digests.Sum messageSum(MemoryTransfer side, String threadId) {
        Digests.Sum sum = new Digests.Sum();
        Instant afterAt = null;
        String afterId = null;
        for (List<Message> page; !(page = side.scanThreadMessages(threadId, afterAt, afterId, batch)).isEmpty(); ) {
            page.forEach(m -> sum.add(Digests.message(m)));
            Message last = page.get(page.size() - 1);
            afterAt = last.createdAt();
            afterId = last.id();
        }
        return sum;
    }

    private void verifyRuns() {
        String afterName = null;
        String afterRun = null;
        for (List<WorkflowRun> page; !(page = source.workflowTransfer().scanRuns(afterName, afterRun, batch)).isEmpty(); ) {
            for (WorkflowRun r : page) {
                runs++;
                Optional<WorkflowRun> t = target.workflows().getRun(r.workflowName(), r.runId());
                if (t.isEmpty()) {
                    differ("workflow run " + r.workflowName() + "/" + r.runId() + ": missing in the target");
                } else if (!Arrays.equals(Digests.run(r), Digests.run(t.get()))) {
                    differ("workflow run " + r.workflowName() + "/" + r.runId() + ": differs (" + firstField(r, t.get()) + ")");
                }
            }
            WorkflowRun last = page.get(page.size() - 1);
            afterName = last.workflowName();
            afterRun = last.runId();
            progress.update("verified workflow runs", runs, -1);
        }
    }

    private void differ(String what) {
        if (differences.size() < MAX_DIFFERENCES) {
            differences.add(what);
        }
    }

    /** Names the first differing field of two rows of one kind (compared canonically), for the report. */
    private static String firstField(Object a, Object b) {
        if (a instanceof MemoryThread x && b instanceof MemoryThread y) {
            return first(new String[] {"resourceId", "title", "metadata", "createdAt", "updatedAt"},
                    new Object[] {x.resourceId(), x.title(), Digests.canonical(x.metadata()), x.createdAt().toEpochMilli(), x.updatedAt().toEpochMilli()},
                    new Object[] {y.resourceId(), y.title(), Digests.canonical(y.metadata()), y.createdAt().toEpochMilli(), y.updatedAt().toEpochMilli()});
        }
        if (a instanceof MemoryResource x && b instanceof MemoryResource y) {
            return first(new String[] {"workingMemory", "metadata", "createdAt", "updatedAt"},
                    new Object[] {x.workingMemory(), Digests.canonical(x.metadata()), x.createdAt().toEpochMilli(), x.updatedAt().toEpochMilli()},
                    new Object[] {y.workingMemory(), Digests.canonical(y.metadata()), y.createdAt().toEpochMilli(), y.updatedAt().toEpochMilli()});
        }
        if (a instanceof WorkflowRun x && b instanceof WorkflowRun y) {
            return first(new String[] {"resourceId", "snapshot", "createdAt", "updatedAt"},
                    new Object[] {x.resourceId(), Digests.canonical(x.snapshot()), millis(x.createdAt()), millis(x.updatedAt())},
                    new Object[] {y.resourceId(), Digests.canonical(y.snapshot()), millis(y.createdAt()), millis(y.updatedAt())});
        }
        return "?";
    }

    private static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    private static String first(String[] names, Object[] a, Object[] b) {
        for (int i = 0; i < names.length; i++) {
            if (!java.util.Objects.equals(a[i], b[i])) {
                return names[i];
            }
        }
        return "?";
    }
}
