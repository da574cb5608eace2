package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.Page;
import io.agentstore.workflow.RunQuery;
import io.agentstore.workflow.WorkflowRun;

/**
 * Workflow snapshots: persist (an upsert keeping {@code createdAt}), load, get, list with
 * every filter and paging (newest first), delete, and compare-and-set of the status.
 */
public interface WorkflowContract extends TckContext {


    /** A snapshot shaped like Mastra's, with the given status. */
    static String snapshot(String status, String runId) {
        return "{\"runId\":\"" + runId + "\",\"status\":\"" + status + "\",\"value\":{\"step1\":\"done\"},"
                + "\"context\":{\"input\":{\"orderId\":42,\"amount\":19.99,\"express\":true},"
                + "\"step1\":{\"status\":\"success\",\"output\":{\"items\":[1,2,3],\"note\":null},\"startedAt\":1717171717171}},"
                + "\"activePaths\":[],\"suspendedPaths\":{\"step2\":[1]},\"serializedStepGraph\":[{\"type\":\"step\",\"step\":{\"id\":\"step1\"}}],"
                + "\"timestamp\":1717171717999,\"result\":null,\"error\":null}";
    }

    private static List<String> runIds(Page<WorkflowRun> page) {
        return page.items().stream().map(WorkflowRun::runId).toList();
    }

    @Test
    default void workflows_persistThenLoadAndGet() {
        String wf = uid("wf");
        String run = uid("run");
        String resource = uid("resource");
        String snap = snapshot("suspended", run);
        WorkflowRun returned = workflows().persistSnapshot(wf, run, resource, snap);

        assertJsonEquals(snap, workflows().loadSnapshot(wf, run).orElseThrow(), "loaded snapshot");
        WorkflowRun got = workflows().getRun(wf, run).orElseThrow();
        assertEquals(wf, got.workflowName());
        assertEquals(run, got.runId());
        assertEquals(resource, got.resourceId());
        assertEquals("suspended", got.status());
        assertJsonEquals(snap, got.snapshot(), "snapshot of getRun");
        assertRecent(got.createdAt(), "createdAt");
        assertFalse(got.updatedAt().isBefore(got.createdAt()), "updatedAt is not before createdAt");
        assertSameInstant(got.createdAt(), returned.createdAt(), "persist returns what is stored");
        assertEquals(run, returned.runId());
    }

