package io.agentstore.cli;

import picocli.CommandLine.Command;

/** {@code agentstore runs …}: workflow runs (snapshots). Without a subcommand it is a usage error. */
@Command(name = "runs", description = "Workflow runs (snapshots).", subcommands = RunsListCommand.class)
final class RunsCommand {
}
