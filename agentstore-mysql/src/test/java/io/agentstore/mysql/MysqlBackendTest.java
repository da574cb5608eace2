package io.agentstore.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.config.EnvConfig;
import io.agentstore.config.StoreOptions;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.error.InvalidInputException;
import io.agentstore.error.MigrationFailedException;
import io.agentstore.error.SslException;
import io.agentstore.error.StorageException;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;
import io.agentstore.sql.MysqlDialect;
import io.agentstore.sql.SchemaExport;
import io.agentstore.tck.ChildProcess;

/**
 * MySQL/MariaDB specifics: URL and options, Mastra's layout and adoption of a database Mastra
 * made, migrations under concurrency and failure, connection errors and their hints, what the
 * stored bytes look like (utf8mb4, UTC milliseconds), exact ids, and the packet size limit.
 */
class MysqlBackendTest {
    private static final Instant AT = Instant.parse("2025-01-15T10:00:00.123456Z");
    private final List<String> databases = new ArrayList<>();
    private final List<String> users = new ArrayList<>();

    @BeforeAll
    static void server() {
        MysqlTestDatabase.require();
    }

    @AfterEach
    void cleanUp() {
        databases.forEach(MysqlTestDatabase::drop);
        for (String u : users) {
            MysqlTestDatabase.execute("DROP USER IF EXISTS '" + u + "'@'%'", "DROP USER IF EXISTS '" + u + "'@'localhost'");
        }
    }

    private String db(String purpose) {
        String d = MysqlTestDatabase.create(purpose);
        databases.add(d);
        return d;
    }

    // ---- URL and options ----------------------------------------------------------------------

    @Test
    void mysqlAndMariadbSchemesOpenTheSameBackendWithPoolOptions() {
        String d = db("url");
        String base = MysqlTestDatabase.url(d, "poolMax=3&poolMin=1&connectionTimeout=5");
        for (String url : List.of(base, base.replaceFirst("^mysql:", "mariadb:"))) {
            try (AgentStore store = AgentStore.open(url)) {
                store.init();
                StoreStatus st = store.status().get(0);
                assertEquals("mysql", st.backend());
                assertEquals("3", st.details().get("poolMax"));
                assertEquals("1", st.details().get("poolMin"));
                assertEquals(1, st.schemaVersion());
                assertEquals(List.of(), st.pendingMigrations());
                assertTrue(st.serverVersion().matches("\\d+\\.\\d+.*"), st.serverVersion());
                assertEquals(0L, st.rowCounts().get("threads"));
            }
        }
    }

