package io.agentstore.cli;

import java.util.Map;

/**
 * What a command run needs from its surroundings, injected so that tests can run commands
 * in-process: where output goes, the environment that picks the default store, and the
 * name the user typed to start the CLI (used in "run this next" hints).
 */
record CliContext(Console console, Map<String, String> env, String prog) {
    CliContext {
        env = Map.copyOf(env);
        prog = prog == null || prog.isBlank() ? "agentstore" : prog;
    }
}
