package io.agentstore.spi;

import io.agentstore.StoreStatus;
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

    @Override
    void close();
}
