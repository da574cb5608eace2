package io.agentstore.libsql;

import java.io.File;
import java.util.List;
import java.util.Set;

import io.agentstore.admin.DoctorCheck;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.InvalidConfigurationException;
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

    @Override
    public List<DoctorCheck> preflight(StoreUrl url, StoreOptions options) {
        String path = SqliteBackends.path(url);
        if (path.equals(":memory:") || path.isEmpty()) {
            return List.of(DoctorCheck.ok("database", "in memory"));
        }
        File f = new File(path).getAbsoluteFile();
        if (!f.exists()) {
            return List.of(DoctorCheck.fail("database", "the file " + f.getPath() + " does not exist",
                    "run 'agentstore migrate' to create it (with --create when its directory is missing too)"));
        }
        if (!f.canRead() || !f.canWrite()) {
            return List.of(DoctorCheck.fail("database", "this user may not read and write " + f.getPath(),
                    "fix the file's owner or mode (the -wal and -shm files beside it too)"));
        }
        return List.of(DoctorCheck.ok("database", f.getPath() + " (" + f.length() + " bytes)"));
    }

    /** A SQLite file appears when it is first opened; this creates the missing directories it lives in. */
    @Override
    public boolean createDatabase(StoreUrl url, StoreOptions options) {
        String path = SqliteBackends.path(url);
        if (path.equals(":memory:") || path.isEmpty()) {
            return false;
        }
        File f = new File(path).getAbsoluteFile();
        if (f.exists()) {
            return false;
        }
        File dir = f.getParentFile();
        if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
            throw new InvalidConfigurationException("cannot create the directory " + dir.getPath(),
                    "check that this user may write to " + dir.getParent());
        }
        return true;
    }
}
