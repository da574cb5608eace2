package io.agentstore.spi;

import java.util.Set;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;

/**
 * Plugs a backend into AgentStore. Implementations are found with {@link java.util.ServiceLoader}:
 * list the class in {@code META-INF/services/io.agentstore.spi.BackendProvider} and
 * {@code AgentStore.open(url)} picks it by the URL's scheme, with no switch statement anywhere.
 *
 * <pre>{@code
 * public final class MyProvider implements BackendProvider {
 *     public String name() { return "mydb"; }
 *     public Set<String> schemes() { return Set.of("mydb"); }
 *     public Backend open(StoreUrl url, StoreOptions options) { return new MyBackend(url, options); }
 * }
 * }</pre>
 */
public interface BackendProvider {
    /** A short name, e.g. {@code postgres}; shown by {@code status}. */
    String name();

    /** URL schemes this backend serves, lower case, e.g. {@code postgres}, {@code postgresql}. */
    Set<String> schemes();

    /** Names accepted in {@code STORAGE_ENGINE} for this backend; by default its name. */
    default Set<String> engines() {
        return Set.of(name());
    }

    /**
     * Opens the backend. Options arrive unresolved; call {@link StoreOptions#resolve(StoreUrl)}.
     * Connection problems are thrown here as {@code AgentStoreException}s with a hint.
     */
    Backend open(StoreUrl url, StoreOptions options);

    /**
     * Creates the database {@code url} names when it does not exist ({@code agentstore migrate --create});
     * returns false when it existed. Backends whose storage appears on first use need not override it.
     */
    /**
     * Checks {@code agentstore doctor} makes before opening, for what opening would change (a
     * SQLite file appears when opened); a failure here means the store is not opened.
     */
    default java.util.List<io.agentstore.admin.DoctorCheck> preflight(StoreUrl url, StoreOptions options) {
        return java.util.List.of();
    }

    default boolean createDatabase(StoreUrl url, StoreOptions options) {
        throw new io.agentstore.error.InvalidConfigurationException("the " + name() + " backend cannot create its database",
                "create it with the database's own tools, then run 'agentstore migrate'");
    }
}
