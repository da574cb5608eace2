package io.agentstore.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.workflow.WorkflowRun;

/** Data for copy/backup/restore tests, and a full dump of a store to compare two stores exactly. */
final class TransferFixtures {
    static final String HOSTILE = "it's \"quoted\" \\ back'slash; DROP TABLE mastra_messages; -- 日本語 Ünïcödé 😀🧪 \u2028\t\r\n end";
    static final Instant BASE = Instant.parse("2024-05-06T07:08:09.123Z");

    private TransferFixtures() {
    }

    /**
     * Fills {@code store}: 3 resources, 4 threads (hostile titles and metadata), messages with
     * ties in createdAt, hostile text, raw JSON content with unknown fields and odd spacing, one
     * 1 MB message, one orphan message, and 3 workflow runs. Returns the number of messages.
     */
    static int fillHostile(AgentStore store) {
        store.init();
        MemoryTransfer t = store.memoryTransfer();
        List<MemoryResource> resources = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            resources.add(new MemoryResource("res-" + i, "# Working memory " + i + "\n" + HOSTILE, Map.of("tier", i, "note", HOSTILE), BASE,
                    BASE.plusSeconds(i)));
        }
        t.putResources(resources);
        List<MemoryThread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(new MemoryThread("thread-" + i + "-émoji😀", "res-" + (i % 3), "Title " + i + " " + HOSTILE,
                    Map.of("channel", "web", "n", 1.5 + i, "nested", Map.of("q", "'\"", "list", List.of(1, 2, 3))), BASE.plusSeconds(i),
                    BASE.plusSeconds(100 + i)));
        }
        t.putThreads(threads);
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            MemoryThread th = threads.get(i);
            for (int j = 0; j < 6; j++) {
                String role = j % 2 == 0 ? Message.USER : Message.ASSISTANT;
                // pairs share a millisecond: order within it is by id
                messages.add(new Message("msg-" + i + "-" + (char) ('z' - j), th.id(), th.resourceId(), role, Message.TYPE_V2,
                        MessageContent.ofText("message " + j + " " + HOSTILE), BASE.plusMillis(j / 2)));
            }
        }
        messages.add(new Message("msg-raw", threads.get(0).id(), "res-0", Message.TOOL, Message.TYPE_V2,
                MessageContent.of("{ \"format\" : 2,\"parts\":[{\"type\":\"tool-invocation\",\"x\":1.50}], \"unknown\":{\"kept\":true} }"), BASE.plusSeconds(5)));
        messages.add(new Message("msg-big", threads.get(1).id(), "res-1", Message.USER, Message.TYPE_V2,
                MessageContent.ofText("big ".repeat(256 * 1024)), BASE.plusSeconds(6)));
        messages.add(new Message("msg-orphan", "no-such-thread", null, Message.USER, Message.TYPE_V2, MessageContent.ofText("orphan"), BASE));
        t.putMessages(messages);
        List<WorkflowRun> runs = List.of(
                new WorkflowRun("order-refund", "run-1", "res-0", "{\"status\":\"suspended\",\"context\":{\"amount\":19.90,\"note\":\"" + "quote\\\" ok\"}}",
                        BASE, BASE.plusSeconds(1)),
                new WorkflowRun("order-refund", "run-2", null, "{\"status\":\"success\",\"emoji\":\"😀\"}", BASE, BASE.plusSeconds(2)),
                new WorkflowRun("trip-booking", "run-1", "res-2", "{\"status\":\"failed\",\"error\":{\"message\":\"" + "日本語\"}}", BASE, BASE));
        store.workflowTransfer().putRuns(runs);
        return messages.size();
    }

    /** Fills {@code store} with {@code threads} threads of {@code perThread} short messages each, quickly (bulk puts). */
    static void fillMany(AgentStore store, int threads, int perThread) {
        store.init();
        MemoryTransfer t = store.memoryTransfer();
        List<MemoryThread> ths = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            ths.add(new MemoryThread(String.format("t%05d", i), "user-" + (i % 10), "Thread " + i, Map.of(), BASE, BASE.plusSeconds(i)));
        }
        t.putThreads(ths);
        List<Message> batch = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            for (int j = 0; j < perThread; j++) {
                batch.add(new Message(String.format("m%05d-%06d", i, j), ths.get(i).id(), ths.get(i).resourceId(), j % 2 == 0 ? Message.USER : Message.ASSISTANT,
                        Message.TYPE_V2, MessageContent.ofText("Message " + j + " of thread " + i + ": the quick brown fox jumps over the lazy dog."),
                        BASE.plusMillis(j)));
                if (batch.size() == 5000) {
                    t.putMessages(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            t.putMessages(batch);
        }
    }

    /**
     * Every row of a store as text, keyed and sorted by kind and id: message content byte for
     * byte; metadata and snapshots canonical (PostgreSQL's jsonb reorders keys); times in ms.
     */
    static Map<String, String> dump(AgentStore store) {
        Map<String, String> out = new TreeMap<>();
        MemoryTransfer t = store.memoryTransfer();
        String after = null;
        for (List<MemoryResource> p; !(p = t.scanResources(after, 100)).isEmpty(); after = p.get(p.size() - 1).id()) {
            p.forEach(r -> out.put("resource " + r.id(), r.workingMemory() + "|" + Digests.canonical(r.metadata()) + "|" + r.createdAt().toEpochMilli()
                    + "|" + r.updatedAt().toEpochMilli()));
        }
        after = null;
        for (List<MemoryThread> p; !(p = t.scanThreads(after, 100)).isEmpty(); after = p.get(p.size() - 1).id()) {
            p.forEach(r -> out.put("thread " + r.id(), r.resourceId() + "|" + r.title() + "|" + Digests.canonical(r.metadata()) + "|"
                    + r.createdAt().toEpochMilli() + "|" + r.updatedAt().toEpochMilli()));
        }
        after = null;
        for (List<Message> p; !(p = t.scanMessages(after, 100)).isEmpty(); after = p.get(p.size() - 1).id()) {
            p.forEach(m -> out.put("message " + m.id(), m.threadId() + "|" + m.resourceId() + "|" + m.role() + "|" + m.type() + "|"
                    + m.createdAt().toEpochMilli() + "|" + m.content().json()));
        }
        String an = null;
        String ar = null;
        for (List<WorkflowRun> p; !(p = store.workflowTransfer().scanRuns(an, ar, 100)).isEmpty(); ) {
            p.forEach(r -> out.put("run " + r.workflowName() + "/" + r.runId(), r.resourceId() + "|" + Digests.canonical(r.snapshot()) + "|"
                    + r.createdAt().toEpochMilli() + "|" + r.updatedAt().toEpochMilli()));
            an = p.get(p.size() - 1).workflowName();
            ar = p.get(p.size() - 1).runId();
        }
        return out;
    }

    static Map<String, String> dump(String url) {
        try (AgentStore s = AgentStore.open(url)) {
            return dump(s);
        }
    }
}
