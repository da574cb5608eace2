package io.agentstore.cli;

import picocli.CommandLine.Command;

/** {@code agentstore threads …}: conversation threads. Without a subcommand it is a usage error. */
@Command(name = "threads", description = "Conversation threads.", subcommands = ThreadsListCommand.class)
final class ThreadsCommand {
}
