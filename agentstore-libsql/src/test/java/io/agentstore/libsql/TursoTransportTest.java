package io.agentstore.libsql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.AgentStore;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConflictException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.ErrorCode;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.error.SchemaOutOfDateException;
import io.agentstore.error.StorageException;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;

/**
 * The Turso transport against {@link HranaTestServer}: tokens and the errors around them,
 * server down, database not found, baton-held transactions, atomic batches, round trips,
 * values JSON cannot carry plainly (64-bit integers, blobs, NUL), large payloads, URLs and the
 * environment.
 */
class TursoTransportTest {
    private static final String TOKEN = "right-token-" + UUID.randomUUID();
    private static final String WRONG = "wrong-token-" + UUID.randomUUID();

    @TempDir
    Path dir;
    private HranaTestServer server;
    private HranaClient client;

    @BeforeEach
    void start() {
        server = HranaTestServer.start(dir.resolve("t.db"), TOKEN);
        client = client(server.url(), TOKEN);
        client.update("CREATE TABLE t (id TEXT PRIMARY KEY, v)", List.of());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static HranaClient client(String url, String token) {
        StoreUrl u = StoreUrl.parse(url);
        return new HranaClient(new HranaHttp(TursoBackends.baseUri(u), u.masked(), token, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    private long count() {
        return client.query("SELECT count(*) AS n FROM t", List.of(), r -> r.longValue("n")).get(0);
    }

    private static void assertNoSecret(AgentStoreException e, String secret) {
        for (String s : new String[] {e.getMessage(), e.hint(), e.toString()}) {
            assertFalse(s.contains(secret), "the token leaked into: " + s);
        }
    }

    // ---- authentication, connection, database -----------------------------------------------

    @Test
    void aWrongTokenIsAuthenticationFailedWithAHintAndTheTokenNeverShows() {
        server.echoAuthorization(true); // even a server that repeats the header back must not leak it
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> AgentStore.open(server.url() + "?authToken=" + WRONG));
        assertEquals(ErrorCode.AUTHENTICATION_FAILED, e.code());
        assertTrue(e.getMessage().contains("refused the auth token") && e.getMessage().contains("HTTP 401"), e.getMessage());
        assertTrue(e.hint().contains("turso db tokens create") && e.hint().contains("TURSO_AUTH_TOKEN"), e.hint());
        assertNoSecret(e, WRONG);
        assertTrue(e.getMessage().contains("authToken=***"), "the URL is shown masked: " + e.getMessage());

        AuthenticationFailedException viaOptions = assertThrows(AuthenticationFailedException.class,
                () -> AgentStore.open(server.url(), StoreOptions.builder().authToken(WRONG).build()));
        assertNoSecret(viaOptions, WRONG);
    }

    @Test
    void aMissingTokenSaysNoneWasGivenAndWhereToPutIt() {
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, () -> AgentStore.open(server.url()));
        assertTrue(e.getMessage().contains("no auth token was given"), e.getMessage());
        assertTrue(e.hint().contains("?authToken=") && e.hint().contains("TURSO_AUTH_TOKEN"), e.hint());
    }

    @Test
    void aServerThatIsDownIsConnectionRefusedWithAHint() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free now, and nothing listens once it is closed
        }
        for (String url : List.of("http://127.0.0.1:" + port + "?authToken=" + TOKEN, "libsql://127.0.0.1:" + port + "?tls=0&authToken=" + TOKEN)) {
            ConnectionRefusedException e = assertThrows(ConnectionRefusedException.class, () -> AgentStore.open(url));
            assertEquals(ErrorCode.CONNECTION_REFUSED, e.code());
            assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
            assertTrue(e.hint().contains("is the server running"), e.hint());
            assertNoSecret(e, TOKEN);
        }
        // a server that goes away under an open store
        try (AgentStore store = AgentStore.open(server.url() + "?authToken=" + TOKEN)) {
            server.close();
            ConnectionRefusedException e = assertThrows(ConnectionRefusedException.class, store::init);
            assertNoSecret(e, TOKEN);
        }
    }

    @Test
    void httpsAndLibsqlUrlsGoToThisBackend() {
        // Nothing answers TLS on a closed local port: reaching "connection refused" proves the Turso backend took the URL.
        assertThrows(ConnectionRefusedException.class, () -> AgentStore.open("https://127.0.0.1:1"));
        assertThrows(ConnectionRefusedException.class, () -> AgentStore.open("libsql://127.0.0.1:1"));
    }

