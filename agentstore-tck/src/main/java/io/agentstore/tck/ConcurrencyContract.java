package io.agentstore.tck;

import static io.agentstore.tck.TckSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowStore;

/**
 * Many writers at once: nothing is lost, each writer's messages keep their order, upserts of
 * one id leave one row, and of many compare-and-set callers exactly one wins. When the
 * backend test offers a second store on the same database, the writers are spread over both.
 */
public interface ConcurrencyContract extends TckContext {
    int WRITERS = 8;
    int PER_WRITER = 50;


    /** The store worker {@code w} uses: alternately the first and the second instance when there is one. */
    private AgentStore storeFor(int w) {
        return w % 2 == 1 ? secondStore().orElse(store()) : store();
    }

    @Test
    default void concurrency_concurrentWritersOnOneThreadLoseNothingAndKeepTheirOrder() {
        MemoryThread t = newThread();
        Map<Integer, List<String>> written = new ConcurrentHashMap<>();
        concurrently(WRITERS, w -> {
            MemoryStore memory = storeFor(w).memory();
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < PER_WRITER; i++) {
                Message m = Message.user(uid("w" + w + "-" + i), t.id(), t.resourceId(), "writer " + w + " message " + i);
                memory.saveMessages(List.of(m));
                mine.add(m.id());
            }
            written.put(w, mine);
        });
        List<String> all = ids(memory().listMessages(MessageQuery.thread(t.id()).perPage(WRITERS * PER_WRITER + 10)));
        assertEquals(WRITERS * PER_WRITER, all.size(), "every message is stored");
        assertEquals(WRITERS * PER_WRITER, new HashSet<>(all).size(), "no message twice");
        assertEquals(WRITERS * PER_WRITER, memory().listMessages(MessageQuery.thread(t.id())).total());
        for (Map.Entry<Integer, List<String>> e : written.entrySet()) {
            List<String> inListing = all.stream().filter(new HashSet<>(e.getValue())::contains).toList();
            assertEquals(e.getValue(), inListing, "writer " + e.getKey() + "'s messages in the order written");
        }
        assertEquals(all.subList(all.size() - 40, all.size()), ids(memory().listMessages(MessageQuery.thread(t.id()).last(40))));
    }

    @Test
    default void concurrency_concurrentThreadCreationLosesNothing() {
        String resource = uid("resource");
        Set<String> created = ConcurrentHashMap.newKeySet();
        concurrently(16, w -> {
            MemoryStore memory = storeFor(w).memory();
            for (int i = 0; i < 10; i++) {
                created.add(memory.saveThread(MemoryThread.of(uid("thread"), resource, "worker " + w)).id());
            }
        });
        List<String> listed = threadIds(memory().listThreads(ThreadQuery.resource(resource).perPage(1000)));
        assertEquals(160, listed.size());
        assertEquals(created, new HashSet<>(listed));
    }

    @Test
    default void concurrency_concurrentUpsertsOfOneIdLeaveOneRow() {
        String resource = uid("resource");
        String threadId = uid("thread");
        MemoryThread holder = newThread(resource);
        String messageId = uid("msg");
        String resourceId = uid("resource");
        String wf = uid("wf");
        concurrently(16, w -> {
            AgentStore s = storeFor(w);
            for (int i = 0; i < 5; i++) {
                s.memory().saveThread(MemoryThread.of(threadId, resource, "w" + w));
                s.memory().saveMessages(List.of(Message.user(messageId, holder.id(), resource, "w" + w)));
                s.memory().updateWorkingMemory(resourceId, "w" + w);
                s.workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"w" + w + "\"}");
            }
        });
        assertEquals(2, memory().listThreads(ThreadQuery.resource(resource)).total(), "the holder and one upserted thread");
        assertEquals(1, memory().listMessages(MessageQuery.thread(holder.id())).total());
        assertTrue(memory().getResource(resourceId).orElseThrow().workingMemory().startsWith("w"));
        assertEquals(1, workflows().listRuns(RunQuery.workflow(wf)).total());
    }

    @Test
    default void concurrency_exactlyOneCompareAndSetWinsEachRun() {
        String wf = uid("wf");
        int runs = 6;
        int callers = 16;
        List<String> snapshots = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            String snap = WorkflowContract.snapshot("suspended", "run-" + r);
            workflows().persistSnapshot(wf, "run-" + r, "res-" + r, snap);
            snapshots.add(snap);
        }
        AtomicInteger[] wins = new AtomicInteger[runs];
        for (int r = 0; r < runs; r++) {
            wins[r] = new AtomicInteger();
        }
        CyclicBarrier barrier = new CyclicBarrier(callers);
        concurrently(callers, w -> {
            WorkflowStore wfs = storeFor(w).workflows();
            try {
                for (int r = 0; r < runs; r++) {
                    barrier.await(1, TimeUnit.MINUTES); // every caller goes for the same run at the same moment
                    if (wfs.compareAndSetStatus(wf, "run-" + r, "suspended", "running")) {
                        wins[r].incrementAndGet();
                    }
                }
            } catch (RuntimeException | Error e) {
                barrier.reset(); // release the others at once instead of letting them wait out the timeout
                throw e;
            }
        });
        for (int r = 0; r < runs; r++) {
            assertEquals(1, wins[r].get(), "winners of run-" + r);
            var run = workflows().getRun(wf, "run-" + r).orElseThrow();
            assertEquals("running", run.status());
            assertEquals("res-" + r, run.resourceId());
            ObjectNode expected = (ObjectNode) tree(snapshots.get(r));
            expected.put("status", "running");
            assertJsonEquals(expected, run.snapshot(), "the rest of the snapshot is untouched");
        }
    }
}
