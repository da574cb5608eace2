package io.agentstore.server;

import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.1 description of every route, built in code next to the routes so that the
 * shared pieces (paging parameters, the error body, the record schemas) are written once.
 * A test checks that every route the server registers appears here.
 */
final class OpenApiDocument {
    private static final String JSON = "application/json";
    private final ObjectNode doc = JsonCodec.object();
    private final ObjectNode paths;

    private OpenApiDocument(String version) {
        doc.put("openapi", "3.1.0");
        doc.putObject("info").put("title", "AgentStore API").put("version", version)
                .put("description", "Threads, messages, working memory and workflow runs of one AgentStore. "
                        + "Times are ISO-8601 UTC with milliseconds. With a token configured, /api/* and this document need "
                        + "Authorization: Bearer TOKEN.");
        paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        schemas(components.putObject("schemas"));
        doc.putArray("security").addObject().putArray("bearer");
    }

    static byte[] bytes(String version) {
        try {
            return JsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(build(version));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode build(String version) {
        OpenApiDocument d = new OpenApiDocument(version);
        d.system();
        d.resources();
        d.threads();
        d.messages();
        d.runs();
        return d.doc;
    }

    // ---- routes ----------------------------------------------------------------------

    private void system() {
        ObjectNode health = op("get", "/health", "Liveness: answers while the process runs", "system");
        health.putArray("security");
        ok(health, 200, "Alive", obj(prop("status", str())));
        ObjectNode ready = op("get", "/ready", "Readiness: the store answers and its schema is current", "system");
        ready.putArray("security");
        ok(ready, 200, "Ready", obj(prop("status", str())));
        ok(ready, 503, "Not ready", obj(prop("status", str()), prop("reason", str())));
        ObjectNode openapi = op("get", "/openapi.json", "This document", "system");
        ok(openapi, 200, "The OpenAPI document", JsonCodec.object().put("type", "object"));
        errors(openapi, 401);
        ObjectNode status = op("get", "/api/status", "Backends, masked URLs, schema versions and domains", "system");
        ok(status, 200, "Status", ref("Status"));
        errors(status, 401, 500, 503);
    }

    private void resources() {
        ObjectNode list = op("get", "/api/resources", "Resources that have threads or working memory, most recently active first", "resources");
        paging(list);
        ok(list, 200, "A page of resources", page("ResourceSummary"));
        errors(list, 400, 401, 500, 503);
        ObjectNode get = op("get", "/api/resources/{resourceId}", "One resource with its working memory", "resources");
        pathParam(get, "resourceId");
        ok(get, 200, "The resource", ref("Resource"));
        errors(get, 400, 401, 404, 500, 503);
        ObjectNode put = op("put", "/api/resources/{resourceId}", "Create or update working memory and metadata (metadata merged by top-level key)", "resources");
        pathParam(put, "resourceId");
        body(put, obj(prop("workingMemory", str()), prop("metadata", anyObject())));
        ok(put, 200, "The resource as stored", ref("Resource"));
        errors(put, 400, 401, 413, 415, 500, 503);
    }

    private void threads() {
        ObjectNode list = op("get", "/api/threads", "Threads, of one resource when given, searched by title or id", "threads");
        query(list, "resourceId", str(), "only this resource's threads");
        query(list, "q", str(), "case-insensitive substring of the title or id");
        query(list, "orderBy", enumOf("createdAt", "updatedAt").put("default", "updatedAt"), "sort field");
        query(list, "direction", enumOf("asc", "desc").put("default", "desc"), "sort direction");
        paging(list);
        ok(list, 200, "A page of threads", page("Thread"));
        errors(list, 400, 401, 500, 503);
        ObjectNode create = op("post", "/api/threads", "Create a thread (an id is made when none is given)", "threads");
        ObjectNode createBody = obj(prop("id", str()), prop("resourceId", str()), prop("title", str()), prop("metadata", anyObject()));
        createBody.putArray("required").add("resourceId");
        body(create, createBody);
        ok(create, 201, "The thread as stored", ref("Thread"));
        errors(create, 400, 401, 409, 413, 415, 500, 503);
        ObjectNode get = op("get", "/api/threads/{threadId}", "One thread", "threads");
        pathParam(get, "threadId");
        ok(get, 200, "The thread", ref("Thread"));
        errors(get, 400, 401, 404, 500, 503);
        ObjectNode patch = op("patch", "/api/threads/{threadId}", "Rename and/or replace the metadata", "threads");
        pathParam(patch, "threadId");
        body(patch, obj(prop("title", str()), prop("metadata", anyObject())));
        ok(patch, 200, "The thread as stored", ref("Thread"));
        errors(patch, 400, 401, 404, 413, 415, 500, 503);
        ObjectNode delete = op("delete", "/api/threads/{threadId}", "Delete a thread and its messages", "threads");
        pathParam(delete, "threadId");
        noContent(delete);
        errors(delete, 400, 401, 404, 500, 503);
    }

    private void messages() {
        ObjectNode list = op("get", "/api/threads/{threadId}/messages",
                "Messages of a thread by createdAt then id; last=N gives the newest N oldest first (paging ignored, total -1 when more exist)",
                "messages");
        pathParam(list, "threadId");
        query(list, "direction", enumOf("asc", "desc").put("default", "asc"), "sort direction");
        query(list, "last", intRange(1, Params.MAX_PER_PAGE), "the newest N messages, oldest first");
        paging(list);
        ok(list, 200, "A page of messages", page("Message"));
        errors(list, 400, 401, 404, 500, 503);

        ObjectNode append = op("post", "/api/threads/{threadId}/messages", "Append (or upsert by id) messages", "messages");
        pathParam(append, "threadId");
        ObjectNode input = obj(prop("id", str()), prop("role", ref("Role")), prop("content", ref("MessageContent")),
                prop("text", str().put("description", "shorthand for content with one text part")), prop("type", str().put("default", "v2")),
                prop("createdAt", time()), prop("resourceId", str()));
        input.putArray("required").add("role");
        ObjectNode batch = obj(prop("messages", JsonCodec.object().put("type", "array").put("minItems", 1).set("items", input)));
        batch.putArray("required").add("messages");
        body(append, batch);
        ok(append, 201, "The messages as stored", obj(prop("messages", arrayOf(ref("Message")))));
        errors(append, 400, 401, 404, 413, 415, 500, 503);

        ObjectNode get = op("get", "/api/messages/{messageId}", "One message", "messages");
        pathParam(get, "messageId");
        ok(get, 200, "The message", ref("Message"));
        errors(get, 400, 401, 404, 500, 503);
        ObjectNode patch = op("patch", "/api/messages/{messageId}", "Change content (or text), role or type", "messages");
        pathParam(patch, "messageId");
        body(patch, obj(prop("content", ref("MessageContent")), prop("text", str()), prop("role", ref("Role")), prop("type", str())));
        ok(patch, 200, "The message as stored", ref("Message"));
        errors(patch, 400, 401, 404, 413, 415, 500, 503);
        ObjectNode delete = op("delete", "/api/messages/{messageId}", "Delete a message", "messages");
        pathParam(delete, "messageId");
        noContent(delete);
        errors(delete, 400, 401, 404, 500, 503);
    }

    private void runs() {
        ObjectNode list = op("get", "/api/workflow-runs", "Workflow runs, newest first (without snapshots)", "workflow runs");
        query(list, "workflowName", str(), "only runs of this workflow");
        query(list, "status", str(), "only runs whose snapshot has this status");
        query(list, "resourceId", str(), "only runs of this resource");
        query(list, "from", time(), "created at or after");
        query(list, "to", time(), "created at or before");
        paging(list);
        ok(list, 200, "A page of runs", page("WorkflowRunSummary"));
        errors(list, 400, 401, 500, 503);
        ObjectNode get = op("get", "/api/workflow-runs/{workflowName}/{runId}", "One run with its snapshot", "workflow runs");
        pathParam(get, "workflowName");
        pathParam(get, "runId");
        ok(get, 200, "The run", ref("WorkflowRun"));
        errors(get, 400, 401, 404, 500, 503);
        ObjectNode delete = op("delete", "/api/workflow-runs/{workflowName}/{runId}", "Delete a run", "workflow runs");
        pathParam(delete, "workflowName");
        pathParam(delete, "runId");
        noContent(delete);
        errors(delete, 400, 401, 404, 500, 503);
    }

    // ---- schemas ---------------------------------------------------------------------

    private static void schemas(ObjectNode s) {
        ObjectNode error = obj(prop("code", enumOf("INVALID_INPUT", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT",
                        "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "INTERNAL", "UNAVAILABLE")),
                prop("message", str()), prop("field", str().put("description", "the parameter or body field at fault")),
                prop("hint", str().put("description", "how to fix it")),
                prop("reference", str().put("description", "500 only: the id under which the server logged the failure")));
        error.putArray("required").add("code").add("message");
        ObjectNode errorBody = obj(prop("error", error));
        errorBody.putArray("required").add("error");
        s.set("Error", errorBody);
        s.set("Role", enumOf("user", "assistant", "system", "tool"));
        s.set("MessageContent", JsonCodec.object().put("type", "object")
                .put("description", "Mastra's v2 content {\"format\":2,\"parts\":[...]}, kept exactly as stored (unknown fields too)"));
        s.set("Thread", obj(prop("id", str()), prop("resourceId", str()), prop("title", str()), prop("metadata", anyObject()),
                prop("createdAt", time()), prop("updatedAt", time())));
        s.set("Message", obj(prop("id", str()), prop("threadId", str()), prop("resourceId", nullable("string")), prop("role", ref("Role")),
                prop("type", str()), prop("content", ref("MessageContent")), prop("createdAt", time())));
        s.set("Resource", obj(prop("id", str()), prop("workingMemory", nullable("string")), prop("metadata", anyObject()),
                prop("createdAt", time()), prop("updatedAt", time())));
        s.set("ResourceSummary", obj(prop("resourceId", str()), prop("threadCount", JsonCodec.object().put("type", "integer")),
                prop("lastActivityAt", time())));
        ObjectNode summary = obj(prop("workflowName", str()), prop("runId", str()), prop("resourceId", nullable("string")),
                prop("status", nullable("string")), prop("createdAt", time()), prop("updatedAt", time()));
        s.set("WorkflowRunSummary", summary);
        ObjectNode run = summary.deepCopy();
        ((ObjectNode) run.get("properties")).set("snapshot", JsonCodec.object().put("type", "object"));
        s.set("WorkflowRun", run);
        ObjectNode backend = obj(prop("backend", str()), prop("url", str().put("description", "secrets masked")),
                prop("serverVersion", nullable("string")), prop("schemaVersion", JsonCodec.object().put("type", "integer")),
                prop("latestVersion", JsonCodec.object().put("type", "integer")), prop("domains", arrayOf(str())),
                prop("pendingMigrations", arrayOf(str())),
                prop("rowCounts", JsonCodec.object().put("type", "object").set("additionalProperties", JsonCodec.object().put("type", "integer"))));
        s.set("Status", obj(prop("backends", arrayOf(backend)), prop("version", str())));
    }

    // ---- builders --------------------------------------------------------------------

    private ObjectNode op(String method, String path, String summary, String tag) {
        ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode op = item.putObject(method);
        op.put("summary", summary);
        op.put("operationId", method + path.replaceAll("[^A-Za-z0-9]+", "_"));
        op.putArray("tags").add(tag);
        op.putObject("responses");
        return op;
    }

    private static ArrayNode params(ObjectNode op) {
        return op.has("parameters") ? (ArrayNode) op.get("parameters") : op.putArray("parameters");
    }

    private static void pathParam(ObjectNode op, String name) {
        params(op).addObject().put("name", name).put("in", "path").put("required", true)
                .put("description", "URL-encoded id (at most 255 characters)").set("schema", str().put("maxLength", 255));
    }

    private static void query(ObjectNode op, String name, ObjectNode schema, String description) {
        params(op).addObject().put("name", name).put("in", "query").put("description", description).set("schema", schema);
    }

    private static void paging(ObjectNode op) {
        query(op, "page", intRange(0, Params.MAX_PAGE).put("default", 0), "zero-based page");
        query(op, "perPage", intRange(1, Params.MAX_PER_PAGE).put("default", Params.DEFAULT_PER_PAGE), "items per page");
    }

    private static void body(ObjectNode op, ObjectNode schema) {
        op.putObject("requestBody").put("required", true).putObject("content").putObject(JSON).set("schema", schema);
    }

    private static void ok(ObjectNode op, int status, String description, ObjectNode schema) {
        ObjectNode r = ((ObjectNode) op.get("responses")).putObject(String.valueOf(status)).put("description", description);
        r.putObject("content").putObject(JSON).set("schema", schema);
    }

    private static void noContent(ObjectNode op) {
        ((ObjectNode) op.get("responses")).putObject("204").put("description", "Deleted");
    }

    private static void errors(ObjectNode op, int... statuses) {
        for (int status : statuses) {
            ok(op, status, switch (status) {
                case 400 -> "A bad parameter or body field (named in error.field), or malformed JSON";
                case 401 -> "A token is configured and the request has none or a wrong one";
                case 404 -> "Not found";
                case 409 -> "Conflict";
                case 413 -> "Body over the size cap";
                case 415 -> "Body is not JSON";
                case 503 -> "The store cannot be reached";
                default -> "Internal error (error.reference names the server log entry)";
            }, ref("Error"));
        }
    }

    private static ObjectNode page(String item) {
        ObjectNode p = obj(prop("items", arrayOf(ref(item))), prop("total", JsonCodec.object().put("type", "integer")),
                prop("page", JsonCodec.object().put("type", "integer")), prop("perPage", JsonCodec.object().put("type", "integer")),
                prop("hasMore", JsonCodec.object().put("type", "boolean")));
        p.putArray("required").add("items").add("total").add("page").add("perPage").add("hasMore");
        return p;
    }

    private record Prop(String name, ObjectNode schema) {
    }

    private static Prop prop(String name, ObjectNode schema) {
        return new Prop(name, schema);
    }

    private static ObjectNode obj(Prop... props) {
        ObjectNode o = JsonCodec.object().put("type", "object");
        ObjectNode p = o.putObject("properties");
        for (Prop prop : props) {
            p.set(prop.name(), prop.schema());
        }
        return o;
    }

    private static ObjectNode str() {
        return JsonCodec.object().put("type", "string");
    }

    private static ObjectNode nullable(String type) {
        ObjectNode o = JsonCodec.object();
        o.putArray("type").add(type).add("null");
        return o;
    }

    private static ObjectNode time() {
        return str().put("format", "date-time");
    }

    private static ObjectNode intRange(int min, int max) {
        return JsonCodec.object().put("type", "integer").put("minimum", min).put("maximum", max);
    }

    private static ObjectNode anyObject() {
        return JsonCodec.object().put("type", "object");
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode a = JsonCodec.object().put("type", "array");
        a.set("items", items);
        return a;
    }

    private static ObjectNode enumOf(String... values) {
        ObjectNode o = str();
        ArrayNode e = o.putArray("enum");
        List.of(values).forEach(e::add);
        return o;
    }

    private static ObjectNode ref(String schema) {
        return JsonCodec.object().put("$ref", "#/components/schemas/" + schema);
    }
}
