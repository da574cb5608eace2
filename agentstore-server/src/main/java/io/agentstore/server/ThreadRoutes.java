package io.agentstore.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.agentstore.AgentStore;
import io.agentstore.SortDirection;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.ThreadQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/threads}: list and search, create, read, rename or re-tag, delete. */
final class ThreadRoutes extends DomainRoutes {
    private static final Set<String> CREATE_FIELDS = Set.of("id", "resourceId", "title", "metadata");
    private static final Set<String> PATCH_FIELDS = Set.of("title", "metadata");
    /** Core names a thread's fields {@code thread.title} and a listing's {@code query.search}; the API's are these. */
    private static final Map<String, String> RENAMES = ErrorMapper.renames("thread.", "", "query.search", "q", "query.", "");
    /** On create the thread id comes from the body's {@code id}, not from the path. */
    private static final Map<String, String> CREATE_RENAMES = ErrorMapper.renames("thread.", "", "threadId", "id");

    ThreadRoutes(AgentStore store, long maxBodyBytes) {
        super(store, maxBodyBytes);
    }

    @Override
    void register(RoutesConfig routes) {
        routes.get("/api/threads", this::list);
        routes.post("/api/threads", this::create);
        routes.get("/api/threads/{threadId}", this::get);
        routes.patch("/api/threads/{threadId}", this::patch);
        routes.delete("/api/threads/{threadId}", this::delete);
    }

    private void list(Context ctx) {
        Params.Paging p = Params.paging(ctx);
        ThreadQuery.OrderField orderBy = Params.oneOf(ctx, "orderBy", "updatedAt", List.of("createdAt", "updatedAt")).equals("createdAt")
                ? ThreadQuery.OrderField.CREATED_AT : ThreadQuery.OrderField.UPDATED_AT;
        ThreadQuery q = ThreadQuery.resource(Params.single(ctx, "resourceId"))
                .search(Params.single(ctx, "q"))
                .orderBy(orderBy, Params.direction(ctx, SortDirection.DESC))
                .page(p.page()).perPage(p.perPage());
        ok(ctx, Views.page(ErrorMapper.renaming(RENAMES, () -> store.memory().listThreads(q)), Views::thread));
    }

    private void create(Context ctx) {
        JsonBody body = body(ctx, CREATE_FIELDS);
        String id = body.has("id") ? body.requiredString("id") : UUID.randomUUID().toString();
        String resourceId = body.requiredString("resourceId");
        String title = body.string("title");
        Map<String, Object> metadata = body.map("metadata");
        MemoryThread created = ErrorMapper.renaming(CREATE_RENAMES, () -> {
            if (store.memory().getThread(id).isPresent()) {
                // saveThread would overwrite it: a create must not silently replace someone's thread
                throw ApiError.conflict("thread " + Params.clip(id) + " exists", "PATCH /api/threads/{threadId} changes it");
            }
            Instant now = Instant.now();
            return store.memory().saveThread(new MemoryThread(id, resourceId, title == null ? "" : title, metadata, now, now));
        });
        created(ctx, Views.thread(created));
    }

    private MemoryThread existing(Context ctx) {
        String id = ctx.pathParam("threadId");
        return store.memory().getThread(id).orElseThrow(() -> ApiError.notFound("no thread " + Params.clip(id)));
    }

    private void get(Context ctx) {
        ok(ctx, Views.thread(existing(ctx)));
    }

    /** Replaces what the body names: the title, and the metadata as a whole (not merged). */
    private void patch(Context ctx) {
        JsonBody body = body(ctx, PATCH_FIELDS);
        String title = body.string("title");
        Map<String, Object> metadata = body.map("metadata");
        MemoryThread t = existing(ctx);
        MemoryThread changed = new MemoryThread(t.id(), t.resourceId(), title != null ? title : t.title(),
                metadata != null ? metadata : t.metadata(), t.createdAt(), Instant.now());
        ok(ctx, Views.thread(ErrorMapper.renaming(RENAMES, () -> store.memory().saveThread(changed))));
    }

    private void delete(Context ctx) {
        store.memory().deleteThread(existing(ctx).id());
        noContent(ctx);
    }
}
