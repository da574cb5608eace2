package io.agentstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.tck.AgentStoreTck;
import io.agentstore.tck.SharedDatabaseContract;

/**
 * The whole conformance kit on a composite store: memory in PostgreSQL, workflow snapshots in
 * a SQLite file, as {@code AgentStore.builder().memory(url1).workflows(url2)} and
 * {@code AGENTSTORE_WORKFLOWS_URL} route them. Plus what routing itself promises: each domain's
 * rows land only in its own database, and status and init cover both.
 */
class CompositeStoreTckTest extends AgentStoreTck implements SharedDatabaseContract {
    private final String schema = PgTestDatabase.newSchema("composite");
    private final Path dir;

    CompositeStoreTckTest() throws IOException {
        dir = Files.createTempDirectory("agentstore-composite");
    }

    private String sqliteUrl() {
        return "file:" + dir.resolve("workflows.db");
    }

    @Override
    protected AgentStore openStore() {
        PgTestDatabase.require();
        return AgentStore.builder().memory(PgTestDatabase.url(schema)).workflows(sqliteUrl()).build();
    }

    @Override
    protected AgentStore openSecondStore() {
        // The same routing, from the environment variables an operator would set.
        return AgentStore.fromEnv(Map.of("AGENTSTORE_URL", PgTestDatabase.url(schema), "AGENTSTORE_WORKFLOWS_URL", sqliteUrl()));
    }

    @Test
    void eachDomainLivesOnlyInItsOwnDatabase() throws Exception {
        AgentStore s = store();
        String wf = "composite-wf-" + schema;
        s.workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"running\"}");
        s.memory().saveThread(io.agentstore.memory.MemoryThread.of("composite-t-" + schema, "res", "x"));

        try (var c = PgTestDatabase.jdbc(); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM \"" + schema + "\".mastra_threads WHERE id = 'composite-t-" + schema + "'");
            rs.next();
            assertEquals(1, rs.getInt(1), "the thread is in PostgreSQL");
            rs = st.executeQuery("SELECT count(*) FROM \"" + schema + "\".mastra_workflow_snapshot");
            rs.next();
            assertEquals(0, rs.getInt(1), "no snapshot in PostgreSQL");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("workflows.db")); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM mastra_workflow_snapshot WHERE workflow_name = '" + wf + "'");
            rs.next();
            assertEquals(1, rs.getInt(1), "the snapshot is in the SQLite file");
            rs = st.executeQuery("SELECT count(*) FROM mastra_threads");
            rs.next();
            assertEquals(0, rs.getInt(1), "no thread in the SQLite file");
        }

        List<StoreStatus> status = s.status();
        assertEquals(List.of("postgres", "sqlite"), status.stream().map(StoreStatus::backend).toList());
        assertEquals("memory", status.get(0).details().get("domains"));
        assertEquals("workflows", status.get(1).details().get("domains"));
        assertTrue(status.stream().allMatch(x -> x.pendingMigrations().isEmpty()), "init() migrated both databases");
    }

    @AfterAll
    void cleanUp() {
        PgTestDatabase.dropSchema(schema);
        for (String f : new String[] {"workflows.db", "workflows.db-wal", "workflows.db-shm"}) {
            new File(dir.toFile(), f).deleteOnExit();
        }
        dir.toFile().deleteOnExit();
    }
}
