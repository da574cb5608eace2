package io.agentstore.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agentstore.StoreStatus;
import io.agentstore.admin.DoctorCheck;
import io.agentstore.admin.MigrationStep;
import io.agentstore.config.StoreOptions;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.memory.MemoryStore;
import io.agentstore.spi.Backend;
import io.agentstore.workflow.WorkflowStore;

/**
 * A SQL backend: a transport ({@link SqlClient}) plus a {@link Dialect}. Every SQL database
 * module (PostgreSQL, SQLite/libSQL, MySQL, D1) returns one of these from its provider; the
 * domains, migrations and status are the same code for all of them.
 *
 * <pre>{@code
 * Backend b = new SqlBackend("postgres", client, new PostgresDialect(), options.resolve(url), url.masked());
 * b.init();
 * }</pre>
 */
public final class SqlBackend implements Backend {
    private final String name;
    private final SqlClient client;
    private final Dialect dialect;
    private final StoreOptions options;
    private final String maskedUrl;
    private final TableNames names;
    private final MigrationRunner migrations;
    private final SqlMemoryStore memory;
    private final SqlWorkflowStore workflows;
    private final SqlTransfer transfer;

    /**
     * @param options   resolved options ({@link StoreOptions#resolve}); {@code schema} and {@code tablePrefix} apply
     * @param maskedUrl the URL with secrets masked, for {@link #status()}
     */
    public SqlBackend(String name, SqlClient client, Dialect dialect, StoreOptions options, String maskedUrl) {
        if (options.schema() != null && !dialect.supportsSchemas()) {
            throw new InvalidConfigurationException("the " + name + " backend has no schemas (schema=" + options.schema() + ")",
                    "remove the schema option; use tablePrefix to keep several stores in one database");
        }
        this.name = name;
        this.client = client;
        this.dialect = dialect;
        this.options = options;
        this.maskedUrl = maskedUrl;
        this.names = new TableNames(dialect, options.schema(), options.prefix());
        this.migrations = new MigrationRunner(client, dialect, names);
        this.memory = new SqlMemoryStore(client, dialect, names);
        this.workflows = new SqlWorkflowStore(client, dialect, names);
        this.transfer = new SqlTransfer(client, dialect, names, memory, workflows);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init() {
        migrations.migrate();
    }

    @Override
    public MemoryStore memory() {
        return memory;
    }

    @Override
    public WorkflowStore workflows() {
        return workflows;
    }

    @Override
    public io.agentstore.spi.MemoryTransfer memoryTransfer() {
        return transfer;
    }

    @Override
    public io.agentstore.spi.WorkflowTransfer workflowTransfer() {
        return transfer;
    }

    @Override
    public StoreStatus status() {
        String version = client.query(dialect.serverVersionSql(), List.of(), r -> r.string("v")).get(0);
        Map<Integer, String> applied = migrations.applied();
        int schemaVersion = applied == null || applied.isEmpty() ? 0 : applied.keySet().stream().max(Integer::compare).orElse(0);
        List<String> pending = migrations.pending(applied).stream().map(m -> "v" + m.version() + " " + m.description()).toList();
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("threads", names.threads());
        tables.put("messages", names.messages());
        tables.put("resources", names.resources());
        tables.put("workflow_snapshots", names.snapshots());
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            client.query(dialect.countsSql(tables), List.of(), r -> {
                tables.keySet().forEach(k -> counts.put(k, r.longValue(k)));
                return null;
            });
        } catch (AgentStoreException e) {
            // Tables not created yet: no counts to show; pending migrations say why.
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("dialect", dialect.name());
        if (options.schema() != null) {
            details.put("schema", options.schema());
        }
        if (!options.prefix().isEmpty()) {
            details.put("tablePrefix", options.prefix());
        }
        details.put("poolMin", String.valueOf(options.poolMin()));
        details.put("poolMax", String.valueOf(options.poolMax()));
        details.putAll(client.statusDetails());
        return new StoreStatus(name, maskedUrl, version, schemaVersion, pending, counts, details);
    }

    @Override
    public List<MigrationStep> pendingMigrationSteps() {
        return migrations.plan();
    }

    @Override
    public List<DoctorCheck> diagnose() {
        return new SqlDiagnostics(client, dialect, names, options, maskedUrl, migrations).run();
    }

    @Override
    public void close() {
        client.close();
    }
}
