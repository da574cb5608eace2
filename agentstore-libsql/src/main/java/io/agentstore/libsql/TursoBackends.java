package io.agentstore.libsql;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

import io.agentstore.config.StoreOptions;
import io.agentstore.config.StoreUrl;
import io.agentstore.error.InvalidConfigurationException;
import io.agentstore.sql.SqlBackend;
import io.agentstore.sql.SqliteDialect;

/** Builds the Turso / remote libSQL backend: a {@link HranaClient} and the SQLite dialect. */
final class TursoBackends {
    /** The longest a single request may take; large pages and 5 MB snapshots fit well within it. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private TursoBackends() {
    }

    static SqlBackend open(StoreUrl url, StoreOptions options) {
        URI base = baseUri(url);
        String display = url.masked();
        HranaHttp http = new HranaHttp(base, display, options.authToken(), options.connectionTimeout(),
                REQUEST_TIMEOUT.compareTo(options.connectionTimeout()) > 0 ? REQUEST_TIMEOUT : options.connectionTimeout());
        HranaClient client = new HranaClient(http);
        // Fail at open, as the JDBC backends do: a wrong token or host is reported here, not at the first write.
        client.query("SELECT 1 AS ok", List.of(), r -> r.longValue("ok"));
        return new SqlBackend("turso", client, new SqliteDialect(), options, display);
    }

    /**
     * The HTTP base of a libSQL URL, ending with {@code /}: {@code libsql://h} is {@code https://h/}
     * ({@code http://h/} with {@code ?tls=0}, as libSQL's own clients read it); {@code https://} and
     * {@code http://} are taken as they are. Query parameters (the token among them) never reach it.
     */
    static URI baseUri(StoreUrl url) {
        if (url.host() == null) {
            throw new InvalidConfigurationException("the libSQL URL '" + url.masked() + "' has no host",
                    "write it as libsql://<database>-<organization>.turso.io, or http://127.0.0.1:8080 for a local server");
        }
        if (url.user() != null || url.password() != null) {
            throw new InvalidConfigurationException("the libSQL URL '" + url.masked() + "' has a user or password, which libSQL does not use",
                    "remove the user info and pass the token as ?authToken=…, with StoreOptions.authToken(…) or in TURSO_AUTH_TOKEN");
        }
        String scheme = url.scheme();
        if (scheme.equals("libsql")) {
            String tls = url.paramIgnoreCase("tls");
            scheme = tls != null && (tls.equals("0") || tls.equalsIgnoreCase("false")) ? "http" : "https";
        }
        String path = url.path() == null || url.path().isEmpty() ? "/" : "/" + url.path() + (url.path().endsWith("/") ? "" : "/");
        try {
            return new URI(scheme, null, url.host().replace("[", "").replace("]", ""), url.port() == null ? -1 : url.port(), path, null, null);
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException("the libSQL URL '" + url.masked() + "' is not a valid HTTP address: " + e.getReason(),
                    "write it as libsql://<host>, https://<host> or http://<host>:<port>");
        }
    }
}
