package io.agentstore.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.error.AgentStoreException;
import io.agentstore.error.InvalidInputException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Turns every failure into the error body of docs/server.md. Store errors keep their message
 * and hint (core promises these carry no secrets); anything unexpected becomes a 500 whose
 * body holds only a reference id, and the exception is logged under that id. Never a stack
 * trace in a response.
 */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(AgentStoreServer.class);

    private ErrorMapper() {
    }

    static void register(RoutesConfig routes, StudioFiles studio) {
        routes.exception(ApiError.class, (e, ctx) -> send(ctx, e.status(), e.code(), e.getMessage(), e.field(), e.hint()));
        routes.exception(InvalidInputException.class, (e, ctx) -> send(ctx, 400, "INVALID_INPUT", e.getMessage(), e.field(), e.hint()));
        routes.exception(AgentStoreException.class, ErrorMapper::store);
        routes.exception(HttpResponseException.class, (e, ctx) -> http(e, ctx, studio));
        routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
    }

    private static void store(AgentStoreException e, Context ctx) {
        switch (e.code()) {
            case NOT_FOUND -> send(ctx, 404, "NOT_FOUND", e.getMessage(), null, e.hint());
            case CONFLICT -> send(ctx, 409, "CONFLICT", e.getMessage(), null, e.hint());
            case INVALID_INPUT -> send(ctx, 400, "INVALID_INPUT", e.getMessage(), null, e.hint());
            case STORAGE_FAILURE -> internal(ctx, e);
            default -> {
                // the database is down, refuses the login, lacks the schema...: the operator's
                // problem, not the client's; the message and hint say what to fix
                LOG.warn("store unavailable on {} {}: {}", ctx.method(), ctx.path(), e.toString());
                send(ctx, 503, "UNAVAILABLE", e.getMessage(), null, e.hint());
            }
        }
    }

    private static void http(HttpResponseException e, Context ctx, StudioFiles studio) {
        int status = e.getStatus();
        if (status == 404) {
            if (studio.serveFallback(ctx)) {
                return;
            }
            send(ctx, 404, "NOT_FOUND", "no route " + ctx.method() + " " + Params.clip(ctx.path()), null,
                    "see /openapi.json for the routes");
            return;
        }
        if (status == 413) {
            send(ctx, 413, "PAYLOAD_TOO_LARGE", "the request body is too large", null, null);
            return;
        }
        String code = switch (status) {
            case 400 -> "INVALID_INPUT";
            case 401 -> "UNAUTHORIZED";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status >= 500 ? "INTERNAL" : "HTTP_" + status;
        };
        send(ctx, status, code, e.getMessage(), null, null);
    }

    private static void internal(Context ctx, Exception e) {
        String ref = UUID.randomUUID().toString();
        LOG.error("internal error {} on {} {}", ref, ctx.method(), ctx.path(), e);
        ObjectNode body = body("INTERNAL", "internal error; the server log has the details under reference " + ref, null, null);
        ((ObjectNode) body.get("error")).put("reference", ref);
        JsonCodec.send(ctx, 500, body);
    }

    static void send(Context ctx, int status, String code, String message, String field, String hint) {
        JsonCodec.send(ctx, status, body(code, message, field, hint));
    }

    private static ObjectNode body(String code, String message, String field, String hint) {
        ObjectNode root = JsonCodec.object();
        ObjectNode err = root.putObject("error");
        err.put("code", code);
        err.put("message", message == null || message.isBlank() ? code : message);
        if (field != null) {
            err.put("field", field);
        }
        if (hint != null && !hint.isBlank()) {
            err.put("hint", hint);
        }
        return root;
    }

    /**
     * Runs a store call and reports its input errors under the API's names for the fields:
     * core says {@code query.perPage} or {@code thread.title}, a client sent {@code perPage} or
     * {@code title}. {@code renames} maps field prefixes, tried in order, to their API names.
     */
    static <T> T renaming(Map<String, String> renames, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            String field = e.field();
            String renamed = field;
            for (Map.Entry<String, String> r : renames.entrySet()) {
                if (field.startsWith(r.getKey())) {
                    renamed = r.getValue() + field.substring(r.getKey().length());
                    break;
                }
            }
            if (renamed.equals(field)) {
                throw e;
            }
            String reason = e.getMessage().startsWith(field + ": ") ? e.getMessage().substring(field.length() + 2) : e.getMessage();
            throw ApiError.invalid(renamed, reason, e.hint());
        }
    }

    /** An ordered rename table for {@link #renaming}. */
    static Map<String, String> renames(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
