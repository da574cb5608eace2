package io.agentstore.cli;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import picocli.CommandLine.Command;

/**
 * {@code agentstore status}: which backend, where (masked), server and schema versions,
 * pending migrations and row counts. Reads only; never migrates.
 *
 * <pre>{@code
 * $ agentstore status --url file:./agentstore.db
 * }</pre>
 */
@Command(name = "status", description = "Show backend, URL (masked), server and schema version, pending migrations and row counts.")
final class StatusCommand extends StoreCommand {

    @Override
    int run(AgentStore store) {
        List<StoreStatus> all = store.status();
        if (json()) {
            ObjectNode doc = Console.object();
            ArrayNode stores = doc.putArray("stores");
            all.forEach(s -> stores.add(Views.status(s)));
            console().json(doc);
            return AgentStoreCli.EXIT_OK;
        }
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                console().println();
            }
            print(all.get(i));
        }
        if (all.stream().anyMatch(s -> !s.pendingMigrations().isEmpty())) {
            console().println();
            console().println("Apply pending migrations with: " + suggest("migrate"));
        }
        return AgentStoreCli.EXIT_OK;
    }

    private void print(StoreStatus s) {
        Console c = console();
        c.println(label("Backend") + s.backend());
        c.println(label("URL") + s.url());
        c.println(label("Server version") + (s.serverVersion() == null ? "-" : s.serverVersion()));
        c.println(label("Schema version") + s.schemaVersion()
                + (s.pendingMigrations().isEmpty() ? " (up to date)" : " (" + s.pendingMigrations().size() + " pending)"));
        for (String m : s.pendingMigrations()) {
            c.println(label("") + "pending: " + m);
        }
        if (s.rowCounts().isEmpty()) {
            c.println(label("Rows") + "-");
        }
        int width = s.rowCounts().keySet().stream().mapToInt(String::length).max().orElse(0);
        boolean first = true;
        for (Map.Entry<String, Long> e : s.rowCounts().entrySet()) {
            c.println(label(first ? "Rows" : "") + String.format("%-" + width + "s  %d", e.getKey(), e.getValue()));
            first = false;
        }
        int keyWidth = s.details().keySet().stream().mapToInt(String::length).max().orElse(0);
        first = true;
        for (Map.Entry<String, String> e : s.details().entrySet()) {
            c.println(label(first ? "Details" : "") + String.format("%-" + keyWidth + "s  %s", e.getKey(), e.getValue()));
            first = false;
        }
    }

    /** A left column of 16 characters, and always at least one space before the value. */
    static String label(String name) {
        return name.length() >= 16 ? name + " " : name + " ".repeat(16 - name.length());
    }
}
