package io.agentstore.server;

import java.util.Map;
import java.util.Set;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/resources}: who has memory, and each resource's working memory and metadata. */
final class ResourceRoutes extends DomainRoutes {
    private static final Set<String> PUT_FIELDS = Set.of("workingMemory", "metadata");

    ResourceRoutes(AgentStore store, long maxBodyBytes) {
        super(store, maxBodyBytes);
    }

    @Override
    void register(RoutesConfig routes) {
        routes.get("/api/resources", this::list);
        routes.get("/api/resources/{resourceId}", this::get);
        routes.put("/api/resources/{resourceId}", this::put);
    }

    private MemoryStore memory() {
        return store.memory();
    }

    private void list(Context ctx) {
        Params.Paging p = Params.paging(ctx);
        ok(ctx, Views.page(memory().listResources(p.page(), p.perPage()), Views::resourceSummary));
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("resourceId");
        MemoryResource r = memory().getResource(id).orElseThrow(() -> ApiError.notFound("no resource " + Params.clip(id)));
        ok(ctx, Views.resource(r));
    }

    private void put(Context ctx) {
        String id = ctx.pathParam("resourceId");
        JsonBody body = body(ctx, PUT_FIELDS);
        String workingMemory = body.string("workingMemory");
        Map<String, Object> metadata = body.map("metadata");
        ok(ctx, Views.resource(memory().updateResource(id, workingMemory, metadata)));
    }
}
