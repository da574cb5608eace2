package io.agentstore.d1;

import java.util.Set;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.spi.Backend;
import io.agentstore.spi.BackendProvider;
import io.agentstore.sql.SqlBackend;
import io.agentstore.sql.SqliteDialect;

/**
 * Cloudflare D1 through its REST query API: {@code d1://ACCOUNT_ID/DATABASE_ID} with an API
 * token ({@code ?apiToken=}, {@link StoreOptions#authToken()}, or {@code CLOUDFLARE_API_TOKEN}).
 * Tables use Mastra's SQLite layout ({@code @mastra/libsql}, as {@code @mastra/cloudflare-d1}),
 * and {@code tablePrefix} keeps several stores apart in one database.
 *
 * <p>Options: {@code ?endpoint=} the API base URL (default {@value D1Config#DEFAULT_ENDPOINT}),
 * {@code ?connectTimeout=} seconds. D1 limits: 100 parameters per statement (batches are
 * split to fit), 100,000 bytes per statement, 2,000,000 bytes per value (larger values are
 * rejected with {@code InvalidInputException} before anything is sent).
 *
 * <pre>{@code
 * try (AgentStore store = AgentStore.open("d1://0123456789abcdef0123456789abcdef/6f1c…-uuid?tablePrefix=dev_",
 *         StoreOptions.builder().authToken(System.getenv("CLOUDFLARE_API_TOKEN")).build())) {
 *     store.init();
 * }
 * }</pre>
 */
public final class D1Provider implements BackendProvider {
    /** D1 binds at most this many {@code ?} parameters in one statement. */
    static final int MAX_PARAMETERS = 100;
    /** D1's largest string, BLOB or row, in bytes. */
    static final long MAX_VALUE_BYTES = 2_000_000;
    /** D1's longest SQL statement, in bytes. */
    static final int MAX_STATEMENT_BYTES = 100_000;

    @Override
    public String name() {
        return "d1";
    }

    @Override
    public Set<String> schemes() {
        return Set.of("d1");
    }

    @Override
    public Set<String> engines() {
        return Set.of("d1", "cloudflare-d1");
    }

    @Override
    public Backend open(StoreUrl url, StoreOptions options) {
        StoreOptions resolved = options.resolve(url);
        D1Config cfg = D1Config.of(url, resolved, System.getenv());
        // sqlite_version() is not authorised on D1: the status shows the product instead.
        SqliteDialect dialect = new SqliteDialect("Cloudflare D1", MAX_PARAMETERS, MAX_VALUE_BYTES, "SELECT 'Cloudflare D1' AS v");
        return new SqlBackend("d1", new D1SqlClient(cfg), dialect, resolved, cfg.maskedUrl());
    }
}