    @Test
    default void workflows_aNullResourceIdRoundTrips() {
        String wf = uid("wf");
        workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"running\"}");
        assertNull(workflows().getRun(wf, "run-1").orElseThrow().resourceId());
    }

    @Test
    default void workflows_missingRunsAreEmpty() {
        assertTrue(workflows().loadSnapshot(uid("wf"), "run-1").isEmpty());
        assertTrue(workflows().getRun(uid("wf"), "run-1").isEmpty());
        String wf = uid("wf");
        workflows().persistSnapshot(wf, "run-1", null, "{}");
        assertTrue(workflows().getRun(wf, "run-2").isEmpty(), "another run id of the same workflow");
        assertNull(workflows().getRun(wf, "run-1").orElseThrow().status(), "a snapshot without status has none");
    }

    @Test
    default void workflows_persistingTwiceKeepsOneRunAndTheFirstCreatedAt() throws InterruptedException {
        String wf = uid("wf");
        WorkflowRun first = workflows().persistSnapshot(wf, "run-1", uid("resource"), snapshot("running", "run-1"));
        Thread.sleep(5);
        String resource = uid("resource");
        String second = snapshot("success", "run-1").replace("\"result\":null", "\"result\":{\"ok\":true}");
        workflows().persistSnapshot(wf, "run-1", resource, second);
        WorkflowRun got = workflows().getRun(wf, "run-1").orElseThrow();
        assertJsonEquals(second, got.snapshot(), "the snapshot is replaced");
        assertEquals(resource, got.resourceId(), "the resource is replaced");
        assertEquals("success", got.status());
        assertSameInstant(first.createdAt(), got.createdAt(), "createdAt of the first persist is kept");
        assertAfter(first.updatedAt(), got.updatedAt(), "updatedAt moves on");
        assertEquals(1, workflows().listRuns(RunQuery.workflow(wf)).total(), "one run after two persists");
    }

    @Test
    default void workflows_runIdsAreScopedByWorkflowName() {
        String a = uid("wf");
        String b = uid("wf");
        workflows().persistSnapshot(a, "same-run", null, "{\"status\":\"a\"}");
        workflows().persistSnapshot(b, "same-run", null, "{\"status\":\"b\"}");
        assertEquals("a", workflows().getRun(a, "same-run").orElseThrow().status());
        assertEquals("b", workflows().getRun(b, "same-run").orElseThrow().status());
        assertTrue(workflows().deleteRun(a, "same-run"));
        assertTrue(workflows().getRun(b, "same-run").isPresent(), "deleting one leaves the other");
    }

    /** Five runs of one workflow persisted a few milliseconds apart, oldest first, with ids in the same order. */
    private List<WorkflowRun> fiveRuns(String wf, String resourceA, String resourceB) throws InterruptedException {
        String[] statuses = {"running", "suspended", "success", "suspended", "failed"};
        List<WorkflowRun> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String run = "run-" + i;
            workflows().persistSnapshot(wf, run, i % 2 == 0 ? resourceA : resourceB, snapshot(statuses[i], run));
            runs.add(workflows().getRun(wf, run).orElseThrow());
            Thread.sleep(3);
        }
        return runs;
    }

    @Test
    default void workflows_listsNewestFirstWithPaging() throws InterruptedException {
        String wf = uid("wf");
        fiveRuns(wf, uid("resource"), uid("resource"));
        Page<WorkflowRun> all = workflows().listRuns(RunQuery.workflow(wf));
        assertEquals(List.of("run-4", "run-3", "run-2", "run-1", "run-0"), runIds(all));
        assertEquals(5, all.total());
        assertFalse(all.hasMore());
        assertEquals(0, all.page());
        assertEquals(RunQuery.DEFAULT_PER_PAGE, all.perPage());
        assertJsonEquals(snapshot("failed", "run-4"), all.items().get(0).snapshot(), "listed snapshot");
        assertEquals(wf, all.items().get(0).workflowName());

        RunQuery q = RunQuery.workflow(wf).perPage(2);
        Page<WorkflowRun> p0 = workflows().listRuns(q);
        assertEquals(List.of("run-4", "run-3"), runIds(p0));
        assertTrue(p0.hasMore());
        assertEquals(5, p0.total());
        Page<WorkflowRun> p2 = workflows().listRuns(q.page(2));
        assertEquals(List.of("run-0"), runIds(p2));
        assertFalse(p2.hasMore());
        Page<WorkflowRun> p3 = workflows().listRuns(q.page(3));
        assertEquals(List.of(), runIds(p3), "past the end");
        assertEquals(5, p3.total());
        assertFalse(p3.hasMore());
        List<String> one = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            one.addAll(runIds(workflows().listRuns(RunQuery.workflow(wf).perPage(1).page(page))));
        }
        assertEquals(List.of("run-4", "run-3", "run-2", "run-1", "run-0"), one, "perPage 1");
    }

    @Test
    default void workflows_listFiltersByStatusResourceAndTime() throws InterruptedException {
        String wf = uid("wf");
        String ra = uid("resource");
        String rb = uid("resource");
        List<WorkflowRun> runs = fiveRuns(wf, ra, rb);

        Page<WorkflowRun> suspended = workflows().listRuns(RunQuery.workflow(wf).status("suspended"));
        assertEquals(List.of("run-3", "run-1"), runIds(suspended));
        assertEquals(2, suspended.total());
        assertEquals(List.of(), runIds(workflows().listRuns(RunQuery.workflow(wf).status("nope"))));
        assertEquals(List.of(), runIds(workflows().listRuns(RunQuery.workflow(wf).status("SUSPENDED"))), "status is case sensitive");

        assertEquals(List.of("run-4", "run-2", "run-0"), runIds(workflows().listRuns(RunQuery.workflow(wf).resourceId(ra))));
        assertEquals(List.of("run-3", "run-1"), runIds(workflows().listRuns(RunQuery.all().resourceId(rb))), "no workflow name: every workflow");
        assertEquals(List.of("run-3", "run-1"), runIds(workflows().listRuns(RunQuery.all().resourceId(rb).status("suspended"))));
        assertEquals(List.of(), runIds(workflows().listRuns(RunQuery.workflow(wf).resourceId(ra).status("suspended"))));

        Instant from = runs.get(1).createdAt();
        Instant to = runs.get(3).createdAt();
        Page<WorkflowRun> range = workflows().listRuns(RunQuery.workflow(wf).between(from, to));
        assertEquals(List.of("run-3", "run-2", "run-1"), runIds(range), "both bounds inclusive");
        assertEquals(3, range.total());
        assertEquals(List.of("run-4", "run-3"), runIds(workflows().listRuns(RunQuery.workflow(wf).between(to, null))));
        assertEquals(List.of("run-1", "run-0"), runIds(workflows().listRuns(RunQuery.workflow(wf).between(null, from))));
        assertEquals(List.of("run-3", "run-1"), runIds(workflows().listRuns(RunQuery.workflow(wf).between(from, to).status("suspended"))));
        assertEquals(List.of("run-3"), runIds(workflows().listRuns(RunQuery.workflow(wf).between(from, to).status("suspended").perPage(1))));
        assertEquals(List.of(), runIds(workflows().listRuns(RunQuery.workflow(uid("wf")))), "an unknown workflow");
    }

    @Test
    default void workflows_deleteRemovesTheRunOnce() {
        String wf = uid("wf");
        workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"running\"}");
        workflows().persistSnapshot(wf, "run-2", null, "{\"status\":\"running\"}");
        assertTrue(workflows().deleteRun(wf, "run-1"), "the run existed");
        assertFalse(workflows().deleteRun(wf, "run-1"), "already gone");
        assertFalse(workflows().deleteRun(uid("wf"), "run-1"));
        assertTrue(workflows().loadSnapshot(wf, "run-1").isEmpty());
        assertEquals(List.of("run-2"), runIds(workflows().listRuns(RunQuery.workflow(wf))));
    }

    // ---- compare-and-set -----------------------------------------------------------------------

    @Test
    default void workflows_compareAndSetChangesOnlyTheStatus() throws InterruptedException {
        String wf = uid("wf");
        String snap = snapshot("suspended", "run-1");
        WorkflowRun before = workflows().persistSnapshot(wf, "run-1", "res", snap);
        Thread.sleep(5);

        assertTrue(workflows().compareAndSetStatus(wf, "run-1", "suspended", "running"), "the expected status matched");
        WorkflowRun after = workflows().getRun(wf, "run-1").orElseThrow();
        assertEquals("running", after.status());
        ObjectNode expected = (ObjectNode) tree(snap);
        expected.put("status", "running");
        assertJsonEquals(expected, after.snapshot(), "every other field is unchanged");
        assertEquals("res", after.resourceId());
        assertSameInstant(before.createdAt(), after.createdAt(), "createdAt is kept");
        assertAfter(before.updatedAt(), after.updatedAt(), "updatedAt is set");
    }

    @Test
    default void workflows_compareAndSetFailsWhenTheStatusDiffers() {
        String wf = uid("wf");
        String snap = snapshot("running", "run-1");
        workflows().persistSnapshot(wf, "run-1", null, snap);
        assertFalse(workflows().compareAndSetStatus(wf, "run-1", "suspended", "running"));
        assertFalse(workflows().compareAndSetStatus(wf, "run-1", "RUNNING", "success"), "statuses compare exactly");
        assertJsonEquals(snap, workflows().loadSnapshot(wf, "run-1").orElseThrow(), "a failed compare-and-set changes nothing");

        assertTrue(workflows().compareAndSetStatus(wf, "run-1", "running", "running"), "setting the same status succeeds");
        assertTrue(workflows().compareAndSetStatus(wf, "run-1", "running", "success"));
        assertFalse(workflows().compareAndSetStatus(wf, "run-1", "running", "failed"), "the second claim loses");
        assertEquals("success", workflows().getRun(wf, "run-1").orElseThrow().status());
    }

    @Test
    default void workflows_compareAndSetOnASnapshotWithoutStatusFails() {
        String wf = uid("wf");
        workflows().persistSnapshot(wf, "run-1", null, "{\"context\":{}}");
        assertFalse(workflows().compareAndSetStatus(wf, "run-1", "suspended", "running"));
        assertJsonEquals("{\"context\":{}}", workflows().loadSnapshot(wf, "run-1").orElseThrow(), "unchanged");
    }

    @Test
    default void workflows_compareAndSetOnAMissingRunIsNotFound() {
        String wf = uid("wf");
        assertNotFound(() -> workflows().compareAndSetStatus(wf, "run-1", "suspended", "running"));
        workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"suspended\"}");
        assertNotFound(() -> workflows().compareAndSetStatus(wf, "run-2", "suspended", "running"));
        assertTrue(workflows().getRun(wf, "run-2").isEmpty(), "nothing is created");
    }

    @Test
    default void workflows_statusOfGetRunFollowsTheSnapshot() {
        String wf = uid("wf");
        for (String status : List.of("running", "suspended", "success", "failed", "waiting", "canceled")) {
            workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"" + status + "\"}");
            assertEquals(status, workflows().getRun(wf, "run-1").orElseThrow().status());
            JsonNode loaded = tree(workflows().loadSnapshot(wf, "run-1").orElseThrow());
            assertEquals(status, loaded.get("status").asText());
        }
    }

    @Test
    default void workflows_aSnapshotMustBeAJsonObject() {
        String wf = uid("wf");
        for (String bad : List.of("[]", "\"text\"", "42", "null", "not json", "{\"unterminated\":", "")) {
            assertInvalid("snapshot", () -> workflows().persistSnapshot(wf, "run-1", null, bad));
        }
        assertInvalid("snapshot", () -> workflows().persistSnapshot(wf, "run-1", null, null));
        assertTrue(workflows().getRun(wf, "run-1").isEmpty(), "nothing is written");
    }
}
