package io.agentstore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.workflow.WorkflowRun;

/** {@code prune}: by updatedAt, dry run first, threads with their messages, runs, resources kept. */
class CliPruneTest {
    @TempDir
    Path dir;

    /** 600 old threads (more than one prune batch) with 2 messages each, 3 recent ones, 2 old and 1 recent run, 1 resource. */
    static void fill(AgentStore s) {
        s.init();
        Instant old = Instant.now().minus(Duration.ofDays(40));
        Instant recent = Instant.now().minus(Duration.ofDays(2));
        List<MemoryThread> threads = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 603; i++) {
            Instant at = i < 600 ? old : recent;
            MemoryThread t = new MemoryThread(String.format("t%04d", i), "user", "t", Map.of(), at, at);
            threads.add(t);
            for (int j = 0; j < 2; j++) {
                messages.add(new Message(t.id() + "-m" + j, t.id(), "user", Message.USER, Message.TYPE_V2, MessageContent.ofText("hi"), at));
            }
        }
        s.memoryTransfer().putThreads(threads);
        s.memoryTransfer().putMessages(messages);
        s.memoryTransfer().putResources(List.of(new MemoryResource("user", "# wm", Map.of(), old, old)));
        s.workflowTransfer().putRuns(List.of(new WorkflowRun("wf", "r1", null, "{\"status\":\"success\"}", old, old),
                new WorkflowRun("wf", "r2", null, "{\"status\":\"failed\"}", old, old),
                new WorkflowRun("wf", "r3", null, "{\"status\":\"running\"}", recent, recent)));
    }

    static void assertPrunes(String url) {
        Cli.Result dry = Cli.run("prune", "--url", url, "--older-than", "30d", "--dry-run", "--json");
        assertEquals(0, dry.exit(), dry::toString);
        JsonNode w = dry.json().get("wouldRemove");
        assertEquals(600, w.get("threads").asInt());
        assertEquals(1200, w.get("messages").asInt());
        assertEquals(2, w.get("workflowRuns").asInt());
        JsonNode counts = Cli.run("status", "--url", url, "--json").json().get("stores").get(0).get("rowCounts");
        assertEquals(603, counts.get("threads").asInt(), "a dry run deletes nothing");

        Cli.Result human = Cli.run("prune", "--url", url, "--older-than", "P30D", "--dry-run");
        assertTrue(human.out().contains("Would remove 600 threads (with 1200 messages) and 2 workflow runs"), human::toString);

        Cli.Result real = Cli.run("prune", "--url", url, "--older-than", "720h");
        assertEquals(0, real.exit(), real::toString);
        assertTrue(real.out().contains("Removed 600 threads (with 1200 messages) and 2 workflow runs"), real::toString);
        counts = Cli.run("status", "--url", url, "--json").json().get("stores").get(0).get("rowCounts");
        assertEquals(3, counts.get("threads").asInt());
        assertEquals(6, counts.get("messages").asInt());
        assertEquals(1, counts.get("workflow_snapshots").asInt());
        assertEquals(1, counts.get("resources").asInt(), "resources (working memory) are never pruned");

        Cli.Result again = Cli.run("prune", "--url", url, "--older-than", "30d", "--json");
        assertEquals(0, again.json().get("removed").get("threads").asInt());
    }

    @Test
    void prunesOldThreadsWithTheirMessagesAndOldRunsOnSqlite() {
        String url = "file:" + dir.resolve("p.db");
        try (AgentStore s = AgentStore.open(url)) {
            fill(s);
        }
        assertPrunes(url);
    }

    @Test
    void prunesInMemory() {
        try (AgentStore s = AgentStore.open("memory:prune-test")) {
            fill(s);
            assertPrunes("memory:prune-test");
        }
    }

    @Test
    void domainsLimitWhatIsPruned() {
        String url = "file:" + dir.resolve("p.db");
        try (AgentStore s = AgentStore.open(url)) {
            fill(s);
        }
        JsonNode r = Cli.run("prune", "--url", url, "--older-than", "30d", "--domains", "workflows", "--json").json();
        assertEquals(2, r.get("removed").get("workflowRuns").asInt());
        assertTrue(r.get("removed").get("threads") == null);
        assertEquals(603, Cli.run("status", "--url", url, "--json").json().get("stores").get(0).get("rowCounts").get("threads").asInt());
    }

    @Test
    void durations() {
        assertEquals(Duration.ofDays(30), PruneCommand.parseDuration("30d"));
        assertEquals(Duration.ofHours(12), PruneCommand.parseDuration("12h"));
        assertEquals(Duration.ofMinutes(90), PruneCommand.parseDuration("90m"));
        assertEquals(Duration.ofSeconds(45), PruneCommand.parseDuration("45s"));
        assertEquals(Duration.ofDays(14), PruneCommand.parseDuration("2w"));
        assertEquals(Duration.ofDays(30), PruneCommand.parseDuration("P30D"));
        assertEquals(Duration.ofHours(12), PruneCommand.parseDuration("PT12H"));
        assertThrows(IllegalArgumentException.class, () -> PruneCommand.parseDuration("0d"));
        assertThrows(IllegalArgumentException.class, () -> PruneCommand.parseDuration("soon"));
        Cli.Result bad = Cli.run("prune", "--url", "memory:", "--older-than", "a while");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--older-than: 'a while' is not a duration; use e.g. 30d"), bad::toString);
    }
}
