package io.agentstore.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.admin.MigrationPlan;
import io.agentstore.admin.MigrationStep;
import io.agentstore.config.Secrets;
import io.agentstore.config.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agentstore migrate}: creates the tables or applies pending migrations
 * ({@code AgentStore.init()}, idempotent and safe to run from several processes at once), and
 * shows the schema version before and after and what was applied. {@code --dry-run} prints the
 * SQL it would run and changes nothing; {@code --create} first creates the database when it
 * does not exist and the login may.
 *
 * <pre>{@code
 * $ agentstore migrate --url postgresql://app@localhost/app --create
 * $ agentstore migrate --url postgresql://app@localhost/app --dry-run
 * }</pre>
 */
@Command(name = "migrate", description = "Create the schema or apply pending migrations (idempotent); show what was applied.")
final class MigrateCommand extends StoreCommand {
    @Option(names = "--dry-run", description = "Print the SQL that would run, change nothing.")
    boolean dryRun;

    @Option(names = "--create", description = "Create the database first when it does not exist (and the user may).")
    boolean create;

    private final List<String> created = new ArrayList<>();

    @Override
    void validate() {
        if (dryRun && create) {
            throw usage("--dry-run changes nothing, so it cannot --create; run with --create alone to create and migrate");
        }
    }

    @Override
    void beforeOpen() {
        if (!create) {
            return;
        }
        for (String url : targetUrls()) {
            if (AgentStore.createDatabase(url, StoreOptions.defaults())) {
                created.add(Secrets.maskUrl(url));
                if (!json()) {
                    console().println("Created the database at " + Secrets.maskUrl(url));
                }
            }
        }
    }

    @Override
    int run(AgentStore store) {
        return dryRun ? plan(store) : migrate(store);
    }

    private int plan(AgentStore store) {
        List<MigrationPlan> plans = store.migrationPlan();
        if (json()) {
            ObjectNode doc = Console.object();
            doc.put("dryRun", true);
            ArrayNode stores = doc.putArray("stores");
            for (MigrationPlan p : plans) {
                ObjectNode n = stores.addObject();
                n.put("backend", p.backend());
                n.put("url", p.url());
                ArrayNode steps = n.putArray("steps");
                for (MigrationStep s : p.steps()) {
                    ObjectNode st = steps.addObject();
                    st.put("version", s.version());
                    st.put("description", s.description());
                    st.set("statements", Views.tree(s.statements()));
                }
            }
            console().json(doc);
            return AgentStoreCli.EXIT_OK;
        }
        Console c = console();
        for (MigrationPlan p : plans) {
            c.println("-- " + p.backend() + " at " + p.url());
            if (p.steps().isEmpty()) {
                c.println("-- up to date: nothing would run");
                continue;
            }
            c.println("-- dry run: " + p.steps().size() + " step(s) would run, in this order; nothing was changed");
            for (MigrationStep s : p.steps()) {
                c.println();
                c.println("-- v" + s.version() + ": " + s.description());
                s.statements().forEach(sql -> c.println(sql + ";"));
            }
        }
        return AgentStoreCli.EXIT_OK;
    }

    private int migrate(AgentStore store) {
        List<StoreStatus> before = store.status();
        long started = System.nanoTime();
        store.init();
        long ms = (System.nanoTime() - started) / 1_000_000;
        List<StoreStatus> after = store.status();

        ObjectNode doc = Console.object();
        if (create) {
            doc.set("createdDatabases", Views.tree(created));
        }
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
