package io.agentstore.libsql;

import java.util.Set;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.spi.Backend;
import io.agentstore.spi.BackendProvider;

/**
 * Turso and other remote libSQL servers ({@code sqld}, {@code turso dev}) over HTTP, with the
 * Hrana protocol: {@code libsql://<database>-<org>.turso.io} (HTTPS), {@code https://…}, and
 * {@code http://127.0.0.1:8080} for a local server. The auth token comes from
 * {@code ?authToken=}, {@link StoreOptions#authToken()}, or {@code TURSO_AUTH_TOKEN} when the
 * store is opened with {@code AgentStore.fromEnv()}. Tables use Mastra's {@code @mastra/libsql}
 * layout, so a Mastra app can share the database.
 *
 * <p>{@code https} and {@code http} are generic schemes: this provider claims them, and if another
 * backend on the classpath claims them too, opening such a URL fails and asks for the specific
 * scheme ({@code libsql://}) instead of guessing.
 *
 * <pre>{@code
 * StoreOptions o = StoreOptions.builder().authToken(System.getenv("TURSO_AUTH_TOKEN")).build();
 * try (AgentStore store = AgentStore.open("libsql://agents-acme.turso.io", o)) { store.init(); }
 * }</pre>
 */
public final class TursoProvider implements BackendProvider {
    @Override
    public String name() {
        return "turso";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("libsql", "https", "http");
    }

    @Override
    public Set<String> engines() {
        return Set.of("turso", "libsql");
    }

    @Override
    public Backend open(StoreUrl url, StoreOptions options) {
        return TursoBackends.open(url, options.resolve(url));
    }
}
