package io.agentstore.tck;

import io.agentstore.AgentStore;

/**
 * The kit again on the store {@link InMemoryTckTest} already filled (whichever runs first):
 * proves the tests do not depend on an empty database or on each other's data.
 */
class InMemoryRerunTckTest extends AgentStoreTck implements SharedDatabaseContract {
    @Override
    protected AgentStore openStore() {
        return AgentStore.open(InMemoryTckTest.URL);
    }

    @Override
    protected AgentStore openSecondStore() {
        return AgentStore.open(InMemoryTckTest.URL);
    }
}
