package io.agentstore.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.javalin.http.Context;

/**
 * The bearer-token rule: with a token configured, {@code /api/*} and {@code /openapi.json} need
 * {@code Authorization: Bearer TOKEN}. The comparison takes the same time whatever the guess
 * (both sides hashed to a fixed length, then {@link MessageDigest#isEqual}), and neither the
 * expected token nor the one sent is ever logged or echoed.
 */
final class TokenAuth {
    private static final String SCHEME = "bearer ";
    private final byte[] expectedDigest;

    /** @param token the configured token, or null when none is required */
    TokenAuth(String token) {
        this.expectedDigest = token == null ? null : sha256(token);
    }

    boolean enabled() {
        return expectedDigest != null;
    }

    void check(Context ctx) {
        if (expectedDigest == null) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw unauthorized(ctx, "this server requires a token; send Authorization: Bearer TOKEN");
        }
        // hashing first makes the comparison independent of where the guess differs and of its length
        if (!MessageDigest.isEqual(expectedDigest, sha256(header.substring(SCHEME.length()).trim()))) {
            throw unauthorized(ctx, "the token is wrong");
        }
    }

    private static ApiError unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer");
        return new ApiError(401, "UNAUTHORIZED", message, null, "pass the token the server was started with (--token or AGENTSTORE_TOKEN)");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
