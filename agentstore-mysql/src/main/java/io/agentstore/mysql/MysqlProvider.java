package io.agentstore.mysql;

import java.util.Set;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.spi.Backend;
import io.agentstore.spi.BackendProvider;

/**
 * MySQL 8 and MariaDB 10.5+ through MariaDB Connector/J and HikariCP:
 * {@code mysql://user:password@host:3306/db?sslmode=require&poolMax=20} (or {@code mariadb://…}).
 * Tables use Mastra's {@code @mastra/mysql} layout, so a Mastra app can share the database.
 * {@code STORAGE_ENGINE=mysql} (or {@code mariadb}) with {@code DATABASE_URL} selects it too.
 *
 * <pre>{@code
 * try (AgentStore store = AgentStore.open("mysql://app:secret@localhost:3306/app")) { store.init(); }
 * }</pre>
 */
public final class MysqlProvider implements BackendProvider {
    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("mysql", "mariadb");
    }

    @Override
    public Set<String> engines() {
        return Set.of("mysql", "mariadb");
    }

    @Override
    public Backend open(StoreUrl url, StoreOptions options) {
        return MysqlBackends.open(url, MysqlBackends.withAliases(url, options).resolve(url));
    }

    @Override
    public boolean createDatabase(StoreUrl url, StoreOptions options) {
        return MysqlBackends.createDatabase(url, MysqlBackends.withAliases(url, options).resolve(url));
    }
}
