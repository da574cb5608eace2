package io.agentstore.sql;

/**
 * The quoted, schema-qualified, prefixed names of the tables of one store: Mastra's
 * {@code mastra_threads}, {@code mastra_messages}, {@code mastra_resources},
 * {@code mastra_workflow_snapshot}, and AgentStore's {@code agentstore_migrations}.
 *
 * <pre>{@code
 * TableNames t = new TableNames(new PostgresDialect(), "agents", "dev_");
 * t.threads(); // "agents"."dev_mastra_threads"
 * }</pre>
 */
public final class TableNames {
    public static final String THREADS = "mastra_threads";
    public static final String MESSAGES = "mastra_messages";
    public static final String RESOURCES = "mastra_resources";
    public static final String SNAPSHOTS = "mastra_workflow_snapshot";
    public static final String MIGRATIONS = "agentstore_migrations";

    private final Dialect dialect;
    private final String schema;
    private final String prefix;
    /** Every statement names a table: quoted and qualified once here rather than on each call. */
    private final String threads;
    private final String messages;
    private final String resources;
    private final String snapshots;
    private final String migrations;

    public TableNames(Dialect dialect, String schema, String prefix) {
        this.dialect = dialect;
        this.schema = schema;
        this.prefix = prefix == null ? "" : prefix;
        this.threads = qualified(THREADS);
        this.messages = qualified(MESSAGES);
        this.resources = qualified(RESOURCES);
        this.snapshots = qualified(SNAPSHOTS);
        this.migrations = qualified(MIGRATIONS);
    }

    public String qualified(String base) {
        String t = dialect.quote(prefix + base);
        return schema == null ? t : dialect.quote(schema) + "." + t;
    }

    public String threads() {
        return threads;
    }

    public String messages() {
        return messages;
    }

    public String resources() {
        return resources;
    }

    public String snapshots() {
        return snapshots;
    }

    public String migrations() {
        return migrations;
    }

    public String schema() {
        return schema;
    }

    /** The unquoted, unqualified names of every table, with the prefix. */
    public java.util.List<String> plainTableNames() {
        return java.util.List.of(prefix + THREADS, prefix + MESSAGES, prefix + RESOURCES, prefix + SNAPSHOTS, prefix + MIGRATIONS);
    }

    public String prefix() {
        return prefix;
    }

    /** A migration template with every placeholder replaced. */
    public String render(String template) {
        return dialect.renderTemplate(template.replace("{threads}", threads())
                .replace("{messages}", messages())
                .replace("{resources}", resources())
                .replace("{snapshots}", snapshots())
                .replace("{migrations}", migrations())
                .replace("{prefix}", prefix)
                .replace("{schema_}", (schema == null ? dialect.defaultSchema() : schema) + "_")
                // Mastra prefixes index names with the schema only outside the default schema.
                .replace("{ischema_}", schema == null || schema.equals(dialect.defaultSchema()) ? "" : schema + "_"));
    }
}
