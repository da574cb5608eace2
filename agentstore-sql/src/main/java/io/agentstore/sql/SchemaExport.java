package io.agentstore.sql;

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
        if (options.schema() != null && dialect.createSchemaDdl(options.schema()) != null) {
            sb.append(dialect.createSchemaDdl(options.schema())).append(";\n");
        }
        sb.append(names.render(dialect.migrationsTableDdl())).append(";\n");
        for (Migration m : dialect.migrations()) {
            sb.append("\n-- v").append(m.version()).append(": ").append(m.description()).append('\n');
            for (String s : m.statements()) {
                sb.append(names.render(s)).append(";\n");
            }
            sb.append("INSERT INTO ").append(names.migrations()).append(" (version, description, checksum, applied_at, duration_ms) VALUES (")
                    .append(m.version()).append(", '").append(m.description().replace("'", "''")).append("', '").append(m.checksum())
                    .append("', CURRENT_TIMESTAMP, 0);\n");
        }
        return sb.toString();
    }
}
