package io.agentstore.server;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.agentstore.SortDirection;
import io.javalin.http.Context;

/**
 * Query-string parameters: paging, sort direction, integers, times and ids. A value that
 * cannot be used is a 400 naming the parameter, never a silent default.
 */
final class Params {
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 1000;
    /** Deep offsets cost the database a scan; a client needing more should filter instead. */
    static final int MAX_PAGE = 10_000_000;

    private Params() {
    }

    /** {@code page} and {@code perPage} of a paged list. */
    record Paging(int page, int perPage) {
    }

    static Paging paging(Context ctx) {
        return new Paging(integer(ctx, "page", 0, 0, MAX_PAGE),
                integer(ctx, "perPage", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE));
    }

    /** The single value of a parameter, null when absent; an empty value counts as absent. */
    static String single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiError.invalid(name, "is given " + values.size() + " times; give it once");
        }
        String v = values.get(0);
        return v.isEmpty() ? null : v;
    }

    static Integer optionalInteger(Context ctx, String name, int min, int max) {
        String v = single(ctx, name);
        if (v == null) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name, "is '" + clip(v) + "', not a whole number", "pass a number from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw ApiError.invalid(name, "is " + n + "; it must be from " + min + " to " + max, "pass a number from " + min + " to " + max);
        }
        return n;
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        Integer n = optionalInteger(ctx, name, min, max);
        return n == null ? dflt : n;
    }

    static SortDirection direction(Context ctx, SortDirection dflt) {
        String v = single(ctx, "direction");
        if (v == null) {
            return dflt;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "asc" -> SortDirection.ASC;
            case "desc" -> SortDirection.DESC;
            default -> throw ApiError.invalid("direction", "is '" + clip(v) + "'; it must be asc or desc");
        };
    }

    /** One of {@code allowed} (compared exactly), or {@code dflt} when absent. */
    static String oneOf(Context ctx, String name, String dflt, List<String> allowed) {
        String v = single(ctx, name);
        if (v == null) {
            return dflt;
        }
        if (!allowed.contains(v)) {
            throw ApiError.invalid(name, "is '" + clip(v) + "'; it must be one of " + String.join(", ", allowed));
        }
        return v;
    }

    static Instant optionalInstant(Context ctx, String name) {
        String v = single(ctx, name);
        return v == null ? null : instant(name, v);
    }

    /** An ISO-8601 time: {@code 2025-01-15T10:00:00Z}, with fractions or an offset. */
    static Instant instant(String field, String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeException e) {
            try {
                return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeException e2) {
                throw ApiError.invalid(field, "is '" + clip(v) + "', not an ISO-8601 time", "use a time such as 2025-01-15T10:00:00.000Z");
            }
        }
    }

    /** A value quoted back in an error, cut so that a huge parameter does not make a huge answer. */
    static String clip(String v) {
        return v.length() <= 64 ? v : v.substring(0, 64) + "…";
    }
}
