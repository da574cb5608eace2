package io.agentstore.libsql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agentstore.AgentStore;
import io.agentstore.Page;
import io.agentstore.config.StoreOptions;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;
import io.agentstore.tck.ChildProcess;

/** SQLite specifics: Mastra's exact layout, adoption, many writers in one and in several processes. */
class SqliteBackendTest {
    @TempDir
    Path dir;

    @Test
    void tablesAndColumnsAreExactlyMastras() throws Exception {
        Path ours = dir.resolve("ours.db");
        try (AgentStore store = AgentStore.open("file:" + ours)) {
            store.init();
        }
        Path mastra = dir.resolve("mastra.db");
        exec(mastra, referenceDdl());
        for (String table : List.of("mastra_threads", "mastra_messages", "mastra_resources", "mastra_workflow_snapshot")) {
            assertEquals(tableInfo(mastra, table), tableInfo(ours, table), table);
        }
        List<String> ourIndexes = query(ours, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
        assertTrue(ourIndexes.containsAll(query(mastra, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")), ourIndexes.toString());
    }

    @Test
    void adoptsADatabaseMastraCreated() throws Exception {
        Path db = dir.resolve("adopt.db");
        exec(db, referenceDdl());
        exec(db, "INSERT INTO mastra_threads VALUES ('t1', 'r1', 'From Mastra', jsonb('{\"a\":1}'), '2025-01-15T10:00:00.000Z', '2025-01-15T10:00:00.000Z')");
        try (AgentStore store = AgentStore.open("file:" + db)) {
            store.init();
            assertEquals(1, store.status().get(0).schemaVersion());
            MemoryThread t = store.memory().getThread("t1").orElseThrow();
            assertEquals(Map.of("a", 1), t.metadata());
            assertEquals("2025-01-15T10:00:00Z", t.createdAt().toString());
        }
    }

    @Test
    void sixteenWritersInOneProcessNeverSeeBusyAndLoseNothing() throws Exception {
        String url = "file:" + dir.resolve("writers.db");
        List<AgentStore> stores = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stores.add(AgentStore.open(url));
        }
        try {
            stores.get(0).init();
            stores.get(0).memory().saveThread(MemoryThread.of("t", "r", "busy"));
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < 16; w++) {
                AgentStore s = stores.get(w % stores.size());
                int writer = w;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        s.memory().saveMessages(List.of(Message.user("w" + writer + "-" + i, "t", "r", "w" + writer + " " + i)));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            assertEquals(800, stores.get(1).memory().listMessages(MessageQuery.thread("t").perPage(1)).total());
        } finally {
            stores.forEach(AgentStore::close);
        }
    }

    @Test
    void writersInSeveralProcessesLoseNothingAndKeepTheirOrder() throws Exception {
        String url = "file:" + dir.resolve("procs.db");
        try (AgentStore store = AgentStore.open(url)) {
            store.init();
            store.memory().saveThread(MemoryThread.of("t", "r", "procs"));
        }
        List<Process> ps = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            ps.add(ChildProcess.start("write", url, "t", "r", "p" + p, "40"));
        }
        ChildProcess.awaitSuccess(ps, 120);
        try (AgentStore store = AgentStore.open(url)) {
            Page<Message> all = store.memory().listMessages(MessageQuery.thread("t").perPage(1000));
            assertEquals(160, all.total());
            Map<String, Integer> last = new HashMap<>();
            for (Message m : all.items()) {
                String[] parts = m.id().split("-");
                int n = Integer.parseInt(parts[1]);
                assertTrue(last.getOrDefault(parts[0], -1) < n, "writer " + parts[0] + " out of order at " + n);
                last.put(parts[0], n);
            }
        }
    }

    @Test
    void concurrentInitFromSeveralProcesses() throws Exception {
        String url = "file:" + dir.resolve("init.db");
        ChildProcess.awaitSuccess(ChildProcess.startAll(4, "init", url), 120);
        assertEquals(List.of("1"), query(dir.resolve("init.db"), "SELECT version FROM agentstore_migrations"));
    }

    @Test
    void tablePrefixIsolatesStoresInOneFile() {
        String url = "file:" + dir.resolve("prefix.db");
        try (AgentStore dev = AgentStore.open(url, StoreOptions.builder().tablePrefix("dev_").build());
             AgentStore prod = AgentStore.open(url)) {
            dev.init();
            prod.init();
            dev.memory().saveThread(MemoryThread.of("t", "r", "dev"));
            assertTrue(prod.memory().getThread("t").isEmpty());
            assertEquals("dev", dev.memory().getThread("t").orElseThrow().title());
        }
    }

    @Test
    void schemaOptionIsRefusedWithAHint() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open("file:" + dir.resolve("s.db") + "?schema=x"));
        assertTrue(e.hint().contains("tablePrefix"), e.hint());
    }

    @Test
    void missingDirectoryIsAClearError() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open("file:" + dir.resolve("no/such/dir/x.db")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void urlForms() {
        assertEquals("./agentstore.db", SqliteBackends.path(io.agentstore.config.StoreUrl.parse("file:./agentstore.db")));
        assertEquals("/var/x.db", SqliteBackends.path(io.agentstore.config.StoreUrl.parse("file:/var/x.db")));
        assertEquals("/var/x.db", SqliteBackends.path(io.agentstore.config.StoreUrl.parse("file:///var/x.db")));
        assertEquals(":memory:", SqliteBackends.path(io.agentstore.config.StoreUrl.parse("file::memory:")));
        assertEquals(":memory:", SqliteBackends.path(io.agentstore.config.StoreUrl.parse(":memory:")));
        assertEquals("a b.db", SqliteBackends.path(io.agentstore.config.StoreUrl.parse("file:a%20b.db?tablePrefix=x")));
    }

    private static String referenceDdl() throws IOException {
        try (InputStream in = SqliteBackendTest.class.getResourceAsStream("/mastra/mastra-core-tables.sqlite.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void exec(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : sql.split(";")) {
                String stmt = s.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
                if (!stmt.isEmpty()) {
                    st.execute(stmt);
                }
            }
        }
    }

    private static List<String> tableInfo(Path db, String table) throws Exception {
        return query(db, "SELECT name || ':' || type || ':' || \"notnull\" || ':' || pk FROM pragma_table_info('" + table + "')");
    }

    private static List<String> query(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