    @Test
    void anUnknownDatabaseIsDatabaseNotFound() {
        DatabaseNotFoundException e = assertThrows(DatabaseNotFoundException.class,
                () -> AgentStore.open(server.url() + "/no-such-database?authToken=" + TOKEN));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertTrue(e.hint().contains("turso db show"), e.hint());
    }

    @Test
    void aMissingTableIsSchemaOutOfDate() {
        SchemaOutOfDateException e = assertThrows(SchemaOutOfDateException.class,
                () -> client.query("SELECT * FROM mastra_threads", List.of(), r -> 1));
        assertTrue(e.hint().contains("init()"), e.hint());
    }

    // ---- round trips, transactions, batches ---------------------------------------------------

    @Test
    void aStatementOnItsOwnIsOneRoundTripAndLeavesNoStreamOpen() {
        int before = server.pipelines();
        client.update("INSERT INTO t VALUES (?, ?)", List.of("a", 1));
        assertEquals(before + 1, server.pipelines());
        JsonNode body = server.lastBody();
        assertTrue(body.get("baton").isNull());
        assertEquals(List.of("execute", "close"), types(body.get("requests")));
        assertEquals(List.of("a"), client.write("UPDATE t SET v = 2 WHERE id = ? RETURNING id", List.of("a"), r -> r.string("id")));
        assertEquals(2L, client.query("SELECT v FROM t WHERE id = ?", List.of("a"), r -> r.longValue("v")).get(0));
        assertEquals(before + 3, server.pipelines());
        assertEquals(0, server.openStreams());
    }

    private static List<String> types(JsonNode requests) {
        List<String> out = new ArrayList<>();
        requests.forEach(r -> out.add(r.get("type").asText()));
        return out;
    }

    @Test
    void aTransactionRunsOnOneStreamAndCommitsAtTheEnd() {
        int before = server.pipelines();
        String result = client.inTransaction(tx -> {
            tx.update("INSERT INTO t VALUES (?, ?)", List.of("a", 1));
            assertEquals(0, count(), "another stream does not see the open transaction");
            tx.update("INSERT INTO t VALUES (?, ?)", List.of("b", 2));
            assertEquals(2L, tx.query("SELECT count(*) AS n FROM t", List.of(), r -> r.longValue("n")).get(0), "the transaction sees its own writes");
            return "done";
        });
        assertEquals("done", result);
        // begin+insert, count (outside), insert, count, commit+close
        assertEquals(before + 5, server.pipelines());
        assertEquals(2, count());
        assertEquals(0, server.openStreams(), "commit closes the stream");
        assertTrue(server.paths().contains("/s/v2/pipeline"), "requests on the stream follow the base_url: " + server.paths());
    }

    @Test
    void aTransactionWithoutStatementsCostsNothing() {
        int before = server.pipelines();
        Integer seven = client.inTransaction(tx -> 7);
        assertEquals(7, seven);
        assertEquals(before, server.pipelines());
    }

