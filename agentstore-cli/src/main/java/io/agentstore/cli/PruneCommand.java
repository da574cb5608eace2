package io.agentstore.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.AgentStore;
import io.agentstore.spi.MemoryTransfer.PrunedThreads;
import io.agentstore.transfer.BackupFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agentstore prune}: retention. Deletes the threads (with all their messages) and the
 * workflow runs last updated longer ago than {@code --older-than}; {@code --dry-run} only counts
 * them. Resources (working memory) are kept: they outlive threads by design.
 *
 * <pre>{@code
 * $ agentstore prune --url file:./agentstore.db --older-than 30d --dry-run
 * $ agentstore prune --url file:./agentstore.db --older-than 90d --domains workflows
 * }</pre>
 */
@Command(name = "prune", description = {"Delete threads (with their messages) and workflow runs last updated longer ago than --older-than.",
        "Resources (working memory) are kept. --dry-run only counts."})
final class PruneCommand extends StoreCommand {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhdw])");

    @Option(names = "--older-than", required = true, paramLabel = "DURATION",
            description = "Age of the last update: 30d, 12h, 90m, 45s, 2w, or ISO-8601 (P30D, PT12H).")
    String olderThan;

    @Option(names = "--domains", split = ",", paramLabel = "LIST", description = "Domains to prune: memory, workflows (default: both).")
    List<String> domains = new ArrayList<>();

    @Option(names = "--dry-run", description = "Only count what would be deleted.")
    boolean dryRun;

    private Duration age;
    private List<String> wanted;

    @Override
    void validate() {
        try {
            age = parseDuration(olderThan);
        } catch (IllegalArgumentException e) {
            throw usage("--older-than: " + e.getMessage());
        }
        try {
            wanted = DataDomains.parse(domains);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** {@code 30d}, {@code 12h}, {@code 90m}, {@code 45s}, {@code 2w} or ISO-8601 ({@code P30D}, {@code PT12H}); positive. */
    static Duration parseDuration(String s) {
        String v = s == null ? "" : s.trim();
        Duration d;
        Matcher m = SHORT.matcher(v.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        } else {
            try {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a duration; use e.g. 30d, 12h, 90m, 45s, 2w or P30D");
            }
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("'" + s + "' must be longer than zero (pruning everything is not what it is for)");
        }
        return d;
    }

    @Override
    int run(AgentStore store) {
        Instant cutoff = Instant.now().minus(age);
        PrunedThreads threads = wanted.contains(BackupFormat.MEMORY) ? store.memoryTransfer().pruneThreads(cutoff, dryRun) : null;
        Long runs = wanted.contains(BackupFormat.WORKFLOWS) ? store.workflowTransfer().pruneRuns(cutoff, dryRun) : null;
        if (json()) {
            ObjectNode doc = Console.object();
            doc.put("url", displayUrl());
            doc.put("olderThan", olderThan);
            doc.put("cutoff", cutoff.toString());
            doc.put("dryRun", dryRun);
            doc.set("domains", Views.tree(wanted));
            ObjectNode n = doc.putObject(dryRun ? "wouldRemove" : "removed");
            if (threads != null) {
                n.put("threads", threads.threads());
                n.put("messages", threads.messages());
            }
            if (runs != null) {
                n.put("workflowRuns", runs);
            }
            console().json(doc);
        } else {
            List<String> parts = new ArrayList<>();
            if (threads != null) {
                parts.add(threads.threads() + " threads (with " + threads.messages() + " messages)");
            }
            if (runs != null) {
                parts.add(runs + " workflow runs");
            }
            console().println((dryRun ? "Would remove " : "Removed ") + String.join(" and ", parts) + " last updated before "
                    + Times.iso(cutoff) + " (older than " + olderThan + ") from " + displayUrl() + ".");
            if (dryRun) {
                console().println("Nothing was deleted (--dry-run). Delete them with: " + suggest("prune --older-than " + shellQuote(olderThan)
                        + (domains.isEmpty() ? "" : " --domains " + String.join(",", wanted))));
            }
        }
        return AgentStoreCli.EXIT_OK;
    }
}
