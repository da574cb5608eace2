package io.agentstore.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import io.agentstore.AgentStore;
import io.agentstore.config.EnvConfig;
import io.agentstore.config.Secrets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Base of every command: its place under the root command (the shared {@code --url},
 * {@code --json}), the console, usage errors, the URLs of this run and "run this next" hints.
 */
abstract class CliCommand implements Callable<Integer> {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./*-]+");

    @Spec
    CommandSpec spec;

    AgentStoreCli root() {
        return (AgentStoreCli) spec.root().userObject();
    }

    Console console() {
        return root().context().console();
    }

    boolean json() {
        return root().json;
    }

    /** An exit-2 usage error about this command's options. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Every database URL this run uses: {@code --url}, or the environment's main and per-domain URLs. */
    List<String> targetUrls() {
        if (root().url != null) {
            return List.of(root().url);
        }
        EnvConfig cfg = AgentStore.resolveEnv(root().context().env());
        Set<String> urls = new LinkedHashSet<>();
        urls.add(cfg.url());
        urls.addAll(cfg.domainUrls().values());
        return List.copyOf(urls);
    }

    /** The store URL with secrets masked, for headers and summaries. */
    String displayUrl() {
        String url = root().url;
        return Secrets.maskUrl(url != null ? url : AgentStore.resolveEnv(root().context().env()).url());
    }

    /**
     * A command line to suggest to the user, e.g. {@code ./agentstore threads list --resource r}:
     * it starts the way the user started this one and repeats {@code --url} (masked) if given.
     */
    String suggest(String args) {
        String url = root().url;
        String tail = url == null ? "" : " --url " + shellQuote(Secrets.maskUrl(url));
        return root().context().prog() + " " + args + tail;
    }

    static String shellQuote(String s) {
        return SHELL_SAFE.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
