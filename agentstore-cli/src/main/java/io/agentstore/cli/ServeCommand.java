package io.agentstore.cli;

import java.net.BindException;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.server.AgentStoreServer;
import io.agentstore.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agentstore serve}: the HTTP API and the Studio over the store, until Ctrl-C. Creates
 * or migrates the schema first (as {@code demo} does), so a fresh file works at once.
 *
 * <pre>{@code
 * $ agentstore serve --demo
 * $ agentstore serve --url postgresql://app@db:5432/app --port 8080
 * $ agentstore serve --host 0.0.0.0 --token "$AGENTSTORE_TOKEN"
 * }</pre>
 */
@Command(name = "serve", description = {"Serve the JSON API and the Studio (a web UI) over the store, until Ctrl-C.",
        "Binds 127.0.0.1 unless --host says otherwise; any other host needs --token."})
final class ServeCommand extends StoreCommand {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Interface to bind (default: ${DEFAULT-VALUE}); anything but loopback needs --token.")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Require Authorization: Bearer TOKEN on /api (default: AGENTSTORE_TOKEN; never printed).")
    String token;

    @Option(names = "--demo", description = "Load the demo data (as the demo command does) before serving.")
    boolean demo;

    private ServerConfig config;

    @Override
    void validate() {
        String t = token != null ? token : root().context().env().get("AGENTSTORE_TOKEN");
        try {
            config = ServerConfig.builder().host(host).port(port).token(t).build();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    @Override
    int run(AgentStore store) {
        DemoData loaded = null;
        if (demo) {
            loaded = DemoData.load(store);
        } else {
            store.init();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (AgentStoreServer server = new AgentStoreServer(store, config)) {
            URI uri = start(server);
            // Ctrl-C: stop serving and close the store before the JVM goes, then let this thread finish
            Thread hook = new Thread(() -> {
                server.close();
                store.close();
                stopped.countDown();
            }, "agentstore-serve-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            report(uri, store, loaded);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                // Stopped from inside the JVM (an embedding program, a test): no hook will run now.
                // The interrupt is the stop request itself and is handled here; keeping the flag set
                // would make Jetty's and the pool's orderly shutdown below abort half-way.
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        return AgentStoreCli.EXIT_OK;
    }

    private URI start(AgentStoreServer server) {
        try {
            return server.start();
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof BindException) {
                    throw new CommandFailure("PORT_IN_USE", "cannot listen on " + config.host() + ":" + config.port() + " (" + c.getMessage() + ")",
                            "pass another --port, or --port 0 for any free one");
                }
            }
            throw e;
        }
    }

    private void report(URI uri, AgentStore store, DemoData loaded) {
        String base = uri.toString();
        if (json()) {
            ObjectNode doc = Console.object();
            doc.put("url", base);
            doc.put("api", base + "api");
            doc.put("store", displayUrl());
            doc.put("tokenRequired", config.requiresToken());
            doc.put("demo", loaded != null);
            console().println(Console.compact(doc));
            return;
        }
        Console c = console();
        if (loaded != null) {
            c.println("Loaded the demo data: " + loaded.resources().size() + " resources, " + loaded.chats().size() + " threads, "
                    + loaded.messageCount() + " messages, " + loaded.runs().size() + " workflow runs.");
        }
        c.println("AgentStore Studio: " + base);
        if (!uri.getHost().equals(config.host())) {
            c.println("  listens  " + config.host() + ":" + uri.getPort() + " (every interface)");
        }
        c.println("  store    " + displayUrl() + " (" + String.join(", ", store.backendNames()) + ")");
        c.println("  API      " + base + "api  (described at " + base + "openapi.json)");
        c.println("  token    " + (config.requiresToken()
                ? "required: send Authorization: Bearer TOKEN (the Studio asks for it)"
                : "none (listening on " + config.host() + " only)"));
        c.println("Press Ctrl-C to stop.");
    }
}
