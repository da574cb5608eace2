package io.agentstore.cli;

import io.agentstore.AgentStore;

/**
 * Base of every command that works on a store: opens it from {@code --url} or the environment,
 * runs, closes it. Subclasses only implement {@link #run(AgentStore)}.
 */
abstract class StoreCommand extends CliCommand {

    @Override
    public final Integer call() {
        validate();
        beforeOpen();
        try (AgentStore store = open()) {
            return run(store);
        }
    }

    /** Checks option values that picocli cannot; throw {@link #usage(String)} for bad ones. */
    void validate() {
    }

    /** Runs before the store is opened (such as creating its database). */
    void beforeOpen() {
    }

    abstract int run(AgentStore store);

    /** An explicit {@code --url} means exactly that database; otherwise the environment decides (AGENTSTORE_URL, ...). */
    AgentStore open() {
        String url = root().url;
        return url != null ? AgentStore.open(url) : AgentStore.fromEnv(root().context().env());
    }
}