    @Test
    void aTransactionThatThrowsRollsBackAndRethrowsTheSameException() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> client.inTransaction(tx -> {
            tx.update("INSERT INTO t VALUES (?, ?)", List.of("a", 1));
            tx.batch("INSERT INTO t VALUES (?, ?)", List.of(List.of("b", 2), List.of("c", 3)));
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(0, count());
        assertEquals(0, server.openStreams(), "rollback closes the stream");
    }

    @Test
    void aFailingStatementInATransactionIsTranslatedAndNothingIsKept() {
        client.update("INSERT INTO t VALUES (?, ?)", List.of("existing", 0));
        ConflictException e = assertThrows(ConflictException.class, () -> client.inTransaction(tx -> {
            tx.update("INSERT INTO t VALUES (?, ?)", List.of("new", 1));
            return tx.update("INSERT INTO t VALUES (?, ?)", List.of("existing", 2));
        }));
        assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
        assertEquals(List.of("existing"), client.query("SELECT id FROM t", List.of(), r -> r.string("id")));
        assertEquals(0, server.openStreams());
    }

    @Test
    void aStreamThatExpiresFailsTheTransactionClearlyAndCommitsNothing() {
        StorageException e = assertThrows(StorageException.class, () -> client.inTransaction(tx -> {
            tx.update("INSERT INTO t VALUES (?, ?)", List.of("a", 1));
            server.expireAllStreams();
            return tx.update("INSERT INTO t VALUES (?, ?)", List.of("b", 2));
        }));
        assertTrue(e.getMessage().contains("closed the stream"), e.getMessage());
        assertTrue(e.hint().contains("nothing of it was committed"), e.hint());
        assertEquals(0, count());
    }

    @Test
    void aBatchIsOneRoundTripAndAllOrNothing() {
        int before = server.pipelines();
        assertArrayEquals(new int[] {1, 1, 1}, client.batch("INSERT INTO t VALUES (?, ?)", List.of(List.of("a", 1), List.of("b", 2), List.of("c", 3))));
        assertEquals(before + 1, server.pipelines());
        assertEquals(3, count());

        ConflictException e = assertThrows(ConflictException.class,
                () -> client.batch("INSERT INTO t VALUES (?, ?)", List.of(List.of("d", 4), List.of("a", 5), List.of("e", 6))));
        assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
        assertEquals(before + 3, server.pipelines(), "the failed batch was one round trip too");
        assertEquals(List.of("a", "b", "c"), client.query("SELECT id FROM t ORDER BY id", List.of(), r -> r.string("id")), "d was rolled back");
        assertEquals(0, server.openStreams());
        assertArrayEquals(new int[] {2}, client.batch("UPDATE t SET v = 0 WHERE id IN (?, ?)", List.of(List.of("a", "b"))));
    }

    // ---- values ------------------------------------------------------------------------------

    @Test
    void integersBeyondDoublePrecisionRoundTripExactly() {
        for (long v : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, -(1L << 53) - 1, 0}) {
            assertEquals(v, client.query("SELECT ? AS v", List.of(v), r -> r.longValue("v")).get(0));
            JsonNode arg = server.lastBody().get("requests").get(0).get("stmt").get("args").get(0);
            assertEquals("integer", arg.get("type").asText());
            assertTrue(arg.get("value").isTextual(), "integers travel as strings: " + arg);
        }
        client.update("INSERT INTO t VALUES (?, ?)", List.of("big", Long.MAX_VALUE - 1));
        assertEquals(Long.MAX_VALUE - 1, client.query("SELECT v FROM t WHERE id = 'big'", List.of(), r -> r.object("v", Long.class)).get(0));
        assertEquals(String.valueOf(Long.MAX_VALUE - 1), client.query("SELECT v FROM t WHERE id = 'big'", List.of(), r -> r.string("v")).get(0));
        assertEquals(0.1, client.query("SELECT ? AS v", List.of(0.1), r -> r.object("v", Double.class)).get(0));
        assertEquals(-1e300, client.query("SELECT ? AS v", List.of(-1e300), r -> r.object("v", Double.class)).get(0));
        assertEquals(1L, client.query("SELECT ? AS v", List.of(true), r -> r.longValue("v")).get(0));
    }

    @Test
    void blobsRoundTripByteForByte() {
        byte[] every = new byte[256];
        for (int i = 0; i < every.length; i++) {
            every[i] = (byte) i;
        }
        byte[] big = new byte[300_001]; // not a multiple of 3: base64 padding matters
        new Random(42).nextBytes(big);
        for (byte[] b : List.of(every, big, new byte[0], new byte[] {0})) {
            client.update("INSERT OR REPLACE INTO t VALUES ('blob', ?)", List.of(b));
            assertArrayEquals(b, client.query("SELECT v FROM t WHERE id = 'blob'", List.of(), r -> r.object("v", byte[].class)).get(0));
            assertEquals("blob", client.query("SELECT typeof(v) AS ty FROM t WHERE id = 'blob'", List.of(), r -> r.string("ty")).get(0));
        }
    }

    @Test
    void hostileStringsAndNulAreStoredAsPlainText() {
        List<String> hostile = List.of("'; DROP TABLE t; --", "\" OR \"1\"=\"1", "back\\slash \\u0000 \\n", "NUL\u0000inside", "\u0000",
                "emoji 😀 and 𝄞", "line\u2028sep\u2029", "{\"type\":\"integer\",\"value\":\"1\"}", "\r\n\t", "", "x".repeat(70_000),
                "ünïcödé ñ 中文 العربية");
        for (int i = 0; i < hostile.size(); i++) {
            String s = hostile.get(i);
            client.update("INSERT INTO t VALUES (?, ?)", List.of("h" + i, s));
            assertEquals(s, client.query("SELECT v FROM t WHERE id = ?", List.of("h" + i), r -> r.string("v")).get(0), "value " + i);
            assertEquals(s, client.query("SELECT ? AS v", List.of(s), r -> r.string("v")).get(0));
            assertEquals("text", client.query("SELECT typeof(v) AS ty FROM t WHERE id = ?", List.of("h" + i), r -> r.string("ty")).get(0));
        }
        assertEquals(hostile.size(), count(), "the table survived");
    }

