package io.agentstore.server;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.Page;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.ResourceSummary;
import io.agentstore.workflow.WorkflowRun;

/** The JSON shapes of docs/server.md, one method per domain record. */
final class Views {
    /** Always three fraction digits, as the spec promises, where {@code Instant.toString} drops trailing zeros. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Views() {
    }

    static String time(Instant t) {
        return t == null ? null : TIME.format(t);
    }

    static <T> ObjectNode page(Page<T> p, Function<T, JsonNode> item) {
        ObjectNode o = JsonCodec.object();
        ArrayNode items = o.putArray("items");
        p.items().forEach(i -> items.add(item.apply(i)));
        o.put("total", p.total());
        o.put("page", p.page());
        o.put("perPage", p.perPage());
        o.put("hasMore", p.hasMore());
        return o;
    }

    static ObjectNode thread(MemoryThread t) {
        ObjectNode o = JsonCodec.object();
        o.put("id", t.id());
        o.put("resourceId", t.resourceId());
        o.put("title", t.title());
        o.set("metadata", JsonCodec.MAPPER.valueToTree(t.metadata()));
        o.put("createdAt", time(t.createdAt()));
        o.put("updatedAt", time(t.updatedAt()));
        return o;
    }

    static ObjectNode message(Message m) {
        ObjectNode o = JsonCodec.object();
        o.put("id", m.id());
        o.put("threadId", m.threadId());
        o.put("resourceId", m.resourceId());
        o.put("role", m.role());
        o.put("type", m.type());
        o.set("content", m.content() == null ? JsonCodec.MAPPER.nullNode() : JsonCodec.storedJson(m.content().json()));
        o.put("createdAt", time(m.createdAt()));
        return o;
    }

    static ObjectNode resource(MemoryResource r) {
        ObjectNode o = JsonCodec.object();
        o.put("id", r.id());
        o.put("workingMemory", r.workingMemory());
        o.set("metadata", JsonCodec.MAPPER.valueToTree(r.metadata()));
        o.put("createdAt", time(r.createdAt()));
        o.put("updatedAt", time(r.updatedAt()));
        return o;
    }

    static ObjectNode resourceSummary(ResourceSummary r) {
        ObjectNode o = JsonCodec.object();
        o.put("resourceId", r.resourceId());
        o.put("threadCount", r.threadCount());
        o.put("lastActivityAt", time(r.lastActivityAt()));
        return o;
    }

    /** A run without its snapshot, as lists show it. */
    static ObjectNode runSummary(WorkflowRun r) {
        ObjectNode o = JsonCodec.object();
        o.put("workflowName", r.workflowName());
        o.put("runId", r.runId());
        o.put("resourceId", r.resourceId());
        o.put("status", r.status());
        o.put("createdAt", time(r.createdAt()));
        o.put("updatedAt", time(r.updatedAt()));
        return o;
    }

    static ObjectNode run(WorkflowRun r) {
        ObjectNode o = runSummary(r);
        o.set("snapshot", JsonCodec.storedJson(r.snapshot()));
        return o;
    }
}
