package io.agentstore.server;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import io.agentstore.AgentStore;
import io.javalin.Javalin;

/**
 * The HTTP server over one {@link AgentStore}: the JSON API under {@code /api}, the Studio at
 * {@code /}, {@code /openapi.json}, {@code /health} and {@code /ready} (docs/server.md has
 * every route). It serves a store that is already open and leaves it open: whoever opened the
 * store closes it, after closing the server.
 *
 * <pre>{@code
 * try (AgentStore store = AgentStore.open("file:./agentstore.db");
 *      AgentStoreServer server = new AgentStoreServer(store, ServerConfig.builder().port(0).build())) {
 *     store.init();
 *     URI uri = server.start();          // e.g. http://127.0.0.1:53117/
 *     System.out.println("Studio at " + uri);
 *     Thread.currentThread().join();
 * }
 * }</pre>
 */
public final class AgentStoreServer implements AutoCloseable {
    private static final String STUDIO_ROOT = "studio";
    private final ServerConfig config;
    private final Javalin app;
    private volatile URI uri;

    /** A server for {@code store}, not yet listening: see {@link #start()}. */
    public AgentStoreServer(AgentStore store, ServerConfig config) {
        this(store, config, STUDIO_ROOT);
    }

    /** As the public constructor, with the Studio's files from another classpath folder (tests). */
    AgentStoreServer(AgentStore store, ServerConfig config, String studioRoot) {
        Objects.requireNonNull(store, "store");
        this.config = Objects.requireNonNull(config, "config");
        long max = config.maxBodyBytes();
        StudioFiles studio = new StudioFiles(studioRoot);
        RequestGuards guards = new RequestGuards(config);
        TokenAuth auth = new TokenAuth(config.token());
        List<DomainRoutes> domains = List.of(new SystemRoutes(store, max), new ResourceRoutes(store, max),
                new ThreadRoutes(store, max), new MessageRoutes(store, max), new WorkflowRunRoutes(store, max));
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            // the guards refuse a larger declared body first; this bounds what Javalin itself would buffer
            c.http.maxRequestSize = max;
            // Jetty hides the server's name and version from the Server header only when asked
            c.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            studio.configure(c);
            c.routes.before(guards::check);
            c.routes.before("/api/*", auth::check);
            c.routes.before("/openapi.json", auth::check);
            c.routes.before(guards::checkBody);
            domains.forEach(d -> d.register(c.routes));
            ErrorMapper.register(c.routes, studio);
        });
    }

    /**
     * Binds and starts serving; returns the base URI, e.g. {@code http://127.0.0.1:4111/}
     * (with the port actually bound when the configuration asked for port 0, and
     * {@code 127.0.0.1} for a server bound to every interface, {@code 0.0.0.0} or {@code ::}).
     *
     * @throws IllegalStateException when it is already started
     */
    public synchronized URI start() {
        if (uri != null) {
            throw new IllegalStateException("the server is already started at " + uri);
        }
        app.start();
        String host = connectHost(config.host());
        uri = URI.create("http://" + host + ":" + app.port() + "/");
        return uri;
    }

    /** Where a client on this machine connects: the bound host, or loopback for a wildcard bind such as 0.0.0.0. */
    private static String connectHost(String bound) {
        String h = bound.startsWith("[") && bound.endsWith("]") ? bound.substring(1, bound.length() - 1) : bound;
        if (h.equals("0.0.0.0") || h.equals("::") || h.equals("0:0:0:0:0:0:0:0")) {
            return "127.0.0.1";
        }
        return h.contains(":") ? "[" + h + "]" : h;
    }

    /** The base URI once started, else null. */
    public URI uri() {
        return uri;
    }

    /** The bound port once started, else -1. */
    public int port() {
        return uri == null ? -1 : uri.getPort();
    }

    /** The configuration it was built with. */
    public ServerConfig config() {
        return config;
    }

    /** Every HTTP route registered, as {@code METHOD /path}: what the OpenAPI test compares. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path)
                .toList();
    }

    /** Stops serving (requests in flight finish first); the store stays open. Idempotent. */
    @Override
    public synchronized void close() {
        app.stop();
    }
}
