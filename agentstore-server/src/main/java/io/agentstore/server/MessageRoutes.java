package io.agentstore.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.SortDirection;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.MessageUpdate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Messages: a thread's history (paged, or the newest N), appending, and single messages by id. */
final class MessageRoutes extends DomainRoutes {
    private static final Set<String> BATCH_FIELDS = Set.of("messages");
    private static final Set<String> MESSAGE_FIELDS = Set.of("id", "role", "content", "text", "type", "createdAt", "resourceId");
    private static final Set<String> PATCH_FIELDS = Set.of("content", "text", "role", "type");
    /** Core's names for what the client sent as a path segment or a patch field. */
    private static final Map<String, String> RENAMES = ErrorMapper.renames("query.threadIds[0]", "threadId", "messageIds[0]", "messageId",
            "updates[0].", "", "query.", "");

    MessageRoutes(AgentStore store, long maxBodyBytes) {
        super(store, maxBodyBytes);
    }

    @Override
    void register(RoutesConfig routes) {
        routes.get("/api/threads/{threadId}/messages", this::list);
        routes.post("/api/threads/{threadId}/messages", this::append);
        routes.get("/api/messages/{messageId}", this::get);
        routes.patch("/api/messages/{messageId}", this::patch);
        routes.delete("/api/messages/{messageId}", this::delete);
    }

    private MemoryThread thread(Context ctx) {
        String id = ctx.pathParam("threadId");
        return store.memory().getThread(id).orElseThrow(() -> ApiError.notFound("no thread " + Params.clip(id)));
    }

    private void list(Context ctx) {
        Params.Paging p = Params.paging(ctx);
        SortDirection direction = Params.direction(ctx, SortDirection.ASC);
        Integer last = Params.optionalInteger(ctx, "last", 1, Params.MAX_PER_PAGE);
        MemoryThread t = thread(ctx);
        MessageQuery q = MessageQuery.thread(t.id()).direction(direction).page(p.page()).perPage(p.perPage());
        MessageQuery query = last == null ? q : q.direction(SortDirection.ASC).last(last);
        ok(ctx, Views.page(ErrorMapper.renaming(RENAMES, () -> store.memory().listMessages(query)), Views::message));
    }

    private void append(Context ctx) {
        List<JsonBody> items = body(ctx, BATCH_FIELDS).objects("messages", MESSAGE_FIELDS);
        if (items.isEmpty()) {
            throw ApiError.invalid("messages", "is empty; send at least one message");
        }
        MemoryThread t = thread(ctx);
        List<Message> messages = new ArrayList<>(items.size());
        for (JsonBody m : items) {
            String id = m.has("id") ? m.requiredString("id") : UUID.randomUUID().toString();
            String role = m.requiredString("role");
            MessageContent content = content(m, true);
            String resourceId = m.string("resourceId");
            Message msg = Message.of(id, t.id(), resourceId != null ? resourceId : t.resourceId(), role, content);
            String type = m.string("type");
            Instant createdAt = m.time("createdAt");
            messages.add(new Message(msg.id(), msg.threadId(), msg.resourceId(), msg.role(), type != null ? type : msg.type(),
                    msg.content(), createdAt != null ? createdAt : msg.createdAt()));
        }
        List<Message> saved = store.memory().saveMessages(messages);
        ObjectNode out = JsonCodec.object();
        ArrayNode arr = out.putArray("messages");
        saved.forEach(s -> arr.add(Views.message(s)));
        created(ctx, out);
    }

    /**
     * The content a message body gives: {@code content} (a v2 object, kept as sent) or
     * {@code text} (one text part), never both.
     */
    private static MessageContent content(JsonBody m, boolean required) {
        JsonNode content = m.objectNode("content");
        String text = m.string("text");
        if (content != null && text != null) {
            throw ApiError.invalid(m.prefix() + "text", "is given together with content; give one of them");
        }
        if (content != null) {
            return MessageContent.of(JsonCodec.write(content));
        }
        if (text != null) {
            return MessageContent.ofText(text);
        }
        if (required) {
            throw ApiError.invalid(m.prefix() + "content", "is required (or text)", "send \"text\": \"...\" or a v2 \"content\" object");
        }
        return null;
    }

    private Message existing(Context ctx) {
        String id = ctx.pathParam("messageId");
        List<Message> found = ErrorMapper.renaming(RENAMES, () -> store.memory().getMessages(List.of(id)));
        if (found.isEmpty()) {
            throw ApiError.notFound("no message " + Params.clip(id));
        }
        return found.get(0);
    }

    private void get(Context ctx) {
        ok(ctx, Views.message(existing(ctx)));
    }

    private void patch(Context ctx) {
        JsonBody body = body(ctx, PATCH_FIELDS);
        MessageUpdate u = MessageUpdate.of(existing(ctx).id());
        MessageContent content = content(body, false);
        if (content != null) {
            u = u.content(content);
        }
        if (body.string("role") != null) {
            u = u.role(body.string("role"));
        }
        if (body.string("type") != null) {
            u = u.type(body.string("type"));
        }
        MessageUpdate update = u;
        ok(ctx, Views.message(ErrorMapper.renaming(RENAMES, () -> store.memory().updateMessages(List.of(update))).get(0)));
    }

    private void delete(Context ctx) {
        store.memory().deleteMessages(List.of(existing(ctx).id()));
        noContent(ctx);
    }
}
