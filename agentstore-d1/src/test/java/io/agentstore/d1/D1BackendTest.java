package io.agentstore.d1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.agentstore.AgentStore;
import io.agentstore.StoreStatus;
import io.agentstore.config.EnvConfig;
import io.agentstore.config.StoreOptions;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConnectionRefusedException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.ErrorCode;
import io.agentstore.error.InvalidInputException;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.tck.TckSupport;
import io.agentstore.workflow.RunQuery;

/** D1 specifics against Cloudflare's local D1: errors and their hints, the token kept secret, table prefixes, limits, migrations. */
class D1BackendTest {
    private final D1TestServer server = D1TestServer.get();

    private static String uid(String p) {
        return TckSupport.uid(p);
    }

    @Test
    void aWrongTokenIsAuthenticationFailedWithAHintAndWithoutTheToken() {
        String wrong = "wrong-token-" + UUID.randomUUID();
        String url = "d1://" + D1TestServer.ACCOUNT + "/" + D1TestServer.BACKEND_DB + "?endpoint=" + server.endpoint() + "&apiToken=" + wrong;
        try (AgentStore store = AgentStore.open(url)) {
            AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, store::init);
            assertEquals(ErrorCode.AUTHENTICATION_FAILED, e.code());
            assertTrue(e.hint().contains("CLOUDFLARE_API_TOKEN") && e.hint().contains("D1 Edit"), e.hint());
            assertFalse(e.getMessage().contains(wrong) || e.hint().contains(wrong) || e.toString().contains(wrong), e.toString());
            assertFalse(store.toString().contains(wrong), "the store's own text hides the token");
        }
        // The same through the options instead of the URL.
        String bare = "d1://" + D1TestServer.ACCOUNT + "/" + D1TestServer.BACKEND_DB + "?endpoint=" + server.endpoint();
        try (AgentStore store = AgentStore.open(bare, StoreOptions.builder().authToken(wrong).build())) {
            AgentStoreException e = assertThrows(AgentStoreException.class, () -> store.memory().getThread("t"));
            assertEquals(ErrorCode.AUTHENTICATION_FAILED, e.code());
            assertFalse(e.getMessage().contains(wrong));
        }
    }

    @Test
    void theStatusShowsTheBackendWithTheTokenMasked() {
        try (AgentStore store = AgentStore.open(server.url(D1TestServer.BACKEND_DB))) {
            store.init();
            StoreStatus s = store.status().get(0);
            assertEquals("d1", s.backend());
            assertEquals("Cloudflare D1", s.serverVersion());
            assertEquals(List.of(), s.pendingMigrations());
            assertTrue(s.schemaVersion() >= 1);
            assertFalse(s.url().contains(D1TestServer.TOKEN), s.url());
            assertTrue(s.url().contains("apiToken=***"), s.url());
            assertFalse(s.toString().contains(D1TestServer.TOKEN));
        }
    }

    @Test
    void anUnknownDatabaseIsDatabaseNotFound() {
        String url = "d1://" + D1TestServer.ACCOUNT + "/" + UUID.randomUUID() + "?endpoint=" + server.endpoint() + "&apiToken=" + D1TestServer.TOKEN;
        try (AgentStore store = AgentStore.open(url)) {
            DatabaseNotFoundException e = assertThrows(DatabaseNotFoundException.class, store::init);
            assertTrue(e.hint().contains("wrangler d1"), e.hint());
            assertFalse(e.getMessage().contains(D1TestServer.TOKEN));
        }
    }

    @Test
    void anEndpointWhereNothingListensIsConnectionRefusedWithAHint() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "d1://" + D1TestServer.ACCOUNT + "/" + D1TestServer.BACKEND_DB + "?endpoint=http://127.0.0.1:" + port + "/client/v4&apiToken=secret-abc";
        try (AgentStore store = AgentStore.open(url)) {
            ConnectionRefusedException e = assertThrows(ConnectionRefusedException.class, store::init);
            assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
            assertTrue(e.hint().contains("endpoint"), e.hint());
            assertFalse(e.toString().contains("secret-abc"));
        }
    }

    @Test
    void pruneRemovesOldThreadsWithTheirMessagesInAtomicBatches() {
        String prefix = "pr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        try (AgentStore store = AgentStore.open(server.url(D1TestServer.PREFIX_DB, "tablePrefix=" + prefix))) {
            store.init();
            java.time.Instant longAgo = java.time.Instant.parse("2020-01-01T00:00:00Z");
            MemoryThread old = MemoryThread.of("old", "r", "old").withTimes(longAgo, longAgo);
            MemoryThread fresh = MemoryThread.of("fresh", "r", "fresh");
            store.memoryTransfer().putThreads(List.of(old, fresh));
            store.memory().saveMessages(List.of(Message.user("m-fresh", "fresh", "r", "keep me")));
            store.memoryTransfer().putMessages(List.of(Message.user("m-old", "old", "r", "drop me").withCreatedAt(longAgo)));

            var dry = store.memoryTransfer().pruneThreads(java.time.Instant.parse("2024-01-01T00:00:00Z"), true);
            assertEquals(1, dry.threads());
            assertEquals(1, dry.messages());
            assertTrue(store.memory().getThread("old").isPresent(), "a dry run deletes nothing");

            var done = store.memoryTransfer().pruneThreads(java.time.Instant.parse("2024-01-01T00:00:00Z"), false);
            assertEquals(1, done.threads());
            assertEquals(1, done.messages());
            assertTrue(store.memory().getThread("old").isEmpty());
            assertTrue(store.memory().getMessages(List.of("m-old")).isEmpty());
            assertEquals(1, store.memory().listMessages(MessageQuery.thread("fresh")).total());
        }
    }

    @Test
    void twoTablePrefixesInOneDatabaseDoNotSeeEachOther() {
        try (AgentStore dev = AgentStore.open(server.url(D1TestServer.PREFIX_DB, "tablePrefix=dev_"));
             AgentStore prod = AgentStore.open(server.url(D1TestServer.PREFIX_DB, "tablePrefix=prod_"))) {
            dev.init();
            prod.init();
            String resource = uid("resource");
            MemoryThread t = dev.memory().saveThread(MemoryThread.of(uid("thread"), resource, "dev only"));
            dev.memory().saveMessages(List.of(Message.user(uid("msg"), t.id(), resource, "hello dev")));
            dev.memory().updateWorkingMemory(resource, "dev memory");
            dev.workflows().persistSnapshot("wf", "run-1", resource, "{\"status\":\"suspended\"}");

            assertTrue(prod.memory().getThread(t.id()).isEmpty());
            assertEquals(0, prod.memory().listThreads(ThreadQuery.resource(resource)).total());
            assertTrue(prod.memory().getResource(resource).isEmpty());
            assertTrue(prod.workflows().loadSnapshot("wf", "run-1").isEmpty());
            assertEquals(1, dev.memory().listMessages(MessageQuery.thread(t.id())).total());
            // The same ids in the other prefix are a separate store.
            prod.memory().saveThread(MemoryThread.of(t.id(), resource, "prod copy"));
            assertEquals("dev only", dev.memory().getThread(t.id()).orElseThrow().title());
            assertEquals("prod copy", prod.memory().getThread(t.id()).orElseThrow().title());
            assertEquals(0, prod.memory().listMessages(MessageQuery.thread(t.id())).total());
            assertEquals(0, prod.workflows().listRuns(RunQuery.workflow("wf")).total(), "only dev has the run");
            assertEquals(1, dev.workflows().listRuns(RunQuery.workflow("wf")).total());
            assertEquals("dev_", dev.status().get(0).details().get("tablePrefix"));
        }
    }

    @Test
    void concurrentInitOfAFreshPrefixAppliesTheMigrationOnce() throws Exception {
        String prefix = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
        List<AgentStore> stores = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stores.add(AgentStore.open(server.url(D1TestServer.PREFIX_DB, "tablePrefix=" + prefix)));
        }
        try {
            TckSupport.concurrently(4, w -> stores.get(w).init());
            for (AgentStore s : stores) {
                assertEquals(List.of(), s.status().get(0).pendingMigrations());
            }
            MemoryThread t = stores.get(0).memory().saveThread(MemoryThread.of(uid("thread"), uid("r"), "after a racy init"));
            assertTrue(stores.get(3).memory().getThread(t.id()).isPresent());
        } finally {
            stores.forEach(AgentStore::close);
        }
    }

    @Test
    void valuesOverD1sLimitAreRejectedNamingTheFieldAndTheLimitAndNothingIsWritten() {
        try (AgentStore store = AgentStore.open(server.url(D1TestServer.BACKEND_DB))) {
            store.init();
            String big = "é".repeat(1_000_001); // 2,000,002 bytes
            String resource = uid("resource");
            MemoryThread t = store.memory().saveThread(MemoryThread.of(uid("thread"), resource, "limits"));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.memory().saveMessages(List.of(
                    Message.user(uid("ok"), t.id(), resource, "fits"),
                    Message.of(uid("big"), t.id(), resource, Message.USER, MessageContent.ofText(big)))));
            assertEquals("messages[1].content", e.field());
            assertTrue(e.getMessage().contains("2000000") && e.getMessage().contains("Cloudflare D1"), e.getMessage());
            assertEquals(0, store.memory().listMessages(MessageQuery.thread(t.id())).total(), "the batch is refused whole");

            e = assertThrows(InvalidInputException.class, () -> store.memory().updateWorkingMemory(resource, big));
            assertEquals("workingMemory", e.field());
            assertTrue(store.memory().getResource(resource).isEmpty());
            e = assertThrows(InvalidInputException.class, () -> store.memory().updateThread(t.id(), null, Map.of("k", big)));
            assertEquals("metadata", e.field());
            assertTrue(store.memory().getThread(t.id()).orElseThrow().metadata().isEmpty());
            e = assertThrows(InvalidInputException.class, () -> store.workflows().persistSnapshot("wf", uid("run"), null,
                    "{\"status\":\"x\",\"blob\":\"" + big + "\"}"));
            assertEquals("snapshot", e.field());

            // Just under the limit fits.
            String fits = "x".repeat(1_999_000);
            store.memory().updateWorkingMemory(resource, fits);
            assertEquals(fits, store.memory().getResource(resource).orElseThrow().workingMemory());
        }
    }

    @Test
    void moreThreadsThanD1BindsInOneStatementIsAClearError() {
        try (AgentStore store = AgentStore.open(server.url(D1TestServer.BACKEND_DB))) {
            store.init();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                ids.add(uid("thread"));
            }
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.memory().listMessages(MessageQuery.threads(ids)));
            assertEquals("query.threadIds", e.field());
            assertTrue(e.getMessage().contains("100"), e.getMessage());
            // Within the limit, many ids are split into statements that fit: 300 messages over 30 threads in one call.
            String resource = uid("resource");
            List<Message> batch = new ArrayList<>();
            List<String> threads = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                MemoryThread t = store.memory().saveThread(MemoryThread.of(uid("thread"), resource, "t" + i));
                threads.add(t.id());
                for (int j = 0; j < 10; j++) {
                    batch.add(Message.user(uid("m"), t.id(), resource, "m" + j));
                }
            }
            store.memory().saveMessages(batch);
            assertEquals(300, store.memory().listMessages(MessageQuery.threads(threads).perPage(1000)).total());
            assertEquals(300, store.memory().getMessages(batch.stream().map(Message::id).toList()).size());
            store.memory().deleteMessages(batch.stream().map(Message::id).toList());
            assertEquals(0, store.memory().listMessages(MessageQuery.threads(threads)).total());
        }
    }

    @Test
    void textThatLooksLikeNumbersJsonOrSqlStaysText() {
        try (AgentStore store = AgentStore.open(server.url(D1TestServer.BACKEND_DB))) {
            store.init();
            String resource = uid("resource");
            for (String s : List.of("1e400", "0042", "true", "null", "[1,2]", "{\"a\":1}", "'); DROP TABLE mastra_threads; --", "\\u0000", "?", "?1")) {
                MemoryThread t = store.memory().saveThread(MemoryThread.of(uid("thread"), resource, s));
                assertEquals(s, store.memory().getThread(t.id()).orElseThrow().title());
                store.memory().updateWorkingMemory(resource, s);
                assertEquals(s, store.memory().getResource(resource).orElseThrow().workingMemory());
            }
            assertEquals(10, store.memory().listThreads(ThreadQuery.resource(resource)).total());
        }
    }

    @Test
    void theEnvironmentRuleOpensD1WithTheTokenFromTheEnvironment() {
        Map<String, String> env = Map.of("CLOUDFLARE_ACCOUNT_ID", D1TestServer.ACCOUNT, "CLOUDFLARE_D1_DATABASE_ID", D1TestServer.BACKEND_DB,
                "CLOUDFLARE_API_TOKEN", D1TestServer.TOKEN);
        EnvConfig cfg = AgentStore.resolveEnv(env);
        assertEquals("d1://" + D1TestServer.ACCOUNT + "/" + D1TestServer.BACKEND_DB, cfg.url());
        assertFalse(cfg.toString().contains(D1TestServer.TOKEN), cfg.toString());
        try (AgentStore store = AgentStore.fromEnv(env)) {
            assertEquals(List.of("d1"), store.backendNames());
        }
        // The resolved URL and token reach this database once the endpoint points at the local API.
        try (AgentStore store = AgentStore.open(cfg.url() + "?endpoint=" + server.endpoint(), StoreOptions.builder().authToken(cfg.authToken()).build())) {
            store.init();
            assertEquals(List.of(), store.status().get(0).pendingMigrations());
        }
    }
}
