package io.agentstore.cli;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.agentstore.Page;
import io.agentstore.StoreStatus;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.workflow.WorkflowRun;

/**
 * The JSON shapes of {@code --json} output. Field names follow Mastra's (camelCase), times
 * are ISO-8601 UTC, stored JSON (message content, snapshots, metadata) is embedded as JSON,
 * not as an escaped string. Scripts depend on these shapes: only add fields.
 */
final class Views {
    private Views() {
    }

    static ObjectNode thread(MemoryThread t) {
        ObjectNode n = Console.object();
        n.put("id", t.id());
        n.put("resourceId", t.resourceId());
        n.put("title", t.title());
        n.set("metadata", tree(t.metadata()));
        n.put("createdAt", Times.iso(t.createdAt()));
        n.put("updatedAt", Times.iso(t.updatedAt()));
        return n;
    }

    static ObjectNode message(Message m) {
        ObjectNode n = Console.object();
        n.put("id", m.id());
        n.put("threadId", m.threadId());
        n.put("resourceId", m.resourceId());
        n.put("role", m.role());
        n.put("type", m.type());
        n.put("createdAt", Times.iso(m.createdAt()));
        n.put("text", m.text());
        n.set("content", m.content() == null ? null : parsed(m.content().json()));
        return n;
    }

    static ObjectNode resource(MemoryResource r) {
        ObjectNode n = Console.object();
        n.put("id", r.id());
        n.put("workingMemory", r.workingMemory());
        n.set("metadata", tree(r.metadata()));
        n.put("createdAt", Times.iso(r.createdAt()));
        n.put("updatedAt", Times.iso(r.updatedAt()));
        return n;
    }

    static ObjectNode run(WorkflowRun r) {
        ObjectNode n = Console.object();
        n.put("workflowName", r.workflowName());
        n.put("runId", r.runId());
        n.put("resourceId", r.resourceId());
        n.put("status", r.status());
        n.put("createdAt", Times.iso(r.createdAt()));
        n.put("updatedAt", Times.iso(r.updatedAt()));
        n.set("snapshot", parsed(r.snapshot()));
        return n;
    }

    static ObjectNode status(StoreStatus s) {
        ObjectNode n = Console.object();
        n.put("backend", s.backend());
        n.put("url", s.url());
        n.put("serverVersion", s.serverVersion());
        n.put("schemaVersion", s.schemaVersion());
        n.set("pendingMigrations", tree(s.pendingMigrations()));
        n.set("rowCounts", tree(s.rowCounts()));
        n.set("details", tree(s.details()));
        return n;
    }

    /** Paging fields of a listing, next to its items. */
    static void paging(ObjectNode n, Page<?> p) {
        n.put("total", p.total());
        n.put("page", p.page());
        n.put("perPage", p.perPage());
        n.put("hasMore", p.hasMore());
    }

    static JsonNode tree(Object value) {
        return Console.mapper().valueToTree(value == null ? Map.of() : value);
    }

    /** Stored JSON text as a JSON value; text that is not JSON (old rows) stays a string. */
    static JsonNode parsed(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Console.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(json);
        }
    }
}
