package io.agentstore.postgres;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;

import io.agentstore.AgentStore;
import io.agentstore.tck.AgentStoreTck;

/**
 * The whole conformance kit on a PostgreSQL primary with a streaming replica: the store reads
 * through the replica router. It offers no second store: the kit's two-store contract checks
 * that one store sees another's writes at once, which asynchronous replication does not promise
 * (a store reads its own writes; see docs/backends/postgres.md). PostgresTckTest runs it on the
 * primary; PostgresReplicaTest checks what replicas do promise.
 */
class PostgresReplicaTckTest extends AgentStoreTck {
    private final String schema = PgReplicaPair.newSchema("rtck");

    static String withReplica(String primaryUrl) {
        return primaryUrl + "&replicas=" + URLEncoder.encode(PgReplicaPair.replicaUrl(), StandardCharsets.UTF_8);
    }

    @Override
    protected AgentStore openStore() {
        return AgentStore.open(withReplica(PgReplicaPair.url(schema)));
    }

    @AfterAll
    void dropSchema() throws Exception {
        PgReplicaPair.execute(PgReplicaPair.primaryUrl(), "DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
}
