package io.agentstore.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.agentstore.error.InvalidConfigurationException;

/**
 * Reads the store configuration from environment variables; the first rule that matches wins:
 * <ol>
 * <li>{@code AGENTSTORE_URL}</li>
 * <li>{@code STORAGE_ENGINE} (sqlite, postgres, …) with {@code DATABASE_URL}; an unknown
 *     engine is an error listing the valid ones</li>
 * <li>{@code DATABASE_URL}</li>
 * <li>{@code TURSO_DATABASE_URL} + {@code TURSO_AUTH_TOKEN}</li>
 * <li>{@code MONGODB_URI}</li>
 * <li>{@code UPSTASH_REDIS_REST_URL} + {@code UPSTASH_REDIS_REST_TOKEN}</li>
 * <li>{@code CLOUDFLARE_ACCOUNT_ID} + {@code CLOUDFLARE_D1_DATABASE_ID} + {@code CLOUDFLARE_API_TOKEN}</li>
 * <li>otherwise {@value #DEFAULT_URL}</li>
 * </ol>
 * {@code AGENTSTORE_MEMORY_URL} and {@code AGENTSTORE_WORKFLOWS_URL} route one domain to its own database.
 * {@code TURSO_AUTH_TOKEN} is also the token when the URL a rule picks (or a domain URL) is a
 * {@code libsql://} URL, so {@code DATABASE_URL=libsql://…} needs no token in the URL itself.
 *
 * <pre>{@code
 * EnvConfig cfg = EnvConfig.resolve(System.getenv(), Map.of("sqlite", Set.of("file"), "postgres", Set.of("postgresql")));
 * cfg.url(); // e.g. file:./agentstore.db
 * }</pre>
 */
public record EnvConfig(String url, String source, String authToken, Map<String, String> domainUrls) {
    /** The embedded default: a SQLite file in the working directory. */
    public static final String DEFAULT_URL = "file:./agentstore.db";
    /** Domains that may be routed with {@code AGENTSTORE_<DOMAIN>_URL}. */
    public static final Set<String> DOMAINS = Set.of("memory", "workflows");

    /**
     * @param env     the environment, e.g. {@code System.getenv()}
     * @param engines each known {@code STORAGE_ENGINE} name and the URL schemes it accepts
     */
    public static EnvConfig resolve(Map<String, String> env, Map<String, Set<String>> engines) {
        Map<String, String> domains = new LinkedHashMap<>();
        for (String d : DOMAINS) {
            String v = get(env, "AGENTSTORE_" + d.toUpperCase(Locale.ROOT) + "_URL");
            if (v != null) {
                domains.put(d, v);
            }
        }
        String v;
        if ((v = get(env, "AGENTSTORE_URL")) != null) {
            return new EnvConfig(v, "AGENTSTORE_URL", libsqlToken(env, v, domains), domains);
        }
        String engine = get(env, "STORAGE_ENGINE");
        if (engine != null) {
            String key = engine.trim().toLowerCase(Locale.ROOT);
            Set<String> schemes = engines.get(key);
            if (schemes == null) {
                throw new InvalidConfigurationException("STORAGE_ENGINE '" + engine + "' is not known",
                        "use one of: " + String.join(", ", new TreeSet<>(engines.keySet()))
                                + " (a backend module that is not on the classpath is not listed)");
            }
            String db = get(env, "DATABASE_URL");
            if (db == null) {
                if (schemes.contains("file")) {
                    return new EnvConfig(DEFAULT_URL, "STORAGE_ENGINE", null, domains);
                }
                if (schemes.contains("memory")) {
                    return new EnvConfig("memory:", "STORAGE_ENGINE", null, domains);
                }
                throw new InvalidConfigurationException("STORAGE_ENGINE=" + key + " needs DATABASE_URL",
                        "set DATABASE_URL to the " + key + " connection URL");
            }
            String scheme = StoreUrl.parse(db).scheme();
            if (!schemes.contains(scheme)) {
                throw new InvalidConfigurationException("STORAGE_ENGINE=" + key + " does not match DATABASE_URL's scheme '" + scheme + ":'",
                        "use a DATABASE_URL starting with one of " + new TreeSet<>(schemes) + ", or change STORAGE_ENGINE");
            }
            return new EnvConfig(db, "STORAGE_ENGINE+DATABASE_URL", libsqlToken(env, db, domains), domains);
        }
        if ((v = get(env, "DATABASE_URL")) != null) {
            return new EnvConfig(v, "DATABASE_URL", libsqlToken(env, v, domains), domains);
        }
        if ((v = get(env, "TURSO_DATABASE_URL")) != null) {
            return new EnvConfig(v, "TURSO_DATABASE_URL", get(env, "TURSO_AUTH_TOKEN"), domains);
        }
        if ((v = get(env, "MONGODB_URI")) != null) {
            return new EnvConfig(v, "MONGODB_URI", null, domains);
        }
        if ((v = get(env, "UPSTASH_REDIS_REST_URL")) != null) {
            String host = v.replaceFirst("^https?://", "");
            return new EnvConfig("upstash://" + host, "UPSTASH_REDIS_REST_URL", get(env, "UPSTASH_REDIS_REST_TOKEN"), domains);
        }
        String account = get(env, "CLOUDFLARE_ACCOUNT_ID");
        String d1 = get(env, "CLOUDFLARE_D1_DATABASE_ID");
        if (account != null && d1 != null) {
            return new EnvConfig("d1://" + account + "/" + d1, "CLOUDFLARE_D1_DATABASE_ID", get(env, "CLOUDFLARE_API_TOKEN"), domains);
        }
        return new EnvConfig(DEFAULT_URL, "default", null, domains);
    }

    /** {@code TURSO_AUTH_TOKEN} when {@code url} or a domain URL is a {@code libsql:} URL, else null. */
    private static String libsqlToken(Map<String, String> env, String url, Map<String, String> domains) {
        boolean libsql = isLibsql(url) || domains.values().stream().anyMatch(EnvConfig::isLibsql);
        return libsql ? get(env, "TURSO_AUTH_TOKEN") : null;
    }

    private static boolean isLibsql(String url) {
        return url.regionMatches(true, 0, "libsql:", 0, "libsql:".length());
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    @Override
    public String toString() {
        return "EnvConfig[url=" + Secrets.maskUrl(url) + ", source=" + source + ", authToken="
                + (authToken == null ? null : Secrets.MASK) + ", domainUrls=" + domainUrls.keySet() + "]";
    }
}