    @Test
    void storageEngineMysqlSelectsTheBackendFromTheEnvironment() {
        String d = db("env");
        String url = MysqlTestDatabase.url(d);
        EnvConfig cfg = AgentStore.resolveEnv(Map.of("STORAGE_ENGINE", "mysql", "DATABASE_URL", url));
        assertEquals(url, cfg.url());
        try (AgentStore store = AgentStore.fromEnv(Map.of("STORAGE_ENGINE", "MariaDB", "DATABASE_URL", url.replaceFirst("^mysql:", "mariadb:")))) {
            store.init();
            assertEquals(List.of("mysql"), store.backendNames());
        }
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.resolveEnv(Map.of("STORAGE_ENGINE", "mysql", "DATABASE_URL", "postgresql://u@h/db")));
        assertTrue(e.hint().contains("mysql"), e.hint());
    }

    @Test
    void badOptionsAreRejectedNamingTheOption() {
        InvalidConfigurationException noDb = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open("mysql://root@" + MysqlTestDatabase.HOST + ":" + MysqlTestDatabase.PORT));
        assertTrue(noDb.getMessage().contains("names no database"), noDb.getMessage());
        assertTrue(noDb.hint().contains("/mydb"), noDb.hint());
        String d = db("opts");
        InvalidConfigurationException prefer = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open(MysqlTestDatabase.url(d, "sslmode=prefer")));
        assertTrue(prefer.getMessage().contains("sslmode=prefer"), prefer.getMessage());
        InvalidConfigurationException timeout = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open(MysqlTestDatabase.url(d, "connectionTimeout=soon")));
        assertTrue(timeout.getMessage().contains("connectionTimeout"), timeout.getMessage());
        InvalidConfigurationException pool = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open(MysqlTestDatabase.url(d, "poolMax=0")));
        assertTrue(pool.getMessage().contains("poolMax"), pool.getMessage());
        InvalidConfigurationException schema = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open(MysqlTestDatabase.url(d, "schema=agents")));
        assertTrue(schema.getMessage().contains("schema"), schema.getMessage());
    }

    @Test
    void sslModesMapToTheDriversWords() {
        assertEquals("disable", MysqlBackends.driverSslMode(null));
        assertEquals("disable", MysqlBackends.driverSslMode(io.agentstore.config.SslMode.DISABLE));
        assertEquals("trust", MysqlBackends.driverSslMode(io.agentstore.config.SslMode.REQUIRE));
        assertEquals("verify-ca", MysqlBackends.driverSslMode(io.agentstore.config.SslMode.VERIFY_CA));
        assertEquals("verify-full", MysqlBackends.driverSslMode(io.agentstore.config.SslMode.VERIFY_FULL));
    }

    @Test
    void sslRequiredAgainstAServerWithoutTlsIsAnSslError() {
        String d = db("ssl");
        boolean serverHasTls = MysqlTestDatabase.query(null, "SELECT @@have_ssl").get(0).equals("YES");
        if (serverHasTls) {
            try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d, "sslmode=require"))) {
                store.init();
            }
        } else {
            SslException e = assertThrows(SslException.class, () -> AgentStore.open(MysqlTestDatabase.url(d, "sslmode=require")));
            assertTrue(e.hint().contains("sslmode"), e.hint());
        }
    }

    @Test
    void tablePrefixNamesEveryTable() {
        String d = db("prefix");
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d, "tablePrefix=dev_"))) {
            store.init();
            store.memory().saveThread(MemoryThread.of("t1", "r1", "prefixed"));
        }
        assertEquals(List.of("dev_agentstore_migrations", "dev_mastra_messages", "dev_mastra_resources", "dev_mastra_threads",
                "dev_mastra_workflow_snapshot"), tables(d));
        assertEquals(List.of("prefixed"), MysqlTestDatabase.query(d, "SELECT title FROM dev_mastra_threads"));
    }

    // ---- errors -------------------------------------------------------------------------------

    @Test
    void refusedPortSaysSoWithAHintAndNoPassword() {
        AgentStoreException e = assertThrows(ConnectionRefusedException.class,
                () -> AgentStore.open("mysql://root:SeCrEt-pw-123@127.0.0.1:1/test?connectionTimeout=2"));
        String all = e.getMessage() + " " + e.hint() + " " + e;
        assertFalse(all.contains("SeCrEt-pw-123"), all);
        assertTrue(e.hint().contains("server running"), e.hint());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    @Test
    void missingDatabaseSaysHowToCreateIt() {
        DatabaseNotFoundException e = assertThrows(DatabaseNotFoundException.class,
                () -> AgentStore.open(MysqlTestDatabase.url("agentstore_no_such_db")));
        assertTrue(e.getMessage().contains("agentstore_no_such_db"), e.getMessage());
        assertTrue(e.hint().contains("CREATE DATABASE `agentstore_no_such_db`"), e.hint());
    }

    @Test
    void wrongPasswordIsAnAuthenticationErrorThatNeverShowsAPassword() {
        String d = db("auth");
        String user = "agentstore_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        users.add(user);
        String right = "Right-pw-" + UUID.randomUUID().toString().substring(0, 8);
        MysqlTestDatabase.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + right + "'",
                "CREATE USER '" + user + "'@'localhost' IDENTIFIED BY '" + right + "'",
                "GRANT ALL ON `" + d + "`.* TO '" + user + "'@'%'", "GRANT ALL ON `" + d + "`.* TO '" + user + "'@'localhost'");
        String base = "mysql://" + user + ":%s@" + MysqlTestDatabase.HOST + ":" + MysqlTestDatabase.PORT + "/" + d;
        String wrong = "Wrong-pw-" + UUID.randomUUID().toString().substring(0, 8);
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, () -> AgentStore.open(String.format(base, wrong)));
        String all = e.getMessage() + " " + e.hint() + " " + e + " " + stackText(e);
        assertFalse(all.contains(wrong), all);
        assertTrue(e.hint().contains("password"), e.hint());
        // The password may also come as a parameter; with the right one everything works and status masks it.
        try (AgentStore store = AgentStore.open("mysql://" + user + "@" + MysqlTestDatabase.HOST + ":" + MysqlTestDatabase.PORT + "/" + d
                + "?password=" + right)) {
            store.init();
            String shown = store.status().get(0).url() + " " + store.status();
            assertFalse(shown.contains(right), shown);
        }
        // A user without rights on a database gets a hint to grant them.
        String other = db("noright");
        AuthenticationFailedException denied = assertThrows(AuthenticationFailedException.class,
                () -> AgentStore.open(String.format(base.replace("/" + d, "/" + other), right)));
        assertTrue(denied.hint().contains("GRANT"), denied.hint());
    }

    private static String stackText(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c).append('\n');
        }
        return sb.toString();
    }

    // ---- layout -------------------------------------------------------------------------------

    /**
     * Same tables, columns, order, nullability and defaults as Mastra's; types differ only where
     * documented: ids are VARCHAR(255) with a binary collation (Mastra: VARCHAR(191), or LONGTEXT
     * for thread_id and resourceId).
     */
    @Test
    void tablesAndColumnsAreMastrasWithWiderExactIds() throws Exception {
        String ours = db("layout");
        String mastra = db("mastra");
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(ours))) {
            store.init();
        }
        MysqlTestDatabase.executeIn(mastra, referenceDdl());
        List<String> mastraCols = columns(mastra);
        List<String> ourCols = columns(ours);
        assertEquals(mastraCols.size(), ourCols.size(), ourCols.toString());
        List<String> ids = List.of("mastra_messages.id", "mastra_messages.thread_id", "mastra_messages.resourceId", "mastra_resources.id",
                "mastra_threads.id", "mastra_threads.resourceId", "mastra_workflow_snapshot.workflow_name",
                "mastra_workflow_snapshot.run_id", "mastra_workflow_snapshot.resourceId");
        String collation = MysqlDialect.forServer(MysqlTestDatabase.query(null, "SELECT VERSION()").get(0)).idCollation();
        for (int i = 0; i < ourCols.size(); i++) {
            String[] m = mastraCols.get(i).split("\\|", -1);
            String[] o = ourCols.get(i).split("\\|", -1);
            String col = o[0] + "." + o[1];
            assertEquals(m[0] + "." + m[1], col, "column order");
            assertEquals(m[3], o[3], col + " nullability");
            if (ids.contains(col)) {
                assertEquals("varchar(255)", o[2], col);
                assertEquals(collation, o[5], col + " collation");
            } else {
                assertEquals(m[2], o[2], col + " type");
                assertEquals(m[4], o[4], col + " default");
                assertEquals(m[5], o[5], col + " collation");
            }
        }
        List<String> indexes = MysqlTestDatabase.query(ours, "SELECT DISTINCT concat(table_name, '.', index_name) FROM information_schema.statistics"
                + " WHERE table_schema = DATABASE() ORDER BY 1");
        assertTrue(indexes.contains("mastra_threads.mastra_threads_resourceid_createdat_idx"), indexes.toString());
        assertTrue(indexes.contains("mastra_messages.mastra_messages_thread_id_createdat_idx"), indexes.toString());
        assertEquals(List.of("utf8mb4_unicode_ci"), MysqlTestDatabase.query(ours, "SELECT DISTINCT table_collation FROM information_schema.tables"
                + " WHERE table_schema = DATABASE()"));
    }

    @Test
    void adoptsADatabaseMastraCreatedAndWritesRowsAsMastraDoes() throws Exception {
        String d = db("adopt");
        MysqlTestDatabase.executeIn(d, referenceDdl());
        // Rows as @mastra/mysql 0.10.0 wrote them (measured): UTC wall times, compact JSON text.
        MysqlTestDatabase.executeIn(d,
                "INSERT INTO mastra_threads VALUES ('t1', 'r1', 'From Mastra 🚀', '{\"a\":1,\"s\":\"x\"}', '2025-01-15 10:00:00.123000',"
                        + " '2025-01-15 10:00:02.789000')",
                "INSERT INTO mastra_messages VALUES ('m1', 't1', '{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"hi 👋\"}]}', 'user', 'v2',"
                        + " '2025-01-15 10:00:02.789000', 'r1')",
                "INSERT INTO mastra_workflow_snapshot VALUES ('wf1', 'run1', 'r1', '{\"status\":\"suspended\",\"value\":{},\"context\":{}}',"
                        + " '2025-01-15 10:00:04.000000', '2025-01-15 10:00:04.000000')",
                "INSERT INTO mastra_resources VALUES ('r2', '# wm', NULL, '2025-01-15 10:00:05.000000', '2025-01-15 10:00:05.000000')");
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d))) {
            store.init();
            StoreStatus st = store.status().get(0);
            assertEquals(1, st.schemaVersion());
            assertEquals(1L, st.rowCounts().get("threads"));
            MemoryThread t = store.memory().getThread("t1").orElseThrow();
            assertEquals("From Mastra 🚀", t.title());
            assertEquals(Instant.parse("2025-01-15T10:00:00.123Z"), t.createdAt());
            assertEquals(1, ((Number) t.metadata().get("a")).intValue());
            Message m = store.memory().listMessages(MessageQuery.thread("t1")).items().get(0);
            assertEquals("hi 👋", m.text());
            assertEquals(Instant.parse("2025-01-15T10:00:02.789Z"), m.createdAt());
            assertEquals("suspended", store.workflows().getRun("wf1", "run1").orElseThrow().status());
            // Mastra's unicode_ci id columns meet ours (binary) in the resource listing's UNION, and search reads its titles
            assertEquals(List.of(new io.agentstore.memory.ResourceSummary("r2", 0, Instant.parse("2025-01-15T10:00:05Z")),
                    new io.agentstore.memory.ResourceSummary("r1", 1, Instant.parse("2025-01-15T10:00:02.789Z"))),
                    store.memory().listResources(0, 10).items());
            assertEquals(List.of("t1"), store.memory().listThreads(io.agentstore.memory.ThreadQuery.all().search("MASTRA"))
                    .items().stream().map(MemoryThread::id).toList());
            assertTrue(store.workflows().compareAndSetStatus("wf1", "run1", "suspended", "running"));

            store.memory().saveMessages(List.of(new Message("m2", "t1", "r1", Message.ASSISTANT, Message.TYPE_V2,
                    io.agentstore.memory.MessageContent.ofText("from Java"), AT)));
            // Mastra's tables keep their VARCHAR(191) ids: a longer id is invalid input naming the column, never cut.
            InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                    () -> store.memory().saveThread(MemoryThread.of("x".repeat(200), "r1", "long id")));
            assertEquals("id", tooLong.field());
            assertTrue(tooLong.hint().contains("191"), tooLong.hint());
        }
        String row = MysqlTestDatabase.query(d, "SELECT CAST(createdAt AS CHAR), role, type, content FROM mastra_messages WHERE id = 'm2'").get(0);
        assertTrue(row.startsWith("2025-01-15 10:00:00.123000|assistant|v2|{\"format\":2,\"parts\":[{\"type\":\"text\",\"text\":\"from Java\"}]"), row);
        assertEquals(List.of("running"), MysqlTestDatabase.query(d, "SELECT JSON_UNQUOTE(JSON_EXTRACT(snapshot, '$.status')) FROM mastra_workflow_snapshot"));
        // the indexes Mastra made are adopted, not duplicated
        assertEquals(List.of("mastra_messages_thread_id_createdat_idx", "PRIMARY"), MysqlTestDatabase.query(d,
                "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'mastra_messages' ORDER BY 1"));
    }

    // ---- migrations ---------------------------------------------------------------------------

    @Test
    void concurrentInitFromSeveralProcessesAppliesEachMigrationOnce() throws Exception {
        String d = db("concinit");
        ChildProcess.awaitSuccess(ChildProcess.startAll(4, "init", MysqlTestDatabase.url(d)), 120);
        assertEquals(List.of(new MysqlDialect().migrations().size() + "|" + new MysqlDialect().migrations().size()),
                MysqlTestDatabase.query(d, "SELECT count(*), count(DISTINCT version) FROM agentstore_migrations"));
        assertEquals(5, tables(d).size());
        // the named lock went back with each connection: another init takes it at once
        assertEquals(List.of("1"), MysqlTestDatabase.query(d, "SELECT IS_FREE_LOCK(CONCAT('agentstore_migrate_', MD5(DATABASE())))"));
    }

    @Test
    void failedMigrationSaysWhatFailedAndARerunCompletesIt() {
        String d = db("failmig");
        // A messages table without thread_id: Mastra's index on it cannot be created.
        MysqlTestDatabase.executeIn(d, "CREATE TABLE mastra_messages (id VARCHAR(100) PRIMARY KEY, body TEXT)");
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d))) {
            MigrationFailedException e = assertThrows(MigrationFailedException.class, store::init);
            assertTrue(e.getMessage().contains("migration 1"), e.getMessage());
            assertTrue(e.getMessage().contains("thread_id"), e.getMessage());
            assertTrue(e.hint().contains("commits DDL at once"), e.hint());
            assertEquals(List.of(), MysqlTestDatabase.query(d, "SELECT version FROM agentstore_migrations"), "not recorded as applied");
            // fix the cause, run again: the idempotent steps complete the migration
            MysqlTestDatabase.executeIn(d, "DROP TABLE mastra_messages");
            store.init();
            assertEquals(1, store.status().get(0).schemaVersion());
            assertEquals(List.of("1"), MysqlTestDatabase.query(d, "SELECT IS_FREE_LOCK(CONCAT('agentstore_migrate_', MD5(DATABASE())))"),
                    "the lock is released after a failure too");
        }
        assertEquals(5, tables(d).size());
    }

    @Test
    void exportedSchemaIsWhatInitApplies() {
        String exported = db("export");
        String viaInit = db("viainit");
        String collation = MysqlDialect.forServer(MysqlTestDatabase.query(null, "SELECT VERSION()").get(0)).idCollation();
        String ddl = SchemaExport.ddl(new MysqlDialect(collation), StoreOptions.defaults());
        for (String statement : ddl.split(";\n")) {
            String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
            if (!sql.isEmpty()) {
                MysqlTestDatabase.executeIn(exported, sql);
            }
        }
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(exported))) {
            assertEquals(List.of(), store.status().get(0).pendingMigrations());
            store.init();
        }
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(viaInit))) {
            store.init();
        }
        assertEquals(columns(viaInit), columns(exported));
    }

    // ---- what is stored -----------------------------------------------------------------------

    @Test
    void timesAreStoredAsUtcWallTimeToTheMillisecondWhateverTheJvmZone() {
        String d = db("utc");
        TimeZone before = TimeZone.getDefault();
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d))) {
            store.init();
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            // 02:30 on 2021-03-14 does not exist in St John's (daylight-saving gap): it must still be stored and read as is.
            Instant gap = Instant.parse("2021-03-14T02:30:00.250999Z");
            store.memory().saveThread(new MemoryThread("t1", "r1", "utc", Map.of(), gap, AT));
            MemoryThread read = store.memory().getThread("t1").orElseThrow();
            assertEquals(Instant.parse("2021-03-14T02:30:00.250Z"), read.createdAt());
            assertEquals(Instant.parse("2025-01-15T10:00:00.123Z"), read.updatedAt());
        } finally {
            TimeZone.setDefault(before);
        }
        assertEquals(List.of("2021-03-14 02:30:00.250000|2025-01-15 10:00:00.123000"),
                MysqlTestDatabase.query(d, "SELECT CAST(createdAt AS CHAR), CAST(updatedAt AS CHAR) FROM mastra_threads"));
    }

    @Test
    void fourByteUnicodeIsStoredAsUtf8mb4Bytes() {
        String d = db("utf8");
        String emoji = "👩🏽‍💻 𝕏 🀄 漢字";
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d))) {
            store.init();
            store.memory().saveThread(new MemoryThread("t-" + emoji, "r-" + emoji, emoji, Map.of("k", emoji), AT, AT));
            assertEquals(emoji, store.memory().getThread("t-" + emoji).orElseThrow().title());
        }
        String hex = HexFormat.of().withUpperCase().formatHex(emoji.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(hex + "|" + HexFormat.of().withUpperCase().formatHex(("t-" + emoji).getBytes(StandardCharsets.UTF_8))),
                MysqlTestDatabase.query(d, "SELECT HEX(title), HEX(id) FROM mastra_threads"));
    }

    /** Ids compare byte for byte, as on PostgreSQL and SQLite: case, trailing spaces and Unicode normalisation all count. */
    @Test
    void idsThatACaseInsensitiveOrPaddingCollationWouldConfuseStayApart() {
        String d = db("exactids");
        List<String> ids = List.of("thread", "THREAD", "thread ", "caf\u00e9", "cafe\u0301");
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d))) {
            store.init();
            for (String id : ids) {
                store.memory().saveThread(new MemoryThread(id, "r", "title of [" + id + "]", Map.of(), AT, AT));
            }
            for (String id : ids) {
                assertEquals("title of [" + id + "]", store.memory().getThread(id).orElseThrow().title(), "thread [" + id + "]");
            }
            assertEquals(ids.size(), store.memory().listThreads(io.agentstore.memory.ThreadQuery.resource("r")).total());
            assertTrue(store.memory().listThreads(io.agentstore.memory.ThreadQuery.resource("R")).items().isEmpty());
        }
    }

    @Test
    void aStatementOverMaxAllowedPacketIsAClearErrorNamingTheSetting() {
        long packet = Long.parseLong(MysqlTestDatabase.query(null, "SELECT @@max_allowed_packet").get(0));
        Assumptions.assumeTrue(packet <= 64L * 1024 * 1024, "max_allowed_packet is " + packet + " bytes: too large to exceed in a test");
        String d = db("packet");
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d))) {
            store.init();
            String snapshot = "{\"status\":\"big\",\"blob\":\"" + "x".repeat((int) packet + 1024) + "\"}";
            StorageException e = assertThrows(StorageException.class, () -> store.workflows().persistSnapshot("wf", "run", null, snapshot));
            assertTrue(e.getMessage().contains("max_allowed_packet"), e.getMessage());
            assertTrue(e.hint().contains("max_allowed_packet"), e.hint());
            assertTrue(store.workflows().getRun("wf", "run").isEmpty(), "nothing was written");
            // the store still works afterwards
            store.workflows().persistSnapshot("wf", "run", null, "{\"status\":\"small\"}");
            assertEquals("small", store.workflows().getRun("wf", "run").orElseThrow().status());
        }
    }

    @Test
    void manyLargeMessagesInOneCallAreSplitUnderThePacketLimit() {
        String d = db("bigbatch");
        long packet = Long.parseLong(MysqlTestDatabase.query(null, "SELECT @@max_allowed_packet").get(0));
        try (AgentStore store = AgentStore.open(MysqlTestDatabase.url(d))) {
            store.init();
            store.memory().saveThread(MemoryThread.of("t", "r", "big batch"));
            String text = "y".repeat(900_000);
            List<Message> batch = new ArrayList<>();
            // together well over max_allowed_packet, each well under it
            for (int i = 0; i < packet / 900_000 + 4; i++) {
                batch.add(new Message("m" + i, "t", "r", Message.USER, Message.TYPE_V2, io.agentstore.memory.MessageContent.ofText(text),
                        AT.plusMillis(i)));
            }
            store.memory().saveMessages(batch);
            assertEquals(batch.size(), store.memory().listMessages(MessageQuery.thread("t")).total());
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The statements of Mastra's DDL as measured (test resource), one per array element. */
    private static String[] referenceDdl() throws IOException {
        try (InputStream in = MysqlBackendTest.class.getResourceAsStream("/mastra/mastra-core-tables.mysql.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).split("\n;");
        }
    }

    private static List<String> columns(String db) {
        return MysqlTestDatabase.query(db, "SELECT table_name, column_name, column_type, is_nullable, column_default, collation_name"
                + " FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name LIKE 'mastra%' ORDER BY table_name, ordinal_position");
    }

    private static List<String> tables(String db) {
        return MysqlTestDatabase.query(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1");
    }

}
