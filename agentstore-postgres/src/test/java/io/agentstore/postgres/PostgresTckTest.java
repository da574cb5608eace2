package io.agentstore.postgres;

import org.junit.jupiter.api.AfterAll;

import io.agentstore.AgentStore;
import io.agentstore.tck.AgentStoreTck;
import io.agentstore.tck.SharedDatabaseContract;

/** The whole conformance kit against the PostgreSQL server, in a schema of its own. */
class PostgresTckTest extends AgentStoreTck implements SharedDatabaseContract {
    private final String schema = PgTestDatabase.newSchema("tck");

    @Override
    protected AgentStore openStore() {
        PgTestDatabase.require();
        return AgentStore.open(PgTestDatabase.url(schema));
    }

    @Override
    protected AgentStore openSecondStore() {
        return AgentStore.open(PgTestDatabase.url(schema));
    }

    @AfterAll
    void dropSchema() {
        PgTestDatabase.dropSchema(schema);
    }
}
