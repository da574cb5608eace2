package io.agentstore.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import picocli.CommandLine.Command;

/**
 * {@code agentstore migrate}: creates the tables or applies pending migrations
 * ({@code AgentStore.init()}, idempotent and safe to run from several processes at once), and
 * shows the schema version before and after and what was applied.
 *
 * <pre>{@code
 * $ agentstore migrate --url postgresql://app@localhost/app
 * }</pre>
 */
@Command(name = "migrate", description = "Create the schema or apply pending migrations (idempotent); show what was applied.")
final class MigrateCommand extends StoreCommand {

    @Override
    int run(AgentStore store) {
        List<StoreStatus> before = store.status();
        long started = System.nanoTime();
        store.init();
        long ms = (System.nanoTime() - started) / 1_000_000;
        List<StoreStatus> after = store.status();

        ObjectNode doc = Console.object();
        ArrayNode stores = doc.putArray("stores");
        for (int i = 0; i < after.size(); i++) {
            StoreStatus b = i < before.size() ? before.get(i) : null;
            StoreStatus a = after.get(i);
            List<String> applied = new ArrayList<>(b == null ? List.of() : b.pendingMigrations());
            applied.removeAll(a.pendingMigrations());
            int fromVersion = b == null ? 0 : b.schemaVersion();
            if (json()) {
                ObjectNode n = stores.addObject();
                n.put("backend", a.backend());
                n.put("url", a.url());
                n.put("schemaVersionBefore", fromVersion);
                n.put("schemaVersionAfter", a.schemaVersion());
                n.set("applied", Views.tree(applied));
                n.set("pendingMigrations", Views.tree(a.pendingMigrations()));
            } else {
                print(a, fromVersion, applied);
            }
        }
        if (json()) {
            doc.put("durationMs", ms);
            console().json(doc);
        } else {
            console().println("Done in " + ms + " ms.");
        }
        return AgentStoreCli.EXIT_OK;
    }

    private void print(StoreStatus a, int fromVersion, List<String> applied) {
        Console c = console();
        c.println(a.backend() + " at " + a.url());
        if (applied.isEmpty() && fromVersion == a.schemaVersion()) {
            c.println("  schema version " + a.schemaVersion() + ": already up to date, nothing applied");
        } else {
            c.println("  schema version " + fromVersion + " -> " + a.schemaVersion());
            applied.forEach(m -> c.println("  applied: " + m));
        }
        a.pendingMigrations().forEach(m -> c.println("  still pending: " + m));
    }
}
