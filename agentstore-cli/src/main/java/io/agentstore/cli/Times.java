package io.agentstore.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Time formats of the human output (local time, to the minute or second); JSON uses ISO-8601 UTC. */
final class Times {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {
    }

    static String minute(Instant t) {
        return t == null ? "-" : MINUTE.format(t.atZone(ZoneId.systemDefault()));
    }

    static String second(Instant t) {
        return t == null ? "-" : SECOND.format(t.atZone(ZoneId.systemDefault()));
    }

    static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
