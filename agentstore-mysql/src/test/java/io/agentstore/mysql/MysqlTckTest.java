package io.agentstore.mysql;

import org.junit.jupiter.api.AfterAll;

import io.agentstore.AgentStore;
import io.agentstore.tck.AgentStoreTck;
import io.agentstore.tck.SharedDatabaseContract;

/** The whole conformance kit against the MySQL/MariaDB server, in a database of its own that is dropped afterwards. */
class MysqlTckTest extends AgentStoreTck implements SharedDatabaseContract {
    private String db;

    @Override
    protected AgentStore openStore() {
        MysqlTestDatabase.require();
        db = MysqlTestDatabase.create("tck");
        return AgentStore.open(MysqlTestDatabase.url(db));
    }

    @Override
    protected AgentStore openSecondStore() {
        return AgentStore.open(MysqlTestDatabase.url(db));
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            MysqlTestDatabase.drop(db);
        }
    }
}
