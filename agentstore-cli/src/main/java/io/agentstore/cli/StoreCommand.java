package io.agentstore.cli;

import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import io.agentstore.AgentStore;
import io.agentstore.config.Secrets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Base of every command that works on a store: opens it from {@code --url} or the environment,
 * runs, closes it. Subclasses only implement {@link #run(AgentStore)}.
 */
abstract class StoreCommand implements Callable<Integer> {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./*-]+");

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        validate();
        try (AgentStore store = open()) {
            return run(store);
        }
    }

    /** Checks option values that picocli cannot; throw {@link #usage(String)} for bad ones. */
    void validate() {
    }

    abstract int run(AgentStore store);

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

    /** An explicit {@code --url} means exactly that database; otherwise the environment decides (AGENTSTORE_URL, ...). */
    AgentStore open() {
        String url = root().url;
        return url != null ? AgentStore.open(url) : AgentStore.fromEnv(root().context().env());
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
