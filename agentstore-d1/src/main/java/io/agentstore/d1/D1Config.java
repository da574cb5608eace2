package io.agentstore.d1;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import io.agentstore.config.Secrets;
import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.InvalidConfigurationException;

/**
 * Where and how to reach one D1 database: account, database, API token, API base URL. Its
 * {@link #toString()} never shows the token.
 */
record D1Config(String accountId, String databaseId, String apiToken, URI endpoint, Duration connectTimeout, String maskedUrl) {
    static final String DEFAULT_ENDPOINT = "https://api.cloudflare.com/client/v4";
    /** Account ids are 32 hex digits and database ids UUIDs; anything URL-path-safe is accepted, for local test servers. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final String SHAPE = "write the URL as d1://ACCOUNT_ID/DATABASE_ID (the account id from the Cloudflare dashboard,"
            + " the database id from 'wrangler d1 list'), or set CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_D1_DATABASE_ID";

    /**
     * @param options resolved options; {@code authToken} (builder or {@code ?authToken=}) wins over {@code ?apiToken=},
     *                which wins over {@code CLOUDFLARE_API_TOKEN} in {@code env}
     */
    static D1Config of(StoreUrl url, StoreOptions options, Map<String, String> env) {
        String account = url.host();
        if (account == null || url.user() != null || url.port() != null) {
            throw new InvalidConfigurationException("the D1 URL '" + url.masked() + "' has no account id", SHAPE);
        }
        if (!ID.matcher(account).matches()) {
            throw new InvalidConfigurationException("the account id '" + account + "' in the D1 URL is not valid", SHAPE);
        }
        String path = url.path() == null ? "" : url.path();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty() || path.contains("/")) {
            throw new InvalidConfigurationException("the D1 URL '" + url.masked() + "' must name exactly one database after the account id", SHAPE);
        }
        if (!ID.matcher(path).matches()) {
            throw new InvalidConfigurationException("the database id '" + path + "' in the D1 URL is not valid", SHAPE);
        }
        String token = options.authToken();
        if (blank(token)) {
            token = url.paramIgnoreCase("apiToken");
        }
        if (blank(token)) {
            token = env.get("CLOUDFLARE_API_TOKEN");
        }
        if (blank(token)) {
            throw new InvalidConfigurationException("the D1 backend needs a Cloudflare API token and none was given",
                    "set CLOUDFLARE_API_TOKEN, add ?apiToken=… to the URL, or use StoreOptions.builder().authToken(…);"
                            + " create the token in the Cloudflare dashboard with the D1 Edit permission");
        }
        String base = url.paramIgnoreCase("endpoint");
        URI endpoint;
        try {
            endpoint = URI.create(blank(base) ? DEFAULT_ENDPOINT : base.trim());
        } catch (IllegalArgumentException e) {
            endpoint = null;
        }
        if (endpoint == null || endpoint.getHost() == null
                || !("https".equalsIgnoreCase(endpoint.getScheme()) || "http".equalsIgnoreCase(endpoint.getScheme()))) {
            throw new InvalidConfigurationException("endpoint '" + Secrets.maskUrl(base) + "' is not an http(s) URL",
                    "use the API base URL, e.g. endpoint=" + DEFAULT_ENDPOINT + " (the default) or http://127.0.0.1:8787/client/v4");
        }
        String e = endpoint.toString();
        if (e.endsWith("/")) {
            endpoint = URI.create(e.substring(0, e.length() - 1));
        }
        return new D1Config(account, path, token.trim(), endpoint, options.connectionTimeout(), url.masked());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The query route of this database. */
    URI queryUri() {
        return URI.create(endpoint + "/accounts/" + accountId + "/d1/database/" + databaseId + "/query");
    }

    @Override
    public String toString() {
        return "D1Config[accountId=" + accountId + ", databaseId=" + databaseId + ", apiToken=" + Secrets.MASK + ", endpoint=" + endpoint
                + ", connectTimeout=" + connectTimeout + "]";
    }
}
