package io.agentstore.d1;

import java.util.Locale;
import java.util.Set;

import io.agentstore.config.Secrets;
import io.agentstore.error.AgentStoreException;
import io.agentstore.error.AuthenticationFailedException;
import io.agentstore.error.ConflictException;
import io.agentstore.error.DatabaseNotFoundException;
import io.agentstore.error.InvalidInputException;
import io.agentstore.error.SchemaOutOfDateException;
import io.agentstore.error.StorageException;

/** Maps the Cloudflare API's answers to AgentStore errors with a hint; never puts the token in a message. */
final class D1Errors {
    /** Cloudflare API error codes that mean the token was refused (10000 "Authentication error", 6003/6111 bad header, 9106/9109 missing or invalid). */
    private static final Set<Integer> AUTH_CODES = Set.of(10000, 10001, 6003, 6111, 9106, 9109);
    /** Codes of an unknown route, account or database (7000 no route, 7003 could not route, 7404 not found). */
    private static final Set<Integer> NOT_FOUND_CODES = Set.of(7000, 7003, 7404);

    private D1Errors() {
    }

    static AgentStoreException translate(D1Config cfg, String what, int status, int code, String apiMessage) {
        String msg = Secrets.scrub(apiMessage == null ? "" : apiMessage, cfg.apiToken());
        String detail = "HTTP " + status + (code != 0 ? ", code " + code : "") + ": " + msg;
        String lower = msg.toLowerCase(Locale.ROOT);
        if (status == 401 || status == 403 || AUTH_CODES.contains(code)) {
            return new AuthenticationFailedException("Cloudflare refused the API token for D1 database " + cfg.databaseId() + " of account "
                    + cfg.accountId() + " (" + detail + ")",
                    "check the API token (CLOUDFLARE_API_TOKEN, ?apiToken= or StoreOptions.authToken): it must be valid, not expired or"
                            + " revoked, and have the D1 Edit permission on account " + cfg.accountId());
        }
        if (status == 404 || NOT_FOUND_CODES.contains(code)) {
            return new DatabaseNotFoundException("D1 database " + cfg.databaseId() + " was not found in account " + cfg.accountId()
                    + " at " + cfg.endpoint() + " (" + detail + ")",
                    "check the database id ('wrangler d1 list') and the account id, or create the database with 'wrangler d1 create NAME'");
        }
        if (status == 429) {
            return new StorageException("Cloudflare rate-limited the D1 " + what + " (" + detail + ")",
                    "too many API requests: slow down or retry after a pause");
        }
        if (lower.contains("no such table")) {
            return new SchemaOutOfDateException("D1 " + what + " failed: " + msg, "call store.init() or run 'agentstore migrate' first");
        }
        if (lower.contains("unique constraint failed")) {
            return new ConflictException("a row with the same key already exists: " + msg, "use the upsert methods (save*) or another id");
        }
        if (lower.contains("too many sql variables")) {
            return new InvalidInputException("parameters", "the statement binds more parameters than Cloudflare D1 allows ("
                    + D1Provider.MAX_PARAMETERS + " per statement): " + msg, "pass fewer ids or values per call");
        }
        if (lower.contains("too big") || lower.contains("toobig") || lower.contains("too large")) {
            return new InvalidInputException("value", "a value or row is larger than Cloudflare D1 stores ("
                    + D1Provider.MAX_VALUE_BYTES + " bytes per string, BLOB or row): " + msg,
                    "keep large payloads outside the database (e.g. R2) and store a reference");
        }
        if (lower.contains("statement too long")) {
            return new InvalidInputException("sql", "the statement is longer than Cloudflare D1 allows (" + D1Provider.MAX_STATEMENT_BYTES
                    + " bytes): " + msg, "pass fewer values per call");
        }
        if (status >= 500) {
            return new StorageException("the Cloudflare API failed the D1 " + what + " (" + detail + ")",
                    "a problem on Cloudflare's side: retry later");
        }
        return new StorageException("D1 " + what + " failed (" + detail + ")", "");
    }
}
