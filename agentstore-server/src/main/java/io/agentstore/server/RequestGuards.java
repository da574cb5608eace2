package io.agentstore.server;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Checks that run before every route: security headers on every answer, the Host of a server
 * bound to loopback, cross-origin writes, the body cap and the body's media type.
 *
 * <p>Why these: the Studio is an admin UI for data that may be private, served on localhost
 * usually without a token. A web page the user visits elsewhere must not be able to change it
 * (no CORS, cross-origin writes refused) nor read it through DNS rebinding (a loopback server
 * answers only requests addressed to a loopback name).
 */
final class RequestGuards {
    /** Only this server's own scripts, styles and images; nothing may frame it. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final long maxBodyBytes;
    private final boolean loopbackOnly;

    RequestGuards(ServerConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
        this.loopbackOnly = ServerConfig.isLoopback(config.host());
    }

    /** Headers every answer carries, errors included (Jetty's own too, see {@link JettyErrors}). */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", CSP,
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    void check(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (loopbackOnly && !loopbackHost(ctx.header("Host"))) {
            throw forbidden("this server listens on loopback only and answers requests addressed to localhost or 127.0.0.1",
                    "open it as http://127.0.0.1:PORT/");
        }
        if (isWrite(ctx.method()) && crossOrigin(ctx)) {
            throw forbidden("cross-origin writes are refused", "call the API from the Studio's own origin or from a non-browser client");
        }
    }

    /** Size and media type of a body; after authentication, so anonymous callers learn nothing more. */
    void checkBody(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > maxBodyBytes) {
            throw tooLarge(maxBodyBytes);
        }
        boolean hasBody = length > 0 || ctx.header("Transfer-Encoding") != null;
        if (hasBody && isWrite(ctx.method()) && !isJson(ctx.header("Content-Type"))) {
            throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "the request body must be JSON (Content-Type: application/json)", null,
                    "send Content-Type: application/json");
        }
    }

    static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, "PAYLOAD_TOO_LARGE", "the request body is larger than " + maxBytes + " bytes", null,
                "send less per request (split a message batch)");
    }

    private static ApiError forbidden(String message, String hint) {
        return new ApiError(403, "FORBIDDEN", message, null, hint);
    }

    static boolean isWrite(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("application/json") || mime.startsWith("application/") && mime.endsWith("+json");
    }

    /**
     * Whether a browser says this request comes from another site: {@code Sec-Fetch-Site} where
     * the browser sends it, else an {@code Origin} whose host and port differ from {@code Host}.
     * Clients that are not browsers send neither and pass.
     */
    private static boolean crossOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return false;
        }
        String host = ctx.header("Host");
        try {
            URI o = URI.create(origin);
            return o.getRawAuthority() == null || host == null || !o.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true; // "null" (sandboxed frames, file: pages) and garbage are not this origin
        }
    }

    /** {@code localhost}, {@code 127.x.y.z} or {@code [::1]}, with or without a port. */
    static boolean loopbackHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return true; // HTTP/1.0 without Host: not a browser, and rebinding needs a browser
        }
        String h = hostHeader.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 && h.substring(1, end).equals("::1");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.endsWith(".localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
