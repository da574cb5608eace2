package io.agentstore.libsql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;

import io.agentstore.AgentStore;
import io.agentstore.tck.AgentStoreTck;
import io.agentstore.tck.SharedDatabaseContract;

/** The whole conformance kit against a SQLite file (WAL), with a second store on the same file. */
class SqliteFileTckTest extends AgentStoreTck implements SharedDatabaseContract {
    private Path dir;

    @Override
    protected AgentStore openStore() {
        try {
            dir = Files.createTempDirectory("agentstore-tck");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AgentStore.open("file:" + dir.resolve("tck.db"));
    }

    @Override
    protected AgentStore openSecondStore() {
        return AgentStore.open("file:" + dir.resolve("tck.db"));
    }

    @AfterAll
    void deleteFilesOnExit() {
        // The kit closes the stores after this method runs; SQLite may still touch -wal/-shm until then.
        for (String f : new String[] {"tck.db", "tck.db-wal", "tck.db-shm"}) {
            dir.resolve(f).toFile().deleteOnExit();
        }
        dir.toFile().deleteOnExit();
    }
}
