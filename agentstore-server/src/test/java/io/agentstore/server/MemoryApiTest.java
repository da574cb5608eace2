package io.agentstore.server;

import io.agentstore.AgentStore;

/** The API over the in-memory store. */
class MemoryApiTest extends ApiContract {
    @Override
    AgentStore openStore() {
        return AgentStore.open("memory:");
    }
}
