package io.agentstore.cli;

import picocli.CommandLine.Command;

/** {@code agentstore messages …}: the messages of a thread. Without a subcommand it is a usage error. */
@Command(name = "messages", description = "Messages of a thread.", subcommands = MessagesListCommand.class)
final class MessagesCommand {
}
