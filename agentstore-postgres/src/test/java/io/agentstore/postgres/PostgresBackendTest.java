package io.agentstore.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.config.StoreOptions;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.MigrationFailedException;
import io.agentstore.error.SslException;
import io.agentstore.sql.PostgresDialect;
import io.agentstore.sql.SchemaExport;
import io.agentstore.tck.ChildProcess;

/** PostgreSQL specifics: Mastra's exact layout, migrations under concurrency and failure, connection errors. */
class PostgresBackendTest {
    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void server() {
        PgTestDatabase.require();
    }

    @AfterEach
    void dropSchemas() {
        schemas.forEach(PgTestDatabase::dropSchema);
    }

    private String schema(String purpose) {
        String s = PgTestDatabase.newSchema(purpose);
        schemas.add(s);
        return s;
    }

    @Test
    void tablesAndColumnsAreExactlyMastras() throws Exception {
        String ours = schema("layout");
        String mastra = schema("mastra");
        try (AgentStore store = AgentStore.open(PgTestDatabase.url(ours))) {
            store.init();
        }
        PgTestDatabase.execute("CREATE SCHEMA \"" + mastra + "\"");
        PgTestDatabase.execute(referenceDdl(mastra));
        assertEquals(columns(mastra), columns(ours));
        assertEquals(constraints(mastra), constraints(ours));
        List<String> ourIndexes = indexes(ours);
        for (String idx : List.of("mastra_messages_thread_id_createdat_idx", "mastra_threads_resourceid_createdat_idx",
                "mastra_workflow_snapshot_name_createdat_idx", "mastra_workflow_snapshot_name_status_createdat_idx")) {
            // Outside "public" Mastra prefixes index names with the schema; the same name means no duplicate index on adoption.
            String name = ours + "_" + idx;
            // PostgreSQL cuts identifiers at 63 bytes, for Mastra's names and ours alike.
            assertTrue(ourIndexes.contains(name.substring(0, Math.min(63, name.length()))), idx + " missing from " + ourIndexes);
        }
    }

    @Test
    void adoptsADatabaseMastraCreated() throws Exception {
        String s = schema("adopt");
        PgTestDatabase.execute("CREATE SCHEMA \"" + s + "\"", referenceDdl(s));
        PgTestDatabase.execute("INSERT INTO \"" + s + "\".mastra_threads (id, \"resourceId\", title, metadata, \"createdAt\", \"updatedAt\", \"createdAtZ\", \"updatedAtZ\")"
                + " VALUES ('t1', 'r1', 'From Mastra', '{\"a\": 1}', '2025-01-15 10:00:00', '2025-01-15 10:00:00', '2025-01-15 10:00:00+00', '2025-01-15 10:00:00+00')");
        try (AgentStore store = AgentStore.open(PgTestDatabase.url(s))) {
            store.init();
            StoreStatus st = store.status().get(0);
            assertEquals(1, st.schemaVersion());
            assertEquals(List.of(), st.pendingMigrations());
            assertEquals("From Mastra", store.memory().getThread("t1").orElseThrow().title());
            assertEquals(1L, st.rowCounts().get("threads"));
        }
    }

