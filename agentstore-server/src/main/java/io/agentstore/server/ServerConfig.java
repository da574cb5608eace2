package io.agentstore.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How an {@link AgentStoreServer} listens: the interface and port to bind, the bearer token
 * that {@code /api/*} and {@code /openapi.json} require (null for none) and the largest request
 * body accepted. Checked when built, so a bad value fails before anything binds.
 *
 * <p>A host other than loopback ({@code 127.0.0.1}, {@code ::1}, {@code localhost}) is refused
 * without a token: the API can read and delete every conversation in the store, and without a
 * token anyone who can reach the port could.
 *
 * <pre>{@code
 * ServerConfig local = ServerConfig.defaults();                       // 127.0.0.1:4111, no token
 * ServerConfig shared = ServerConfig.builder()
 *     .host("0.0.0.0").port(8080).token(System.getenv("AGENTSTORE_TOKEN"))
 *     .build();
 * }</pre>
 *
 * @param host interface to bind (a name or an address)
 * @param port TCP port, {@code 0} for any free one
 * @param token bearer token the API requires, or null when it requires none
 * @param maxBodyBytes largest request body, in bytes; larger ones are refused with 413
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes) {
    /** The port Mastra's own dev server uses, so tools that expect it find the Studio there. */
    public static final int DEFAULT_PORT = 4111;
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** 8 MiB: room for a multi-megabyte workflow snapshot or message batch, small enough to refuse abuse. */
    public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank; use 127.0.0.1 to listen on this machine only");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port is " + port + "; it must be from 0 to 65535 (0 picks a free port)");
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank; leave it unset for no token");
        }
        if (token != null && !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            // it travels in an HTTP header: anything but visible ASCII would not survive there
            throw new IllegalArgumentException("token must be visible ASCII characters without spaces");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes is " + maxBodyBytes + "; it must be at least 1024");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("host " + host + " is reachable from other machines; refusing to serve it without a token "
                    + "(pass --token or set AGENTSTORE_TOKEN), or bind 127.0.0.1");
        }
    }

    /** {@code 127.0.0.1:4111}, no token, 8 MiB bodies. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a token is configured (the token itself is never shown). */
    public boolean requiresToken() {
        return token != null;
    }

    @Override
    public String toString() {
        // a record's toString would print the token
        return "ServerConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "***")
                + ", maxBodyBytes=" + maxBodyBytes + "]";
    }

    /** Whether {@code host} names only this machine; a name that does not resolve counts as not loopback. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(h);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Builds a {@link ServerConfig}; unset values take the defaults.
     *
     * <pre>{@code
     * ServerConfig cfg = ServerConfig.builder().port(0).token("s3cret").build();
     * }</pre>
     */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String token;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {
        }

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        /** The bearer token; null or empty means none. */
        public Builder token(String v) { token = v == null || v.isEmpty() ? null : v; return this; }
        public Builder maxBodyBytes(long v) { maxBodyBytes = v; return this; }

        public ServerConfig build() {
            return new ServerConfig(host, port, token, maxBodyBytes);
        }
    }
}
