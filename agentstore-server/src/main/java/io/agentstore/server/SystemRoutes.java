package io.agentstore.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.error.AgentStoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /health}, {@code /ready}, {@code /api/status} and {@code /openapi.json}. */
final class SystemRoutes extends DomainRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(AgentStoreServer.class);
    private static final Pattern STEP_VERSION = Pattern.compile("^v(\\d+)\\b");
    static final String VERSION = readVersion();
    private final byte[] openApi;

    SystemRoutes(AgentStore store, long maxBodyBytes) {
        super(store, maxBodyBytes);
        this.openApi = OpenApiDocument.bytes(VERSION);
    }

    @Override
    void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ok(ctx, JsonCodec.object().put("status", "ok")));
        routes.get("/ready", this::ready);
        routes.get("/openapi.json", ctx -> ctx.contentType(JsonCodec.CONTENT_TYPE).result(openApi));
        routes.get("/api/status", this::status);
    }

    /** Ready when the store answers and has no migration pending; the reason otherwise, for the orchestrator's log. */
    private void ready(Context ctx) {
        String reason;
        try {
            int pending = store.migrationPlan().stream().mapToInt(p -> p.steps().size()).sum();
            if (pending == 0) {
                ok(ctx, JsonCodec.object().put("status", "ready"));
                return;
            }
            reason = "the schema is out of date: " + pending + " migration step(s) pending; run agentstore migrate";
        } catch (AgentStoreException e) {
            reason = e.getMessage();
        } catch (RuntimeException e) {
            // an unexpected failure: its message could hold anything, so only its kind goes out
            LOG.warn("readiness check failed", e);
            reason = "the store check failed (" + e.getClass().getSimpleName() + ")";
        }
        JsonCodec.send(ctx, 503, JsonCodec.object().put("status", "unavailable").put("reason", reason));
    }

    private void status(Context ctx) {
        ObjectNode out = JsonCodec.object();
        ArrayNode backends = out.putArray("backends");
        for (StoreStatus s : store.status()) {
            ObjectNode b = backends.addObject();
            b.put("backend", s.backend());
            b.put("url", s.url()); // masked by the store when it opened
            b.put("serverVersion", s.serverVersion());
            b.put("schemaVersion", s.schemaVersion());
            b.put("latestVersion", latestVersion(s));
            ArrayNode domains = b.putArray("domains");
            Arrays.stream(s.details().getOrDefault("domains", "").split(",")).map(String::trim).filter(d -> !d.isEmpty()).forEach(domains::add);
            ArrayNode pending = b.putArray("pendingMigrations");
            s.pendingMigrations().forEach(pending::add);
            ObjectNode counts = b.putObject("rowCounts");
            s.rowCounts().forEach(counts::put);
        }
        out.put("version", VERSION);
        ok(ctx, out);
    }

    /** The version the schema reaches once the pending migrations ({@code "v3 description"}) are applied. */
    private static int latestVersion(StoreStatus s) {
        int latest = s.schemaVersion();
        for (String step : s.pendingMigrations()) {
            Matcher m = STEP_VERSION.matcher(step);
            if (m.find()) {
                latest = Math.max(latest, Integer.parseInt(m.group(1)));
            }
        }
        return latest;
    }

    private static String readVersion() {
        try (InputStream in = SystemRoutes.class.getResourceAsStream("server.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