    @Test
    void concurrentInitFromSeveralProcessesAppliesEachMigrationOnce() throws Exception {
        String s = schema("concinit");
        ChildProcess.awaitSuccess(ChildProcess.startAll(4, "init", PgTestDatabase.url(s)), 120);
        try (Connection c = PgTestDatabase.jdbc(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT version) FROM \"" + s + "\".agentstore_migrations")) {
            rs.next();
            assertEquals(new PostgresDialect().migrations().size(), rs.getInt(1));
            assertEquals(rs.getInt(1), rs.getInt(2));
        }
    }

    @Test
    void failedMigrationLeavesTheDatabaseAsItWas() throws Exception {
        String s = schema("failmig");
        // A messages table without thread_id: Mastra's index on it cannot be created.
        PgTestDatabase.execute("CREATE SCHEMA \"" + s + "\"", "CREATE TABLE \"" + s + "\".mastra_messages (id text PRIMARY KEY, body text)");
        try (AgentStore store = AgentStore.open(PgTestDatabase.url(s))) {
            MigrationFailedException e = assertThrows(MigrationFailedException.class, store::init);
            assertTrue(e.getMessage().contains("migration 1"), e.getMessage());
            assertTrue(e.getMessage().contains("thread_id"), e.getMessage());
        }
        assertEquals(List.of("mastra_messages"), tables(s), "transactional DDL: nothing of the failed migration may remain");
    }

    @Test
    void exportedSchemaIsWhatInitApplies() throws Exception {
        String s = schema("export");
        PgTestDatabase.execute(SchemaExport.ddl(new PostgresDialect(), StoreOptions.builder().schema(s).build()));
        try (AgentStore store = AgentStore.open(PgTestDatabase.url(s))) {
            StoreStatus st = store.status().get(0);
            assertEquals(1, st.schemaVersion());
            assertEquals(List.of(), st.pendingMigrations());
            store.init();
        }
        String viaInit = schema("viainit");
        try (AgentStore store = AgentStore.open(PgTestDatabase.url(viaInit))) {
            store.init();
        }
        assertEquals(columns(viaInit), columns(s));
    }

    @Test
    void refusedPortSaysSoWithAHintAndNoPassword() {
        AgentStoreException e = assertThrows(ConnectionRefusedException.class,
                () -> AgentStore.open("postgresql://postgres:SeCrEt-pw-123@127.0.0.1:1/test"));
        String all = e.getMessage() + " " + e.hint() + " " + e;
        assertFalse(all.contains("SeCrEt-pw-123"), all);
        assertTrue(e.hint().contains("server running"), e.hint());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailureThatNeverShowsThePassword() {
        // The shared test server trusts every login; the scratch pair checks passwords.
        String url = io.agentstore.tck.ScratchPostgres.pair().primaryUrl().replace(io.agentstore.tck.ScratchPostgres.PASSWORD, "Wr0ng-pw-456");
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, () -> AgentStore.open(url));
        String all = e.getMessage() + " " + e.hint() + " " + e;
        assertFalse(all.contains("Wr0ng-pw-456"), all);
        assertTrue(e.hint().contains("password"), e.hint());
        assertTrue(e.getMessage().contains("127.0.0.1:" + io.agentstore.tck.ScratchPostgres.pair().primaryPort()), e.getMessage());
    }

    @Test
    void missingDatabaseSaysHowToCreateIt() {
        String base = PgTestDatabase.BASE_URL.replaceFirst("/[^/?]+(\\?|$)", "/agentstore_no_such_db$1");
        DatabaseNotFoundException e = assertThrows(DatabaseNotFoundException.class, () -> AgentStore.open(base));
        assertTrue(e.hint().contains("createdb"), e.hint());
    }

    @Test
    void sslRequiredAgainstAServerWithoutSslIsAnSslError() throws Exception {
        boolean serverHasSsl;
        try (Connection c = PgTestDatabase.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW ssl")) {
            rs.next();
            serverHasSsl = rs.getString(1).equals("on");
        }
        if (serverHasSsl) {
            // require must then simply work.
            try (AgentStore store = AgentStore.open(PgTestDatabase.BASE_URL + "?sslmode=require")) {
                assertEquals("postgres", store.backendNames().get(0));
            }
        } else {
            SslException e = assertThrows(SslException.class, () -> AgentStore.open(PgTestDatabase.BASE_URL + "?sslmode=require"));
            assertTrue(e.hint().contains("sslmode"), e.hint());
        }
    }

    @Test
    void upToDateInitIsFast() {
        String s = schema("fastinit");
        try (AgentStore store = AgentStore.open(PgTestDatabase.url(s))) {
            store.init();
        }
        // Not a timing assert: the status after a second open+init shows nothing pending and nothing re-applied.
        try (AgentStore store = AgentStore.open(PgTestDatabase.url(s))) {
            store.init();
            assertEquals(List.of(), store.status().get(0).pendingMigrations());
        }
    }

    private static String referenceDdl(String schema) throws IOException {
        try (InputStream in = PostgresBackendTest.class.getResourceAsStream("/mastra/mastra-core-tables.postgres.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Mastra names constraints and indexes after the schema outside "public".
            return sql.replace("public_mastra", schema + "_mastra").replace("INDEX mastra_", "INDEX " + schema + "_mastra_")
                    .replace("public.", "\"" + schema + "\".");
        }
    }

    private static List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = PgTestDatabase.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    private static List<String> columns(String schema) throws Exception {
        return query("SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = '"
                + schema + "' AND table_name LIKE 'mastra_%' ORDER BY table_name, ordinal_position");
    }

    private static List<String> constraints(String schema) throws Exception {
        return query("SELECT tc.table_name, tc.constraint_type, replace(tc.constraint_name, '" + schema + "', 'S') FROM information_schema.table_constraints tc"
                + " WHERE tc.table_schema = '" + schema + "' AND tc.table_name LIKE 'mastra_%' AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE')"
                + " ORDER BY 1, 2, 3");
    }

    private static List<String> indexes(String schema) throws Exception {
        return query("SELECT indexname FROM pg_indexes WHERE schemaname = '" + schema + "' ORDER BY 1");
    }

    private static List<String> tables(String schema) throws Exception {
        return query("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "' ORDER BY 1");
    }
}
