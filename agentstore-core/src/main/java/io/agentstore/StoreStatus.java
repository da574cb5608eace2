package io.agentstore;

import java.util.List;
import java.util.Map;

/**
 * What {@code agentstore status} shows about one backend: its name, the masked URL, the
 * server version when known, the applied schema version, migrations still pending, and row
 * counts per table or collection. Never contains a secret.
 *
 * <pre>{@code
 * StoreStatus s = store.status().get(0);
 * System.out.println(s.backend() + " schema v" + s.schemaVersion() + ", pending " + s.pendingMigrations());
 * }</pre>
 */
public record StoreStatus(String backend, String url, String serverVersion, int schemaVersion,
                          List<String> pendingMigrations, Map<String, Long> rowCounts, Map<String, String> details) {
    public StoreStatus {
        pendingMigrations = List.copyOf(pendingMigrations);
        rowCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowCounts));
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
