package io.agentstore.inmemory;

import java.util.Set;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.spi.Backend;
import io.agentstore.spi.BackendProvider;

/**
 * The in-memory backend, for tests, demos and single-process tools. {@code memory:} opens a
 * fresh, empty store every time; {@code memory:NAME} opens the one store of that name in this
 * JVM, so several {@code AgentStore} instances (or a per-domain route) see the same data.
 * Nothing survives the JVM. It behaves like every other backend: the conformance kit runs
 * against it.
 *
 * <pre>{@code
 * try (AgentStore a = AgentStore.open("memory:shared"); AgentStore b = AgentStore.open("memory:shared")) {
 *     a.memory().saveThread(MemoryThread.of("t1", "user-42", "Chat"));
 *     b.memory().getThread("t1"); // present
 * }
 * }</pre>
 */
public final class InMemoryProvider implements BackendProvider {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("memory");
    }

    @Override
    public Backend open(StoreUrl url, StoreOptions options) {
        // resolve() validates URL parameters the same way every backend does, even though
        // none of them (pool, schema, SSL) means anything in memory.
        options.resolve(url);
        String name = storeName(url);
        InMemoryDatabase db = name == null ? new InMemoryDatabase() : InMemoryDatabase.named(name);
        return new InMemoryBackend(url.masked(), name, db);
    }

    /** {@code memory:NAME} and {@code memory://NAME} name a shared store; {@code memory:} does not. */
    private static String storeName(StoreUrl url) {
        if (url.host() != null) {
            return url.host() + (url.path() == null || url.path().isEmpty() ? "" : "/" + url.path());
        }
        return url.path() == null || url.path().isBlank() ? null : url.path();
    }
}
