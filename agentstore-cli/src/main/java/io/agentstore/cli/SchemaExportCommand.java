package io.agentstore.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.config.StoreOptions;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.sql.Dialect;
import io.agentstore.sql.Dialects;
import io.agentstore.sql.SchemaExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code agentstore schema export}: the DDL that {@code migrate} applies for a dialect, schema and
 * table prefix, on stdout, for DBAs who apply schema changes themselves. Needs no database.
 *
 * <pre>{@code
 * $ agentstore schema export --dialect postgres --schema agents > agentstore.sql
 * }</pre>
 */
@Command(name = "export", description = "Print the DDL that 'migrate' applies (no database needed).")
final class SchemaExportCommand extends CliCommand {
    @Option(names = "--dialect", required = true, paramLabel = "NAME", description = "The SQL dialect: ${COMPLETION-CANDIDATES}.",
            completionCandidates = DialectNames.class)
    String dialect;

    @Option(names = "--schema", paramLabel = "NAME", description = "Put the tables in this schema (PostgreSQL).")
    String schema;

    @Option(names = "--table-prefix", paramLabel = "P", description = "Prefix every table name, e.g. dev_.")
    String tablePrefix;

    /** The dialect names, for the help text. */
    static final class DialectNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Dialects.names().iterator();
        }
    }

    @Override
    public Integer call() {
        Dialect d = Dialects.named(dialect).orElseThrow(() -> usage("unknown --dialect '" + dialect + "': use one of " + String.join(", ", Dialects.names())));
        StoreOptions options;
        try {
            options = StoreOptions.builder().schema(schema).tablePrefix(tablePrefix).build();
        } catch (InvalidConfigurationException e) {
            throw usage(e.getMessage().replace("tablePrefix", "--table-prefix").replace("schema '", "--schema '") + ": " + e.hint());
        }
        if (schema != null && !d.supportsSchemas()) {
            throw usage("--schema is for PostgreSQL; " + d.name() + " has no schemas (use --table-prefix)");
        }
        String ddl = SchemaExport.ddl(d, options);
        if (json()) {
            ObjectNode doc = Console.object();
            doc.put("dialect", d.name());
            doc.put("ddl", ddl);
            console().json(doc);
        } else {
            console().println(ddl.stripTrailing());
        }
        return AgentStoreCli.EXIT_OK;
    }
}
