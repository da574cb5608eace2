package io.agentstore.inmemory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agentstore.StoreStatus;
import io.agentstore.error.StorageException;
import io.agentstore.memory.MemoryStore;
import io.agentstore.workflow.WorkflowStore;

/** One open in-memory store: both domains over one {@link InMemoryDatabase}. */
final class InMemoryBackend implements io.agentstore.spi.Backend {
    private final String maskedUrl;
    private final String storeName;
    private final InMemoryDatabase db;
    private final InMemoryMemoryStore memory;
    private final InMemoryWorkflowStore workflows;
    private final InMemoryTransfer transfer;
    private volatile boolean closed;

    InMemoryBackend(String maskedUrl, String storeName, InMemoryDatabase db) {
        this.maskedUrl = maskedUrl;
        this.storeName = storeName;
        this.db = db;
        this.memory = new InMemoryMemoryStore(db, this::checkOpen);
        this.workflows = new InMemoryWorkflowStore(db, this::checkOpen);
        this.transfer = new InMemoryTransfer(db, this::checkOpen);
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void init() {
        checkOpen();
    }

    @Override
    public StoreStatus status() {
        checkOpen();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("store", storeName == null ? "(private)" : storeName);
        return new StoreStatus(name(), maskedUrl, null, 0, List.of(), db.rowCounts(), details);
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

    /** Closing forgets nothing: a named store keeps its data for the next open, as a database would. */
    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() {
        if (closed) {
            throw new StorageException("this in-memory store is closed", "open a new AgentStore");
        }
    }
}
