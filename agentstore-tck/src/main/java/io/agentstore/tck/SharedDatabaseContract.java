package io.agentstore.tck;

import static io.agentstore.tck.TckSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentstore.AgentStore;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;

/**
 * Two independent stores (each with its own connections) on one database see each other's
 * writes at once: threads, messages, renames, working memory, compare-and-set claims and deletes.
 * A backend test that can open a second store on the same database overrides
 * {@link AgentStoreTck#openSecondStore()} and adds this contract:
 *
 * <pre>{@code
 * class MyDbTckTest extends AgentStoreTck implements SharedDatabaseContract {
 *     @Override protected AgentStore openStore() { return AgentStore.open(URL); }
 *     @Override protected AgentStore openSecondStore() { return AgentStore.open(URL); }
 * }
 * }</pre>
 *
 * A store that cannot have a second instance (a private in-memory database) leaves both out,
 * and the kit has no test it would have to skip.
 */
public interface SharedDatabaseContract extends TckContext {
    @Test
    default void shared_twoStoresOnOneDatabaseSeeEachOthersWrites() {
        AgentStore other = secondStore().orElseThrow(() -> new IllegalStateException(
                "SharedDatabaseContract needs a second store: override openSecondStore()"));
        MemoryThread t = newThread();
        Message m = Message.user(uid("msg"), t.id(), t.resourceId(), "from the first store");
        memory().saveMessages(List.of(m));
        assertSameThread(memory().getThread(t.id()).orElseThrow(), other.memory().getThread(t.id()).orElseThrow());
        assertSameMessage(m, other.memory().listMessages(MessageQuery.thread(t.id())).items().get(0));

        other.memory().updateThread(t.id(), "renamed by the second", Map.of("by", "second"));
        assertEquals("renamed by the second", memory().getThread(t.id()).orElseThrow().title());
        other.memory().updateWorkingMemory(t.resourceId(), "shared");
        assertEquals("shared", memory().getResource(t.resourceId()).orElseThrow().workingMemory());

        String wf = uid("wf");
        workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"suspended\"}");
        assertTrue(other.workflows().compareAndSetStatus(wf, "run-1", "suspended", "running"));
        assertTrue(!workflows().compareAndSetStatus(wf, "run-1", "suspended", "running"), "the first store sees the claim");
        other.memory().deleteThread(t.id());
        assertTrue(memory().getThread(t.id()).isEmpty());
    }
}
