package io.agentstore.postgres;

import java.util.Set;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.spi.Backend;
import io.agentstore.spi.BackendProvider;

/**
 * PostgreSQL through pgjdbc and HikariCP: {@code postgresql://user:password@host:5432/db?sslmode=require&schema=agents}.
 * Tables use Mastra's {@code @mastra/pg} layout, so a Mastra app can share the database.
 *
 * <pre>{@code
 * try (AgentStore store = AgentStore.open("postgresql://app@localhost/app?schema=agents")) { store.init(); }
 * }</pre>
 */
public final class PostgresProvider implements BackendProvider {
    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("postgres", "postgresql");
    }

    @Override
    public Set<String> engines() {
        return Set.of("postgres", "postgresql", "pg");
    }

    @Override
    public Backend open(StoreUrl url, StoreOptions options) {
        return PostgresBackends.open(url, options.resolve(url));
    }

    @Override
    public boolean createDatabase(StoreUrl url, StoreOptions options) {
        return PostgresBackends.createDatabase(url, options.resolve(url));
    }
}
