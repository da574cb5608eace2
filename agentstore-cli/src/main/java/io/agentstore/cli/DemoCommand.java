package io.agentstore.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.Message;
import io.agentstore.workflow.WorkflowStore;
import picocli.CommandLine.Command;

/**
 * {@code agentstore demo}: creates the schema if needed and writes a realistic sample (three
 * users with working memory, five conversations with tool calls, seven workflow runs in every
 * common state). Every row has a fixed {@code demo-…} id and is written as an upsert, so
 * running it again changes nothing but timestamps and never duplicates.
 *
 * <pre>{@code
 * $ agentstore demo
 * $ agentstore demo --url postgresql://app@localhost/app --json
 * }</pre>
 */
@Command(name = "demo", description = "Write sample agent memory and workflow runs (safe to run again: fixed ids, upserts).")
final class DemoCommand extends StoreCommand {
    /** The summary lists run statuses in lifecycle order rather than alphabetically. */
    private static final List<String> STATUS_ORDER = List.of("running", "suspended", "success", "failed");

    @Override
    int run(AgentStore store) {
        store.init();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MemoryStore memory = store.memory();

        List<MemoryResource> resources = DemoMemory.resources(now);
        resources.forEach(memory::saveResource);

        List<DemoChat> chats = DemoMemory.chats(now);
        int messageCount = 0;
        int toolCalls = 0;
        for (DemoChat chat : chats) {
            memory.saveThread(chat.thread());
            List<Message> saved = memory.saveMessages(chat.messages());
            messageCount += saved.size();
            toolCalls += (int) saved.stream().flatMap(m -> m.content().parts().stream())
                    .filter(p -> p.type().equals("tool-invocation")).count();
        }

        WorkflowStore workflows = store.workflows();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        STATUS_ORDER.forEach(st -> byStatus.put(st, 0));
        List<DemoWorkflows.Run> runs = DemoWorkflows.runs(now);
        for (DemoWorkflows.Run r : runs) {
            workflows.persistSnapshot(r.workflowName(), r.runId(), r.resourceId(), r.snapshotJson());
            byStatus.merge(r.status(), 1, Integer::sum);
        }
        byStatus.values().removeIf(n -> n == 0);

        List<String> next = List.of(
                suggest("threads list --resource " + DemoMemory.ADA),
                suggest("messages list --thread " + chats.get(0).thread().id()),
                suggest("runs list --status suspended"),
                suggest("status"));
        if (json()) {
            ObjectNode doc = Console.object();
            doc.put("url", displayUrl());
            doc.set("backends", Views.tree(store.backendNames()));
            ArrayNode res = doc.putArray("resources");
            resources.forEach(r -> res.add(r.id()));
            ArrayNode th = doc.putArray("threads");
            chats.forEach(c -> th.add(c.thread().id()));
            doc.put("messages", messageCount);
            doc.put("toolCalls", toolCalls);
            ArrayNode rs = doc.putArray("runs");
            runs.forEach(r -> rs.addObject().put("workflowName", r.workflowName()).put("runId", r.runId()).put("status", r.status()));
            doc.set("runsByStatus", Views.tree(byStatus));
            doc.set("next", Views.tree(next));
            console().json(doc);
            return AgentStoreCli.EXIT_OK;
        }
        Console c = console();
        c.println("Wrote demo data to " + displayUrl() + " (" + String.join(", ", store.backendNames()) + "):");
        c.println("  " + resources.size() + " resources      " + String.join(", ", resources.stream().map(MemoryResource::id).toList())
                + " (with working memory)");
        c.println("  " + chats.size() + " threads        " + messageCount + " messages, " + toolCalls + " tool calls");
        List<String> statuses = new ArrayList<>();
        byStatus.forEach((s, n) -> statuses.add(n + " " + s));
        c.println("  " + runs.size() + " workflow runs  " + String.join(", ", statuses) + " (workflows "
                + String.join(", ", runs.stream().map(DemoWorkflows.Run::workflowName).distinct().toList()) + ")");
        c.println("Running it again overwrites these rows; it never duplicates them.");
        c.println();
        if (store.backendNames().contains("memory")) {
            // the next commands would each open a new, empty memory store: suggesting them would mislead
            c.println("Note: a memory: store lives only as long as this process, so this data is gone now.");
            c.println("Keep it in a file instead: " + root().context().prog() + " demo --url file:./agentstore.db");
        } else {
            c.println("Try next:");
            next.forEach(s -> c.println("  " + s));
        }
        return AgentStoreCli.EXIT_OK;
    }
}
