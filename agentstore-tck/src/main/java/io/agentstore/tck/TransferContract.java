package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;
import io.agentstore.spi.MemoryTransfer;
import io.agentstore.spi.WorkflowTransfer;
import io.agentstore.workflow.WorkflowRun;

/**
 * Bulk data movement ({@code AgentStore.memoryTransfer()}/{@code workflowTransfer()}, what copy,
 * backup and restore use): puts keep every field exactly, including both times, are idempotent
 * and replace everything; keyset scans visit every row once; per-thread scans follow the
 * listing order; hostile and large content survives; a bad row writes nothing. Retention
 * ({@code prune}) deletes across the whole store, so it is tested on private stores instead.
 */
public interface TransferContract extends TckContext {

    default MemoryTransfer mt() {
        return store().memoryTransfer();
    }

    default WorkflowTransfer wt() {
        return store().workflowTransfer();
    }

    /** Rows of a shared store from {@code start} on, page by page, until every wanted key was seen (ids with one random prefix sort together). */
    static <T> Map<String, T> scanFor(Set<String> wanted, Function<String, List<T>> page, Function<T, String> key, String start) {
        Map<String, T> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        String after = start;
        for (int i = 0; i < 10_000 && !found.keySet().containsAll(wanted); i++) {
            List<T> rows = page.apply(after);
            if (rows.isEmpty()) {
                break;
            }
            for (T r : rows) {
                String k = key.apply(r);
                assertTrue(seen.add(k), "a keyset scan returned " + k + " twice");
                if (wanted.contains(k)) {
                    found.put(k, r);
                }
            }
            after = key.apply(rows.get(rows.size() - 1));
        }
        return found;
    }

    @Test
    default void transfer_putKeepsEveryFieldAndScansFindEachRowOnce() {
        String p = uid("xfer");
        Instant created = Instant.parse("2021-03-04T05:06:07.891Z");
        Instant updated = Instant.parse("2022-08-09T10:11:12.345Z");
        List<MemoryResource> resources = new ArrayList<>();
        List<MemoryThread> threads = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            resources.add(new MemoryResource(p + "-r" + i, "# wm " + i, map("n", i), created, updated));
            threads.add(new MemoryThread(p + "-t" + i, p + "-r" + i, "title " + i, map("k", "v" + i), created.plusSeconds(i), updated));
            messages.add(new Message(p + "-m" + i, p + "-t" + (i % 2), p + "-r" + (i % 2), i % 2 == 0 ? Message.USER : Message.ASSISTANT,
                    Message.TYPE_V2, MessageContent.ofText("hello " + i), created.plusMillis(i)));
        }
        mt().putResources(resources);
        mt().putThreads(threads);
        mt().putMessages(messages);

