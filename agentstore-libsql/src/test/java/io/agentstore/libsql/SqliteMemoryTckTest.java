package io.agentstore.libsql;

import io.agentstore.AgentStore;
import io.agentstore.tck.AgentStoreTck;

/** The whole conformance kit against a private in-memory SQLite database ({@code :memory:}). */
class SqliteMemoryTckTest extends AgentStoreTck {
    @Override
    protected AgentStore openStore() {
        return AgentStore.open(":memory:");
    }
}
