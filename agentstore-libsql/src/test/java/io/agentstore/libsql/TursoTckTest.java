package io.agentstore.libsql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;

import io.agentstore.AgentStore;
import io.agentstore.config.StoreOptions;
import io.agentstore.tck.AgentStoreTck;
import io.agentstore.tck.SharedDatabaseContract;

/**
 * The whole conformance kit over the Turso transport (Hrana over HTTP) against
 * {@link HranaTestServer}, a protocol-level server on a SQLite file: the first store gives its
 * token in the URL ({@code http://…?authToken=}), the second is a {@code libsql://…?tls=0} URL
 * with the token in the options, each with its own streams.
 */
class TursoTckTest extends AgentStoreTck implements SharedDatabaseContract {
    private static final String TOKEN = "tck-" + UUID.randomUUID();
    private Path dir;
    private HranaTestServer server;

    @Override
    protected AgentStore openStore() {
        try {
            dir = Files.createTempDirectory("agentstore-turso-tck");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server = HranaTestServer.start(dir.resolve("turso.db"), TOKEN);
        return AgentStore.open(server.url() + "?authToken=" + TOKEN);
    }

    @Override
    protected AgentStore openSecondStore() {
        return AgentStore.open("libsql://127.0.0.1:" + server.port() + "?tls=0", StoreOptions.builder().authToken(TOKEN).build());
    }

    @AfterAll
    void stopServer() {
        // The kit closes its stores after this; closing a Turso store sends nothing.
        server.close();
        for (String f : new String[] {"turso.db", "turso.db-wal", "turso.db-shm"}) {
            dir.resolve(f).toFile().deleteOnExit();
        }
        dir.toFile().deleteOnExit();
    }
}
