package io.agentstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.config.StoreOptions;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.MemoryThread;

/**
 * Read replicas on a real streaming replica: reads go to the replica, a store reads its own
 * writes even while the replica lags (replay paused), it returns to the replica once it has
 * caught up, and a replica that is down or not a standby never breaks a read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReplicaTest {
    private final String schema = PgReplicaPair.newSchema("replica");

    @BeforeAll
    void createTables() {
        try (AgentStore s = AgentStore.open(PgReplicaPair.url(schema))) {
            s.init();
        }
    }

    @AfterEach
    void resumeReplay() throws Exception {
        PgReplicaPair.replay(true);
    }

    @AfterAll
    void dropSchema() throws Exception {
        PgReplicaPair.execute(PgReplicaPair.primaryUrl(), "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }

    private AgentStore routed() {
        return AgentStore.open(PostgresReplicaTckTest.withReplica(PgReplicaPair.url(schema)));
    }

    private static String replicaState(AgentStore s) {
        StoreStatus st = s.status().get(0);
        return st.details().getOrDefault("replica1", "");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aStoreReadsItsOwnWritesWhileTheReplicaLagsAndReturnsToTheReplicaOnceCaughtUp() throws Exception {
        try (AgentStore a = routed(); AgentStore b = routed(); AgentStore primaryOnly = AgentStore.open(PgReplicaPair.url(schema))) {
            await("the replica is checked", () -> replicaState(a).endsWith("(caught up)"));
            PgReplicaPair.replay(false);

            MemoryThread t1 = MemoryThread.of("t1-" + schema, "res", "written while the replica lags");
            a.memory().saveThread(t1);
            Message m1 = Message.user("m1-" + schema, t1.id(), "res", "hello");
            a.memory().saveMessages(List.of(m1));
            // Read-your-writes: the writer's reads go to the primary while the replica is behind.
            assertTrue(a.memory().getThread(t1.id()).isPresent(), "the writer sees its thread at once");
            assertEquals(List.of(m1.id()), a.memory().listMessages(MessageQuery.thread(t1.id())).items().stream().map(Message::id).toList());
            assertTrue(replicaState(a).endsWith("(catching up)"), replicaState(a));
            // A store that has written nothing reads from the replica, which has not replayed the write yet.
            assertTrue(b.memory().getThread(t1.id()).isEmpty(), "reads of a store that has not written go to the (paused) replica");

            PgReplicaPair.replay(true);
            await("the writer's replica has caught up", () -> replicaState(a).endsWith("(caught up)"));
            await("the other store sees the write through the replica", () -> b.memory().getThread(t1.id()).isPresent());

            // Caught up, the writer reads from the replica again: a write by another store that the
            // paused replica has not replayed is not visible to it, while its own earlier write is.
            PgReplicaPair.replay(false);
            MemoryThread t2 = MemoryThread.of("t2-" + schema, "res", "written by another store");
            primaryOnly.memory().saveThread(t2);
            assertTrue(primaryOnly.memory().getThread(t2.id()).isPresent());
            assertTrue(a.memory().getThread(t2.id()).isEmpty(), "the caught-up writer reads from the replica again");
            assertTrue(a.memory().getThread(t1.id()).isPresent());
            long onReplica = Long.parseLong(a.status().get(0).details().get("readsOnReplicas"));
            assertTrue(onReplica > 0, "reads were served by the replica: " + onReplica);
        }
    }

    @Test
    void aReplicaThatIsDownNeverBreaksReadsOrOpening() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String url = PgReplicaPair.url(schema) + "&replicas="
                + URLEncoder.encode("postgresql://postgres:down-pw@127.0.0.1:" + closedPort + "/postgres", StandardCharsets.UTF_8);
        try (AgentStore s = AgentStore.open(url)) {
            s.init();
            MemoryThread t = MemoryThread.of("down-" + schema, "res", "still works");
            s.memory().saveThread(t);
            assertTrue(s.memory().getThread(t.id()).isPresent());
            await("the replica is reported unavailable", () -> replicaState(s).contains("unavailable"));
            String shown = s.status().toString();
            assertFalse(shown.contains("down-pw"), "the replica's password is masked: " + shown);
            assertTrue(s.memory().getThread(t.id()).isPresent());
        }
    }

    @Test
    void aReplicaThatIsNotAStandbyIsNeverRead() throws Exception {
        String url = PgReplicaPair.url(schema) + "&replicas=" + URLEncoder.encode(PgReplicaPair.primaryUrl(), StandardCharsets.UTF_8);
        try (AgentStore s = AgentStore.open(url)) {
            await("the replica is found not to be a standby", () -> replicaState(s).contains("not a standby"));
            MemoryThread t = MemoryThread.of("ns-" + schema, "res", "x");
            s.memory().saveThread(t);
            assertTrue(s.memory().getThread(t.id()).isPresent());
            assertEquals("0", s.status().get(0).details().get("readsOnReplicas"));
        }
    }

    @Test
    void replicaUrlsAreCheckedWhenTheStoreOpens() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.builder().url(PgReplicaPair.url(schema))
                        .options(StoreOptions.builder().replicas(List.of("mysql://u:topsecret@db/x")).build()).build());
        assertTrue(e.getMessage().contains("replicas[0]"), e.getMessage());
        assertFalse(e.getMessage().contains("topsecret"), e.getMessage());
    }
}
