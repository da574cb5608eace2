package io.agentstore.spi;

import java.util.List;

import io.agentstore.StoreStatus;
import io.agentstore.admin.DoctorCheck;
import io.agentstore.admin.MigrationStep;
import io.agentstore.error.UnsupportedDomainException;
import io.agentstore.memory.MemoryStore;
import io.agentstore.workflow.WorkflowStore;

/**
 * An open backend: the domains it implements plus schema management. Created by a
 * {@link BackendProvider}; callers use it through {@code AgentStore}, which validates input
 * before it gets here, so implementations may trust ids, lengths and JSON shapes.
 *
 * <pre>{@code
 * try (Backend b = new MyProvider().open(StoreUrl.parse("mydb://x"), StoreOptions.defaults())) {
 *     b.init();
 *     b.memory().getThread("t1");
 * }
 * }</pre>
 */
public interface Backend extends AutoCloseable {
    /** The provider's name, e.g. {@code sqlite}. */
    String name();

    /** Creates or migrates what this backend needs; idempotent and safe to call from several processes. */
    void init();

    /** Schema version, pending migrations, row counts; never contains secrets. */
    StoreStatus status();

    /** The memory domain, or {@link UnsupportedDomainException}. */
    default MemoryStore memory() {
        throw new UnsupportedDomainException("the " + name() + " backend does not support the memory domain",
                "route memory to another backend with AGENTSTORE_MEMORY_URL or AgentStore.builder().memory(url)");
    }

    /** The workflows domain, or {@link UnsupportedDomainException}. */
    default WorkflowStore workflows() {
        throw new UnsupportedDomainException("the " + name() + " backend does not support the workflows domain",
                "route workflows to another backend with AGENTSTORE_WORKFLOWS_URL or AgentStore.builder().workflows(url)");
    }

    /** The steps {@link #init()} would apply now, in order, without applying them; empty when up to date or schemaless. */
    default List<MigrationStep> pendingMigrationSteps() {
        return List.of();
    }

    /**
     * Health checks beyond having connected (the store is open, so the server was reachable and
     * accepted the login): server version, permissions, connection limits, SSL, clock skew,
     * schema version. Each warning or failure carries its fix.
     */
    default List<DoctorCheck> diagnose() {
        StoreStatus s = status();
        return List.of(s.pendingMigrations().isEmpty()
                ? DoctorCheck.ok("schema", "version " + s.schemaVersion() + ", up to date")
                : DoctorCheck.warn("schema", "version " + s.schemaVersion() + ", pending: " + String.join("; ", s.pendingMigrations()),
                        "run 'agentstore migrate' (or call store.init())"));
    }

    /**
     * Bulk scans, exact upserts and retention of the memory domain, for copy, backup, restore
     * and prune; or {@link UnsupportedDomainException} when this backend does not offer them.
     */
    default MemoryTransfer memoryTransfer() {
        throw new UnsupportedDomainException("the " + name() + " backend does not support bulk data movement of the memory domain"
                + " (copy, backup, restore, prune)", "use a backend that implements Backend.memoryTransfer(), or leave memory out with --domains");
    }

    /** As {@link #memoryTransfer()}, for the workflows domain. */
    default WorkflowTransfer workflowTransfer() {
        throw new UnsupportedDomainException("the " + name() + " backend does not support bulk data movement of the workflows domain"
                + " (copy, backup, restore, prune)", "use a backend that implements Backend.workflowTransfer(), or leave workflows out with --domains");
    }

    @Override
    void close();
}
