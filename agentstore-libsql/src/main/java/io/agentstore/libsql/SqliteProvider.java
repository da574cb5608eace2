package io.agentstore.libsql;

import java.util.Set;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.spi.Backend;
import io.agentstore.spi.BackendProvider;

/**
 * SQLite files and in-memory databases: {@code file:./agentstore.db}, {@code file:/var/lib/app/agents.db},
 * {@code file::memory:} and {@code :memory:}. Tables use Mastra's {@code @mastra/libsql} layout,
 * so a Mastra app can open the same file.
 *
 * <pre>{@code
 * try (AgentStore store = AgentStore.open("file:./agentstore.db")) { store.init(); }
 * }</pre>
 */
public final class SqliteProvider implements BackendProvider {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("file");
    }

    @Override
    public Set<String> engines() {
        return Set.of("sqlite", "libsql");
    }

    @Override
    public Backend open(StoreUrl url, StoreOptions options) {
        return SqliteBackends.open(url, options.resolve(url));
    }
}
