package io.agentstore.server;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.AgentStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** What the route classes of each domain share: the store, body reading and the answers. */
abstract class DomainRoutes {
    final AgentStore store;
    private final long maxBodyBytes;

    DomainRoutes(AgentStore store, long maxBodyBytes) {
        this.store = store;
        this.maxBodyBytes = maxBodyBytes;
    }

    abstract void register(RoutesConfig routes);

    /** The request body as a JSON object with only {@code allowed} fields. */
    JsonBody body(Context ctx, Set<String> allowed) {
        return JsonBody.of(JsonCodec.readBody(ctx, maxBodyBytes), allowed);
    }

    static void ok(Context ctx, JsonNode body) {
        JsonCodec.send(ctx, 200, body);
    }

    static void created(Context ctx, JsonNode body) {
        JsonCodec.send(ctx, 201, body);
    }

    static void noContent(Context ctx) {
        ctx.status(204);
    }
}