    @Test
    void largePayloadsRoundTripThroughTheStore() {
        try (AgentStore store = AgentStore.open(server.url() + "?authToken=" + TOKEN)) {
            store.init();
            store.memory().saveThread(MemoryThread.of("big", "r", "large"));
            String megabyte = "m".repeat(1024 * 1024 - 7) + "😀end";
            store.memory().saveMessages(List.of(Message.user("m1", "big", "r", megabyte)));
            assertEquals(megabyte, store.memory().listMessages(MessageQuery.thread("big")).items().get(0).content().text());
            StringBuilder snap = new StringBuilder("{\"status\":\"suspended\",\"blob\":\"");
            snap.append("s".repeat(5 * 1024 * 1024)).append("\"}");
            store.workflows().persistSnapshot("wf", "run", "r", snap.toString());
            assertEquals(snap.toString(), store.workflows().loadSnapshot("wf", "run").orElseThrow());
            assertTrue(store.workflows().compareAndSetStatus("wf", "run", "suspended", "running"));
        }
    }

    // ---- URLs, environment, masking ----------------------------------------------------------

    @Test
    void urlsMapToTheirHttpBaseWithoutParameters() {
        assertEquals(URI.create("https://db-acme.turso.io/"), TursoBackends.baseUri(StoreUrl.parse("libsql://db-acme.turso.io?authToken=" + TOKEN)));
        assertEquals(URI.create("http://localhost:8080/"), TursoBackends.baseUri(StoreUrl.parse("libsql://localhost:8080?tls=0")));
        assertEquals(URI.create("https://h.example/"), TursoBackends.baseUri(StoreUrl.parse("https://h.example")));
        assertEquals(URI.create("http://127.0.0.1:8080/db/"), TursoBackends.baseUri(StoreUrl.parse("http://127.0.0.1:8080/db")));
        assertEquals(URI.create("http://[::1]:8080/"), TursoBackends.baseUri(StoreUrl.parse("http://[::1]:8080/")));
        InvalidConfigurationException noHost = assertThrows(InvalidConfigurationException.class, () -> AgentStore.open("libsql:agents"));
        assertTrue(noHost.hint().contains("libsql://"), noHost.hint());
        InvalidConfigurationException userInfo = assertThrows(InvalidConfigurationException.class,
                () -> AgentStore.open("libsql://me:" + TOKEN + "@db-acme.turso.io"));
        assertNoSecret(userInfo, TOKEN);
        assertTrue(userInfo.hint().contains("authToken"), userInfo.hint());
        assertThrows(InvalidConfigurationException.class, () -> AgentStore.open(server.url() + "?schema=agents&authToken=" + TOKEN));
    }

    @Test
    void statusShowsTheUrlMaskedAndTheTursoBackend() {
        try (AgentStore store = AgentStore.open(server.url() + "?authToken=" + TOKEN)) {
            store.init();
            var status = store.status().get(0);
            assertEquals("turso", status.backend());
            assertTrue(status.url().contains("authToken=***"), status.url());
            assertFalse(status.toString().contains(TOKEN), status.toString());
            assertEquals("sqlite", status.details().get("dialect"));
            assertEquals(List.of(), status.pendingMigrations());
        }
    }

    @Test
    void theTursoEnvironmentVariablesOpenTheStoreEndToEnd() {
        Map<String, String> env = Map.of("TURSO_DATABASE_URL", server.url(), "TURSO_AUTH_TOKEN", TOKEN);
        assertFalse(AgentStore.resolveEnv(env).toString().contains(TOKEN));
        try (AgentStore store = AgentStore.fromEnv(env)) {
            store.init();
            assertEquals(List.of("turso"), store.backendNames());
            store.memory().saveThread(MemoryThread.of("env", "r", "from the environment"));
            assertEquals("from the environment", store.memory().getThread("env").orElseThrow().title());
            assertFalse(store.status().get(0).toString().contains(TOKEN));
        }
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> AgentStore.fromEnv(Map.of("TURSO_DATABASE_URL", server.url(), "TURSO_AUTH_TOKEN", WRONG)));
        assertNoSecret(e, WRONG);
        // STORAGE_ENGINE=libsql covers both the local file and a remote server
        assertEquals(server.url(), AgentStore.resolveEnv(Map.of("STORAGE_ENGINE", "libsql", "DATABASE_URL", server.url())).url());
        assertEquals("file:./agentstore.db", AgentStore.resolveEnv(Map.of("STORAGE_ENGINE", "libsql")).url());
        assertEquals(server.url(), AgentStore.resolveEnv(Map.of("STORAGE_ENGINE", "turso", "DATABASE_URL", server.url())).url());
    }
}
