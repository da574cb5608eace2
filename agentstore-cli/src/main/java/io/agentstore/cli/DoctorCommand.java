package io.agentstore.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.admin.DoctorCheck;
import io.agentstore.admin.DoctorCheck.Outcome;
import io.agentstore.config.Secrets;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.AgentStoreException;
import picocli.CommandLine.Command;

/**
 * {@code agentstore doctor}: checks each database the store uses, in the order problems show up
 * (the URL, reaching the server, logging in, the database, SSL, then the backend's own checks:
 * permissions, connection limit against the pool, clock skew, schema version) and prints each
 * failure with its cause and its fix. Exit 1 when any check fails; warnings alone exit 0.
 *
 * <pre>{@code
 * $ agentstore doctor --url postgresql://app@db.internal/app
 * }</pre>
 */
@Command(name = "doctor", description = "Check reachability, login, database, SSL, permissions, connection limits, clock and schema; print fixes.")
final class DoctorCommand extends CliCommand {

    /** Opening a store is itself the first checks (reachable, login, database), so each URL is opened here. */
    @Override
    public Integer call() {
        List<String> urls = targetUrls();
        ObjectNode doc = Console.object();
        ArrayNode databases = doc.putArray("databases");
        int failures = 0;
        int warnings = 0;
        for (String url : urls) {
            List<DoctorCheck> checks = check(url);
            String shown = Secrets.maskUrl(url);
            if (json()) {
                ObjectNode d = databases.addObject();
                d.put("url", shown);
                ArrayNode arr = d.putArray("checks");
                for (DoctorCheck c : checks) {
                    ObjectNode n = arr.addObject();
                    n.put("name", c.name());
                    n.put("outcome", c.outcome().name().toLowerCase(java.util.Locale.ROOT));
                    n.put("detail", c.detail());
                    if (!c.fix().isEmpty()) {
                        n.put("fix", c.fix());
                    }
                }
            } else {
                print(shown, checks);
            }
            failures += (int) checks.stream().filter(c -> c.outcome() == Outcome.FAIL).count();
            warnings += (int) checks.stream().filter(c -> c.outcome() == Outcome.WARN).count();
        }
        if (json()) {
            doc.put("failures", failures);
            doc.put("warnings", warnings);
            doc.put("healthy", failures == 0);
            console().json(doc);
        } else {
            console().println(failures == 0
                    ? (warnings == 0 ? "All checks passed." : "No failures; " + warnings + " warning(s) above.")
                    : failures + " check(s) failed, " + warnings + " warning(s): see the fixes above.");
        }
        return failures == 0 ? AgentStoreCli.EXIT_OK : AgentStoreCli.EXIT_FAILURE;
    }

    /** The checks of one database; opening it answers reachability, login and existence at once. */
    private List<DoctorCheck> check(String url) {
        List<DoctorCheck> out = new ArrayList<>();
        StoreUrl parsed;
        try {
            parsed = StoreUrl.parse(url);
        } catch (AgentStoreException e) {
            out.add(DoctorCheck.fail("url", e.getMessage(), e.hint()));
            return out;
        }
        String where = parsed.host() == null ? parsed.scheme() + " " + Secrets.maskUrl(url)
                : parsed.host() + (parsed.port() == null ? "" : ":" + parsed.port());
        try {
            List<DoctorCheck> before = AgentStore.preflight(url, io.agentstore.config.StoreOptions.defaults());
            out.addAll(before);
            if (before.stream().anyMatch(c -> c.outcome() == Outcome.FAIL)) {
                return out;
            }
        } catch (AgentStoreException e) {
            out.add(DoctorCheck.fail("backend", e.getMessage(), e.hint()));
            return out;
        }
        try (AgentStore store = AgentStore.open(url)) {
            out.add(DoctorCheck.ok("backend", String.join(", ", store.backendNames())));
            if (parsed.host() != null) {
                out.add(DoctorCheck.ok("reachable", where));
                out.add(DoctorCheck.ok("authentication", parsed.user() == null ? "accepted" : "accepted user " + parsed.user()));
                out.add(DoctorCheck.ok("database", (parsed.database() == null ? "default" : parsed.database()) + " exists"));
            }
            out.addAll(store.diagnose());
        } catch (AgentStoreException e) {
            String fix = e.hint();
            switch (e.code()) {
                case CONNECTION_REFUSED -> out.add(DoctorCheck.fail("reachable", e.getMessage(), fix));
                case AUTHENTICATION_FAILED -> {
                    out.add(DoctorCheck.ok("reachable", where));
                    out.add(DoctorCheck.fail("authentication", e.getMessage(), fix));
                }
                case DATABASE_NOT_FOUND -> {
                    out.add(DoctorCheck.ok("reachable", where));
                    out.add(DoctorCheck.ok("authentication", "accepted"));
                    out.add(DoctorCheck.fail("database", e.getMessage(), fix.contains("migrate --create") ? fix
                            : fix + "; or let AgentStore create it: " + suggest("migrate --create")));
                }
                case SSL_FAILED -> {
                    out.add(DoctorCheck.ok("reachable", where));
                    out.add(DoctorCheck.fail("ssl", e.getMessage(), fix));
                }
                case TOO_MANY_CONNECTIONS -> {
                    out.add(DoctorCheck.ok("reachable", where));
                    out.add(DoctorCheck.fail("connections", e.getMessage(), fix));
                }
                default -> out.add(DoctorCheck.fail("open", e.getMessage(), fix));
            }
        }
        return out;
    }

    private void print(String url, List<DoctorCheck> checks) {
        Console c = console();
        c.println("Doctor: " + url);
        int width = checks.stream().mapToInt(x -> x.name().length()).max().orElse(8);
        for (DoctorCheck x : checks) {
            String mark = switch (x.outcome()) {
                case OK -> "[ok]  ";
                case WARN -> "[warn]";
                case FAIL -> "[FAIL]";
            };
            c.println("  " + mark + " " + String.format("%-" + width + "s", x.name()) + "  " + x.detail());
            if (!x.fix().isEmpty()) {
                c.println("         " + " ".repeat(width) + "  fix: " + x.fix());
            }
        }
        c.println();
    }
}
