package io.agentstore.config;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import io.agentstore.error.InvalidConfigurationException;

/**
 * Options of a store, validated when built. Every option may also be given as a URL
 * parameter ({@code ?schema=agents&tablePrefix=dev_&sslmode=require&poolMax=20&authToken=…});
 * a value set on the builder wins over the URL. Unset options take the defaults below when
 * {@link #resolve(StoreUrl)} is called by the backend.
 *
 * <ul>
 * <li>{@code poolMin} 0..poolMax (default 0), {@code poolMax} 1..1000 (default 10)</li>
 * <li>{@code connectionTimeout} (default 10 s), {@code idleTimeout} (default 10 min)</li>
 * <li>{@code schema}: a schema/namespace for the tables (PostgreSQL), default the server's</li>
 * <li>{@code tablePrefix}: letters, digits and _ put before every table name, e.g. {@code dev_}</li>
 * <li>{@code sslMode}: see {@link SslMode}; {@code authToken}: for token-authenticated services</li>
 * <li>{@code replicas}: read replica URLs (PostgreSQL)</li>
 * </ul>
 *
 * <pre>{@code
 * StoreOptions o = StoreOptions.builder().poolMax(20).schema("agents").tablePrefix("dev_").build();
 * try (AgentStore store = AgentStore.open("postgresql://app@localhost/app", o)) { store.init(); }
 * }</pre>
 */
public record StoreOptions(Integer poolMin, Integer poolMax, Duration connectionTimeout, Duration idleTimeout,
                           String schema, String tablePrefix, SslMode sslMode, String authToken,
                           List<String> replicas) {
    public static final int DEFAULT_POOL_MAX = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_]{0,32}");
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public StoreOptions {
        replicas = replicas == null ? List.of() : List.copyOf(replicas);
        if (poolMax != null && (poolMax < 1 || poolMax > 1000)) {
            throw new InvalidConfigurationException("poolMax " + poolMax + " is out of range", "use a pool size from 1 to 1000");
        }
        if (poolMin != null && (poolMin < 0 || poolMin > (poolMax == null ? 1000 : poolMax))) {
            throw new InvalidConfigurationException("poolMin " + poolMin + " is out of range", "use 0 up to poolMax");
        }
        if (connectionTimeout != null && (connectionTimeout.isNegative() || connectionTimeout.toMillis() < 250)) {
            throw new InvalidConfigurationException("connectionTimeout " + connectionTimeout + " is too short", "use at least 250 ms");
        }
        if (idleTimeout != null && idleTimeout.isNegative()) {
            throw new InvalidConfigurationException("idleTimeout must not be negative", "use a positive duration, e.g. 10 minutes");
        }
        if (tablePrefix != null && !PREFIX.matcher(tablePrefix).matches()) {
            throw new InvalidConfigurationException("tablePrefix '" + tablePrefix + "' is not allowed",
                    "use up to 32 letters, digits or underscores, such as dev_");
        }
        if (schema != null && !SCHEMA.matcher(schema).matches()) {
            throw new InvalidConfigurationException("schema '" + schema + "' is not allowed",
                    "use a plain identifier: a letter or _ then letters, digits or _, at most 63 characters");
        }
    }

    /** No options set: every default applies. */
    public static StoreOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** These options with every unset value taken from the URL's parameters, then from the defaults. */
    public StoreOptions resolve(StoreUrl url) {
        Integer max = poolMax != null ? poolMax : intParam(url, "poolMax", DEFAULT_POOL_MAX);
        return new StoreOptions(
                poolMin != null ? poolMin : Math.min(intParam(url, "poolMin", 0), max),
                max,
                connectionTimeout != null ? connectionTimeout : durationParam(url, "connectTimeout", DEFAULT_CONNECTION_TIMEOUT),
                idleTimeout != null ? idleTimeout : durationParam(url, "idleTimeout", DEFAULT_IDLE_TIMEOUT),
                schema != null ? schema : url.paramIgnoreCase("schema"),
                tablePrefix != null ? tablePrefix : orDefault(url.paramIgnoreCase("tablePrefix"), ""),
                sslMode != null ? sslMode : url.paramIgnoreCase("sslmode") == null ? null : SslMode.parse(url.paramIgnoreCase("sslmode")),
                authToken != null ? authToken : url.paramIgnoreCase("authToken"),
                !replicas.isEmpty() ? replicas : replicaParam(url));
    }

    /** The table prefix, never null. */
    public String prefix() {
        return tablePrefix == null ? "" : tablePrefix;
    }

    public Builder toBuilder() {
        return new Builder().poolMin(poolMin).poolMax(poolMax).connectionTimeout(connectionTimeout).idleTimeout(idleTimeout)
                .schema(schema).tablePrefix(tablePrefix).sslMode(sslMode).authToken(authToken).replicas(replicas);
    }

    @Override
    public String toString() {
        return "StoreOptions[poolMin=" + poolMin + ", poolMax=" + poolMax + ", connectionTimeout=" + connectionTimeout
                + ", idleTimeout=" + idleTimeout + ", schema=" + schema + ", tablePrefix=" + tablePrefix + ", sslMode=" + sslMode
                + ", authToken=" + (authToken == null ? null : Secrets.MASK) + ", replicas="
                + replicas.stream().map(Secrets::maskUrl).toList() + "]";
    }

    private static int intParam(StoreUrl url, String name, int dflt) {
        String v = url.paramIgnoreCase(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException("URL parameter " + name + "='" + v + "' is not a whole number", "write e.g. " + name + "=10");
        }
    }

    private static Duration durationParam(StoreUrl url, String name, Duration dflt) {
        String v = url.paramIgnoreCase(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException("URL parameter " + name + "='" + v + "' is not a number of seconds", "write e.g. " + name + "=10");
        }
    }

    private static List<String> replicaParam(StoreUrl url) {
        String v = url.paramIgnoreCase("replicas");
        return v == null || v.isBlank() ? List.of() : List.of(v.split(","));
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    /**
     * Builds {@link StoreOptions}; values are checked in {@link #build()}.
     *
     * <pre>{@code
     * StoreOptions.builder().poolMin(2).poolMax(20).sslMode(SslMode.REQUIRE).build();
     * }</pre>
     */
    public static final class Builder {
        private Integer poolMin;
        private Integer poolMax;
        private Duration connectionTimeout;
        private Duration idleTimeout;
        private String schema;
        private String tablePrefix;
        private SslMode sslMode;
        private String authToken;
        private List<String> replicas = List.of();

        public Builder poolMin(Integer v) { poolMin = v; return this; }
        public Builder poolMax(Integer v) { poolMax = v; return this; }
        public Builder connectionTimeout(Duration v) { connectionTimeout = v; return this; }
        public Builder idleTimeout(Duration v) { idleTimeout = v; return this; }
        public Builder schema(String v) { schema = v; return this; }
        public Builder tablePrefix(String v) { tablePrefix = v; return this; }
        public Builder sslMode(SslMode v) { sslMode = v; return this; }
        public Builder authToken(String v) { authToken = v; return this; }
        public Builder replicas(List<String> v) { replicas = v == null ? List.of() : v; return this; }

        public StoreOptions build() {
            return new StoreOptions(poolMin, poolMax, connectionTimeout, idleTimeout, schema, tablePrefix, sslMode, authToken, replicas);
        }
    }
}
