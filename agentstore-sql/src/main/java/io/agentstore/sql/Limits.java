package io.agentstore.sql;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.agentstore.error.ConflictException;
import io.agentstore.error.InvalidInputException;

/** Value size limits of a dialect, and the retry loop of optimistic read-then-write operations. */
final class Limits {
    /**
     * Attempts of an optimistic operation. Each failed attempt means another writer committed a
     * change to the same rows in between, so some writer always makes progress; 100 covers far
     * more concurrent writers on one row than an agent app has.
     */
    static final int ATTEMPTS = 100;

    private Limits() {
    }

    /** Rejects {@code value} when it is larger than the dialect stores in one column. */
    static void checkSize(Dialect d, String field, String value) {
        long max = d.maxValueBytes();
        // A UTF-16 unit is at most 3 UTF-8 bytes: most values need no count at all.
        if (value == null || max == Long.MAX_VALUE || (long) value.length() * 3 <= max) {
            return;
        }
        long bytes = utf8Length(value);
        if (bytes > max) {
            throw new InvalidInputException(field, "is " + bytes + " bytes (UTF-8) but " + d.product() + " stores at most " + max
                    + " bytes in one value (its row and string size limit); nothing was written",
                    "keep large payloads outside the database (e.g. object storage) and store a reference, or route this domain"
                            + " to a backend without this limit");
        }
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Runs {@code attempt} until it returns a value: an empty result means its compare-and-set
     * found the rows changed since it read them, so it reads again, after a short random pause
     * that spreads out the writers racing for the same rows.
     */
    static <T> T optimistic(String what, Supplier<Optional<T>> attempt) {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<T> r = attempt.get();
            if (r.isPresent()) {
                return r.get();
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(1 + Math.min(50, 2 << Math.min(i, 5))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new ConflictException(what + " was changed by other writers during each of " + ATTEMPTS + " attempts to update it",
                "another writer updates the same rows continuously; retry later");
    }
}
