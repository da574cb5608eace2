package io.agentstore.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.workflow.WorkflowStore;

/** The workloads through AgentStore's public API, exactly as an application calls it. */
final class AgentStoreTarget implements Target {
    private final String url;
    private final AgentStore store;
    private final MemoryStore memory;
    private final WorkflowStore workflows;

    /** Opens the store at {@code url} and migrates it (untimed). */
    AgentStoreTarget(String url) {
        this.url = url;
        this.store = AgentStore.open(url);
        store.init();
        this.memory = store.memory();
        this.workflows = store.workflows();
    }

    /** The backend's name, e.g. {@code postgres}. */
    String backend() {
        return store.backendNames().get(0);
    }

    /** The memory API of the open store, for workloads that are not written against {@link Target} (chatWindow500). */
    MemoryStore memory() {
        return memory;
    }

    @Override
    public String label() {
        return "agentstore";
    }

    @Override
    public long openAndInitNanos() {
        long start = System.nanoTime();
        AgentStore s = AgentStore.open(url);
        try {
            s.init();
            return System.nanoTime() - start;
        } finally {
            s.close();
        }
    }

    @Override
    public void createThread(String threadId, String resourceId, String title, Instant createdAt) {
        memory.saveThread(new MemoryThread(threadId, resourceId, title, Map.of(), createdAt, createdAt));
    }

    @Override
    public void append(String threadId, String resourceId, BenchMessage m) {
        memory.saveMessages(List.of(message(threadId, resourceId, m)));
    }

    @Override
    public void appendBatch(String threadId, String resourceId, List<BenchMessage> messages) {
        List<Message> list = new ArrayList<>(messages.size());
        for (BenchMessage m : messages) {
            list.add(message(threadId, resourceId, m));
        }
        memory.saveMessages(list);
    }

    private static Message message(String threadId, String resourceId, BenchMessage m) {
        return new Message(m.id(), threadId, resourceId, m.role(), Message.TYPE_V2, MessageContent.of(m.contentJson()), m.createdAt());
    }

    @Override
    public int last40(String threadId) {
        return memory.listMessages(MessageQuery.thread(threadId).last(40)).items().size();
    }

    @Override
    public int listThreads20(String resourceId) {
        return memory.listThreads(ThreadQuery.resource(resourceId).perPage(20)).items().size();
    }

    @Override
    public void persistSnapshot(String workflowName, String runId, String resourceId, String snapshotJson) {
        workflows.persistSnapshot(workflowName, runId, resourceId, snapshotJson);
    }

    @Override
    public String loadSnapshot(String workflowName, String runId) {
        return workflows.loadSnapshot(workflowName, runId).orElse(null);
    }

    @Override
    public void close() {
        store.close();
    }
}
