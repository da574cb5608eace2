package io.agentstore.tck;

import io.agentstore.AgentStore;

/**
 * The whole kit against the in-memory backend: two instances of one named store, so the
 * cross-instance tests run too.
 */
class InMemoryTckTest extends AgentStoreTck implements SharedDatabaseContract {
    /** Shared with {@link InMemoryRerunTckTest}: the second run finds this one's data. */
    static final String URL = "memory:tck-shared";

    @Override
    protected AgentStore openStore() {
        return AgentStore.open(URL);
    }

    @Override
    protected AgentStore openSecondStore() {
        return AgentStore.open(URL);
    }
}
