package io.agentstore.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.agentstore.error.InvalidConfigurationException;

/**
 * A parsed connection URL. Two shapes are understood: {@code scheme://user:password@host:port/path?k=v}
 * and {@code scheme:path?k=v} (such as {@code file:./agentstore.db}); {@code :memory:} is short
 * for {@code file::memory:}. {@link #toString()} is masked: it never shows a password or token.
 *
 * <pre>{@code
 * StoreUrl u = StoreUrl.parse("postgresql://app:pw@localhost:5432/app?sslmode=require");
 * u.host();   // localhost
 * u.database(); // app
 * u.param("sslmode"); // require
 * }</pre>
 */
public final class StoreUrl {
    private final String raw;
    private final String scheme;
    private final String user;
    private final String password;
    private final String host;
    private final Integer port;
    private final String path;
    private final Map<String, String> params;

    private StoreUrl(String raw, String scheme, String user, String password, String host, Integer port, String path,
                     Map<String, String> params) {
        this.raw = raw;
        this.scheme = scheme;
        this.user = user;
        this.password = password;
        this.host = host;
        this.port = port;
        this.path = path;
        this.params = Collections.unmodifiableMap(params);
    }

    public static StoreUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidConfigurationException("the store URL is empty",
                    "pass a URL such as file:./agentstore.db or postgresql://user@localhost/app, or set AGENTSTORE_URL");
        }
        String s = url.trim();
        if (s.equals(":memory:")) {
            s = "file::memory:";
        }
        int colon = s.indexOf(':');
        if (colon <= 0 || !s.substring(0, colon).matches("[a-zA-Z][a-zA-Z0-9+.\\-]*")) {
            throw new InvalidConfigurationException("the store URL '" + Secrets.maskUrl(s) + "' has no scheme",
                    "start it with a scheme: file:, postgresql://, mysql://, libsql://, memory: …");
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = s.substring(colon + 1);
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        Map<String, String> params = parseQuery(query, url);
        if (!rest.startsWith("//")) {
            return new StoreUrl(url, scheme, null, null, null, null, decode(rest), params);
        }
        String afterSlashes = rest.substring(2);
        // The user info ends at the last '@': a generated password may hold a raw '/' or '@',
        // so the path starts at the first '/' after it (as Secrets.maskUrl reads it too).
        int slash = afterSlashes.indexOf('/', afterSlashes.lastIndexOf('@') + 1);
        String authority = slash >= 0 ? afterSlashes.substring(0, slash) : afterSlashes;
        String path = slash >= 0 ? afterSlashes.substring(slash + 1) : "";
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int c = userInfo.indexOf(':');
            user = decode(c >= 0 ? userInfo.substring(0, c) : userInfo);
            password = c >= 0 ? decode(userInfo.substring(c + 1)) : null;
        }
        String host = authority;
        Integer port = null;
        int portColon = authority.lastIndexOf(':');
        if (portColon >= 0 && authority.indexOf(']', portColon) < 0) {
            host = authority.substring(0, portColon);
            String p = authority.substring(portColon + 1);
            if (!p.isEmpty()) {
                try {
                    port = Integer.parseInt(p);
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 1 || port > 65535) {
                    throw new InvalidConfigurationException("the port in '" + Secrets.maskUrl(url) + "' is not a number from 1 to 65535",
                            "write host:port, for example localhost:5432");
                }
            }
        }
        return new StoreUrl(url, scheme, emptyToNull(user), password, emptyToNull(host), port, decode(path), params);
    }

    private static Map<String, String> parseQuery(String query, String url) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq >= 0 ? pair.substring(0, eq) : pair);
            String v = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
            params.put(k, v);
        }
        return params;
    }

    private static String decode(String s) {
        if (s == null) {
            return null;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public String scheme() {
        return scheme;
    }

    public String user() {
        return user;
    }

    /** The password from the URL's user info, or null. Never log it. */
    public String password() {
        return password;
    }

    public String host() {
        return host;
    }

    /** The port, or null when the URL has none. */
    public Integer port() {
        return port;
    }

    /** Everything after the authority (without the leading slash), or after {@code scheme:} for opaque URLs. */
    public String path() {
        return path;
    }

    /** The path read as a database name (its first segment). */
    public String database() {
        if (path == null || path.isEmpty()) {
            return null;
        }
        int slash = path.indexOf('/');
        return slash >= 0 ? path.substring(0, slash) : path;
    }

    public Map<String, String> params() {
        return params;
    }

    public String param(String name) {
        return params.get(name);
    }

    /** A parameter looked up without regard to case (URLs in the wild spell {@code sslMode} and {@code sslmode}). */
    public String paramIgnoreCase(String name) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The URL exactly as given, secrets included: pass it to a driver, never to a log. */
    public String unmasked() {
        return raw;
    }

    /** The URL with secrets replaced by {@code ***}. */
    public String masked() {
        return Secrets.maskUrl(raw);
    }

    @Override
    public String toString() {
        return masked();
    }
}
