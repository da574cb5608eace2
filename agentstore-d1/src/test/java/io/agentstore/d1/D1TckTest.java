package io.agentstore.d1;

import io.agentstore.AgentStore;
import io.agentstore.tck.AgentStoreTck;
import io.agentstore.tck.SharedDatabaseContract;

/**
 * The whole conformance kit over the D1 REST transport, against Cloudflare's local D1
 * (miniflare), with a second store (its own HTTP client) on the same database. D1 stores at
 * most 2,000,000 bytes in one value: declared as a capability, so the 5 MB snapshot test
 * checks the clear rejection and round-trips a snapshot just under the limit.
 */
class D1TckTest extends AgentStoreTck implements SharedDatabaseContract {
    @Override
    protected AgentStore openStore() {
        return AgentStore.open(D1TestServer.get().url(D1TestServer.TCK_DB));
    }

    @Override
    protected AgentStore openSecondStore() {
        return AgentStore.open(D1TestServer.get().url(D1TestServer.TCK_DB));
    }

    @Override
    public long maxValueBytes() {
        return D1Provider.MAX_VALUE_BYTES;
    }
}
