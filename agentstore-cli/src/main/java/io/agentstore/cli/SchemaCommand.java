package io.agentstore.cli;

import picocli.CommandLine.Command;

/** {@code agentstore schema …}: the database schema. Without a subcommand it is a usage error. */
@Command(name = "schema", description = "The database schema AgentStore uses.", subcommands = SchemaExportCommand.class)
final class SchemaCommand {
}
