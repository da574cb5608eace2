package io.agentstore.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
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
    @Override
    int run(AgentStore store) {
        DemoData demo = DemoData.load(store);
        List<MemoryResource> resources = demo.resources();
        List<DemoChat> chats = demo.chats();
        int messageCount = demo.messageCount();
        int toolCalls = demo.toolCalls();
        List<DemoWorkflows.Run> runs = demo.runs();
        Map<String, Integer> byStatus = demo.runsByStatus();

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
