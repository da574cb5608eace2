package io.agentstore.tck;

import static io.agentstore.tck.TckSupport.PAST;
import static io.agentstore.tck.TckSupport.message;
import static io.agentstore.tck.TckSupport.uid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.workflow.WorkflowStore;

/**
 * What every contract of the kit needs from the test class: the store under test, and the
 * fixtures built on it. {@link AgentStoreTck} implements it; a backend that supports only some
 * domains may instead implement {@link #store()} and just the contracts it supports.
 *
 * <pre>{@code
 * @TestInstance(TestInstance.Lifecycle.PER_CLASS)
 * class MyWorkflowsOnlyTest implements WorkflowContract {
 *     private final AgentStore store = AgentStore.open("mydb://localhost/test");
 *     @BeforeAll void init() { store.init(); }
 *     @AfterAll void close() { store.close(); }
 *     public AgentStore store() { return store; }
 * }
 * }</pre>
 */
public interface TckContext {

    /** The store under test, opened and initialised. */
    AgentStore store();

    /** A second, independent store on the same database, when the test offers one. */
    default Optional<AgentStore> secondStore() {
        return Optional.empty();
    }

    /**
     * Capability: the largest text value, in UTF-8 bytes, that the backend stores in one field
     * (message content, metadata, working memory, snapshot); {@link Long#MAX_VALUE} (the default)
     * for no limit. A backend with a documented limit overrides it (Cloudflare D1: 2,000,000
     * bytes). The payload tests then still round-trip a value just under the limit, and check
     * that a larger one is rejected with {@code InvalidInputException} naming the field and the
     * limit, with nothing written; every other backend must round-trip the full 5 MB snapshot.
     *
     * <pre>{@code
     * @Override public long maxValueBytes() { return 2_000_000; }
     * }</pre>
     */
    default long maxValueBytes() {
        return Long.MAX_VALUE;
    }

    default MemoryStore memory() {
        return store().memory();
    }

    default WorkflowStore workflows() {
        return store().workflows();
    }

    // ---- fixtures ----------------------------------------------------------------------------

    /** Saves a new thread of {@code resourceId} created and updated at {@link TckSupport#PAST}. */
    default MemoryThread newThread(String resourceId) {
        return memory().saveThread(new MemoryThread(uid("thread"), resourceId, "TCK thread", Map.of(), PAST, PAST));
    }

    /** Saves a new thread of a new resource. */
    default MemoryThread newThread() {
        return newThread(uid("resource"));
    }

    /** Sets the thread's {@code updatedAt} back to {@link TckSupport#PAST}, so the next write shows whether it touches it. */
    default void untouch(MemoryThread t) {
        MemoryThread stored = memory().getThread(t.id()).orElseThrow();
        memory().saveThread(new MemoryThread(stored.id(), stored.resourceId(), stored.title(), stored.metadata(), stored.createdAt(), PAST));
    }

    /**
     * Saves {@code n} messages into {@code thread}, {@code step} apart from {@code first}, with
     * ids {@code <prefix>-000}, {@code -001}, … and alternating user/assistant roles; returns
     * them oldest first.
     */
    default List<Message> saveMessages(MemoryThread thread, int n, Instant first, Duration step) {
        String prefix = uid("msg");
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Message m = message(String.format("%s-%03d", prefix, i), thread, first.plus(step.multipliedBy(i)), "message " + i);
            out.add(i % 2 == 0 ? m : new Message(m.id(), m.threadId(), m.resourceId(), Message.ASSISTANT, m.type(), m.content(), m.createdAt()));
        }
        memory().saveMessages(out);
        return out;
    }
}
