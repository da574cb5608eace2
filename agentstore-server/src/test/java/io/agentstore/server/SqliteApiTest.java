package io.agentstore.server;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import io.agentstore.AgentStore;

/** The API over a SQLite file. */
class SqliteApiTest extends ApiContract {
    @TempDir
    Path dir;

    @Override
    AgentStore openStore() {
        return AgentStore.open("file:" + dir.resolve("api.db"));
    }
}