        Map<String, MemoryResource> rs = scanFor(keys(resources, MemoryResource::id), a -> mt().scanResources(a, 3), MemoryResource::id, p);
        Map<String, MemoryThread> ts = scanFor(keys(threads, MemoryThread::id), a -> mt().scanThreads(a, 3), MemoryThread::id, p);
        Map<String, Message> ms = scanFor(keys(messages, Message::id), a -> mt().scanMessages(a, 3), Message::id, p);
        assertEquals(7, rs.size(), "every resource found by the scan");
        assertEquals(7, ts.size(), "every thread found by the scan");
        assertEquals(7, ms.size(), "every message found by the scan");
        resources.forEach(r -> assertSameResource(r, rs.get(r.id())));
        threads.forEach(t -> assertSameThread(t, ts.get(t.id())));
        messages.forEach(m -> assertSameMessage(m, ms.get(m.id())));
        // putMessages does not touch threads (unlike saveMessages): updatedAt is what was put
        assertSameInstant(updated, memory().getThread(p + "-t0").orElseThrow().updatedAt(), "thread updatedAt after putMessages");
        // and the domain API reads what the bulk API wrote
        assertEquals(4, memory().listMessages(MessageQuery.thread(p + "-t0")).items().size());
    }

    @Test
    default void transfer_putTwiceIsIdempotentAndReplacesEveryField() {
        String p = uid("xfer");
        MemoryThread t = new MemoryThread(p + "-t", p + "-r", "first", map("a", 1), Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2021-01-02T00:00:00Z"));
        Message m = message(p + "-m", t, Instant.parse("2021-01-01T00:00:01Z"), "first");
        mt().putThreads(List.of(t));
        mt().putThreads(List.of(t));
        mt().putMessages(List.of(m));
        mt().putMessages(List.of(m));
        assertEquals(1, memory().listMessages(MessageQuery.thread(t.id())).items().size(), "a repeated put does not duplicate");

        // a second put replaces even createdAt (saveThread would keep the first): a copy ends identical
        MemoryThread t2 = new MemoryThread(t.id(), p + "-r2", "second", map("b", 2), Instant.parse("2020-05-05T05:05:05.555Z"),
                Instant.parse("2020-06-06T06:06:06.666Z"));
        Message m2 = new Message(m.id(), t.id(), p + "-r2", Message.ASSISTANT, Message.TYPE_V2, MessageContent.ofText("second"),
                Instant.parse("2020-05-05T05:05:06.001Z"));
        mt().putThreads(List.of(t2));
        mt().putMessages(List.of(m2));
        assertSameThread(t2, memory().getThread(t.id()).orElseThrow());
        assertSameMessage(m2, memory().getMessages(List.of(m.id())).get(0));

        String wf = uid("wf");
        WorkflowRun run = new WorkflowRun(wf, "run-1", p + "-r", "{\"status\":\"suspended\",\"n\":1}", Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2021-01-03T00:00:00Z"));
        WorkflowRun run2 = new WorkflowRun(wf, "run-1", null, "{\"status\":\"success\",\"n\":2}", Instant.parse("2020-01-01T00:00:00.001Z"),
                Instant.parse("2020-01-03T00:00:00.002Z"));
        wt().putRuns(List.of(run));
        wt().putRuns(List.of(run2));
        WorkflowRun got = workflows().getRun(wf, "run-1").orElseThrow();
        assertEquals(null, got.resourceId(), "a put sets a null resource too (persistSnapshot would keep the old one)");
        assertJsonEquals(run2.snapshot(), got.snapshot(), "snapshot");
        assertSameInstant(run2.createdAt(), got.createdAt(), "run createdAt");
        assertSameInstant(run2.updatedAt(), got.updatedAt(), "run updatedAt");
    }

    @Test
    default void transfer_threadScanFollowsListingOrderAcrossPagesWithTies() {
        MemoryThread t = newThread();
        Instant tie = Instant.parse("2023-03-03T03:03:03.333Z");
        String p = uid("m");
        List<Message> ms = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // three messages per millisecond: the id breaks the tie
            ms.add(message(p + "-" + (char) ('a' + (8 - i)), t, tie.plusMillis(i / 3), "m" + i));
        }
        mt().putMessages(ms);
        List<String> scanned = new ArrayList<>();
        Message last = null;
        while (true) {
            List<Message> page = last == null ? mt().scanThreadMessages(t.id(), null, null, 2)
                    : mt().scanThreadMessages(t.id(), last.createdAt(), last.id(), 2);
            if (page.isEmpty()) {
                break;
            }
            assertTrue(page.size() <= 2, "a page holds at most limit rows");
            page.forEach(m -> scanned.add(m.id()));
            last = page.get(page.size() - 1);
        }
        assertEquals(ids(memory().listMessages(MessageQuery.thread(t.id()).perPage(100))), scanned,
                "the per-thread scan gives the listing order: createdAt, then id");
        assertEquals(9, scanned.size());
    }

    @Test
    default void transfer_runScanVisitsEveryRunOnceInKeyOrder() {
        String wf = uid("wf");
        List<WorkflowRun> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(new WorkflowRun(wf, "run-" + i, null, "{\"status\":\"running\",\"i\":" + i + "}", PAST, PAST.plusSeconds(i)));
        }
        wt().putRuns(runs);
        Map<String, WorkflowRun> found = new LinkedHashMap<>();
        String afterName = wf;
        String afterRun = "!";
        for (int i = 0; i < 1000 && found.size() < 5; i++) {
            List<WorkflowRun> page = wt().scanRuns(afterName, afterRun, 2);
            if (page.isEmpty()) {
                break;
            }
            for (WorkflowRun r : page) {
                if (r.workflowName().equals(wf)) {
                    assertFalse(found.containsKey(r.runId()), "run scanned twice: " + r.runId());
                    found.put(r.runId(), r);
                }
            }
            afterName = page.get(page.size() - 1).workflowName();
            afterRun = page.get(page.size() - 1).runId();
        }
        assertEquals(List.of("run-0", "run-1", "run-2", "run-3", "run-4"), new ArrayList<>(found.keySet()));
        assertSameInstant(PAST.plusSeconds(3), found.get("run-3").updatedAt(), "run updatedAt kept");
    }

    @Test
    default void transfer_hostileAndLargeContentSurvivesByteForByte() {
        String p = uid("xfer");
        MemoryThread t = new MemoryThread(p + "-t", p + "-r", "it's \"quoted\" -- ; DROP TABLE x; 日本語 😀", map("emoji", "🧪", "q", "'\""),
                PAST, PAST);
        String big = "x".repeat(1024 * 1024);
        List<Message> ms = List.of(
                message(p + "-1", t, PAST, "Robert'); DROP TABLE mastra_messages;-- \\ \" \u2028 \uD83D\uDE00 é 中文"),
                new Message(p + "-2", t.id(), t.resourceId(), Message.USER, Message.TYPE_V2,
                        MessageContent.of("{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"" + big + "\"}],\"unknown\":{\"kept\":[1,2.50,true]}}"),
                        PAST.plusMillis(1)));
        mt().putThreads(List.of(t));
        mt().putMessages(ms);
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
        List<Message> back = mt().scanThreadMessages(t.id(), null, null, 10);
        assertEquals(2, back.size());
        assertSameMessage(ms.get(0), back.get(0));
        assertSameMessage(ms.get(1), back.get(1));
    }

    @Test
    default void transfer_badRowIsRejectedNamingItAndNothingOfTheBatchIsWritten() {
        String p = uid("xfer");
        MemoryThread t = new MemoryThread(p + "-t", p + "-r", "ok", Map.of(), PAST, PAST);
        mt().putThreads(List.of(t));
        List<Message> batch = List.of(message(p + "-ok", t, PAST, "fine"), message(p + "-bad", t, PAST, "nul \u0000 here"));
        assertInvalid("messages[1].content", () -> mt().putMessages(batch));
        assertTrue(memory().getMessages(List.of(p + "-ok")).isEmpty(), "nothing of a rejected batch is written");
        assertInvalid("threads[0].title", () -> mt().putThreads(List.of(new MemoryThread(p + "-t2", p + "-r", null, Map.of(), PAST, PAST))));
        assertInvalid("runs[0].snapshot", () -> wt().putRuns(List.of(new WorkflowRun(uid("wf"), "r", null, "[1]", PAST, PAST))));
        assertInvalid("limit", () -> mt().scanThreads(null, 0));
    }

    @Test
    default void transfer_orphanMessagesArePutAndScanned() {
        String p = uid("xfer");
        Message orphan = new Message(p + "-m", p + "-no-such-thread", null, Message.USER, Message.TYPE_V2, MessageContent.ofText("orphan"), PAST);
        mt().putMessages(List.of(orphan));
        List<Message> back = mt().scanThreadMessages(orphan.threadId(), null, null, 5);
        assertEquals(1, back.size());
        assertSameMessage(orphan, back.get(0));
    }

    private static <T> Set<String> keys(List<T> rows, Function<T, String> key) {
        Set<String> out = new HashSet<>();
        rows.forEach(r -> out.add(key.apply(r)));
        return out;
    }
}
