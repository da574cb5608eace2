package io.agentstore.config;

import java.util.Locale;

import io.agentstore.error.InvalidConfigurationException;

/**
 * How a network backend uses TLS, with PostgreSQL's meaning of each mode.
 *
 * <pre>{@code
 * StoreOptions o = StoreOptions.builder().sslMode(SslMode.VERIFY_FULL).build();
 * }</pre>
 */
public enum SslMode {
    DISABLE, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

    /** The URL spelling: {@code disable}, {@code prefer}, {@code require}, {@code verify-ca}, {@code verify-full}. */
    public String urlValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SslMode parse(String s) {
        for (SslMode m : values()) {
            if (m.urlValue().equalsIgnoreCase(s.trim()) || m.name().equalsIgnoreCase(s.trim())) {
                return m;
            }
        }
        throw new InvalidConfigurationException("sslmode '" + s + "' is not known",
                "use one of disable, prefer, require, verify-ca, verify-full");
    }
}
