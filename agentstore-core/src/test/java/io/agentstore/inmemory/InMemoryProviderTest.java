package io.agentstore.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.error.StorageException;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;

/** What the kit does not cover: naming and sharing of in-memory stores, status, closing, isolation of stored objects. */
class InMemoryProviderTest {

    private static String name() {
        return "memory:test-" + UUID.randomUUID();
    }

    @Test
    void aBareMemoryUrlIsAFreshStoreEveryTime() {
        try (AgentStore a = AgentStore.open("memory:"); AgentStore b = AgentStore.open("memory:")) {
            a.memory().saveThread(MemoryThread.of("t1", "r1", "chat"));
            assertTrue(a.memory().getThread("t1").isPresent());
            assertTrue(b.memory().getThread("t1").isEmpty());
        }
    }

    @Test
    void aNamedStoreIsSharedWithinTheJvm() {
        String url = name();
        try (AgentStore a = AgentStore.open(url); AgentStore b = AgentStore.open(url); AgentStore other = AgentStore.open(name())) {
            a.memory().saveThread(MemoryThread.of("t1", "r1", "chat"));
            assertTrue(b.memory().getThread("t1").isPresent());
            assertTrue(other.memory().getThread("t1").isEmpty());
        }
        try (AgentStore again = AgentStore.open(url)) {
            assertTrue(again.memory().getThread("t1").isPresent(), "closing keeps a named store's data, as a database would");
        }
    }

    @Test
    void statusCountsRowsPerDomain() {
        try (AgentStore s = AgentStore.open(name())) {
            s.init();
            s.memory().saveThread(MemoryThread.of("t1", "r1", "chat"));
            s.memory().saveMessages(List.of(Message.user("m1", "t1", "r1", "a"), Message.user("m2", "t1", "r1", "b")));
            s.memory().updateWorkingMemory("r1", "wm");
            s.workflows().persistSnapshot("wf", "run", null, "{\"status\":\"running\"}");
            StoreStatus st = s.status().get(0);
            assertEquals("memory", st.backend());
            assertEquals(0, st.schemaVersion());
            assertEquals(List.of(), st.pendingMigrations());
            assertEquals(Map.of("threads", 1L, "messages", 2L, "resources", 1L, "workflow_snapshots", 1L), st.rowCounts());
            assertEquals(List.of("memory"), s.backendNames());
        }
    }

    @Test
    void aClosedStoreRefusesWork() {
        AgentStore s = AgentStore.open("memory:");
        s.close();
        assertThrows(StorageException.class, () -> s.memory().getThread("t1"));
        assertThrows(StorageException.class, () -> s.workflows().getRun("wf", "r"));
    }

    @Test
    void domainsCanLiveInDifferentStores() {
        String memoryUrl = name();
        String workflowsUrl = name();
        try (AgentStore s = AgentStore.builder().memory(memoryUrl).workflows(workflowsUrl).build();
             AgentStore m = AgentStore.open(memoryUrl); AgentStore w = AgentStore.open(workflowsUrl)) {
            s.memory().saveThread(MemoryThread.of("t1", "r1", "chat"));
            s.workflows().persistSnapshot("wf", "run", null, "{}");
            assertEquals(2, s.status().size());
            assertTrue(m.memory().getThread("t1").isPresent());
            assertTrue(m.workflows().getRun("wf", "run").isEmpty());
            assertTrue(w.workflows().getRun("wf", "run").isPresent());
        }
    }

    @Test
    void theEnvironmentCanSelectIt() {
        assertEquals("memory:", AgentStore.resolveEnv(Map.of("STORAGE_ENGINE", "memory")).url());
        try (AgentStore s = AgentStore.fromEnv(Map.of("AGENTSTORE_URL", "memory:"))) {
            assertEquals(List.of("memory"), s.backendNames());
        }
    }

    @Test
    void storedMetadataIsIsolatedFromCallers() {
        try (AgentStore s = AgentStore.open("memory:")) {
            Map<String, Object> nested = new HashMap<>();
            nested.put("k", "before");
            Map<String, Object> meta = new HashMap<>();
            meta.put("nested", nested);
            s.memory().saveThread(MemoryThread.of("t1", "r1", "chat").withMetadata(meta));
            nested.put("k", "after");
            @SuppressWarnings("unchecked")
            Map<String, Object> stored = (Map<String, Object>) s.memory().getThread("t1").orElseThrow().metadata().get("nested");
            assertEquals("before", stored.get("k"), "changing the caller's map later changes nothing stored");
            assertThrows(UnsupportedOperationException.class, () -> stored.put("k", "hacked"), "what is handed out is read-only");
        }
    }

    @Test
    void timesAreKeptToTheMillisecondLikeEveryOtherBackend() {
        try (AgentStore s = AgentStore.open("memory:")) {
            Instant t = Instant.parse("2024-01-01T00:00:00.123456789Z");
            MemoryThread saved = s.memory().saveThread(new MemoryThread("t1", "r1", "chat", Map.of(), t, t));
            assertEquals(Instant.parse("2024-01-01T00:00:00.123Z"), saved.createdAt());
            assertEquals(saved.createdAt(), s.memory().getThread("t1").orElseThrow().createdAt());
            assertFalse(saved.updatedAt().getNano() % 1_000_000 != 0);
        }
    }
}
