package io.agentstore.sql;

import io.agentstore.admin.MigrationStep;
import io.agentstore.config.StoreOptions;

/**
 * The DDL that {@code init()} applies for a dialect and options, as one script: for review,
 * for DBAs who apply schema changes themselves, and for {@code agentstore schema export}.
 *
 * <pre>{@code
 * String ddl = SchemaExport.ddl(new PostgresDialect(), StoreOptions.builder().schema("agents").build());
 * }</pre>
 */
public final class SchemaExport {
    private SchemaExport() {
    }

    public static String ddl(Dialect dialect, StoreOptions options) {
        TableNames names = new TableNames(dialect, options.schema(), options.prefix());
        StringBuilder sb = new StringBuilder("-- AgentStore schema for ").append(dialect.name()).append('\n');
        for (MigrationStep step : MigrationRunner.steps(dialect, names, dialect.migrations(), true)) {
            if (step.version() > 0) {
                sb.append("\n-- v").append(step.version()).append(": ").append(step.description()).append('\n');
            }
            step.statements().forEach(st -> sb.append(st).append(";\n"));
        }
        return sb.toString();
    }
}
