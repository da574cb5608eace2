package io.agentstore.sql;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The fixed 24-character UTC form {@code 2025-01-15T10:00:03.456Z} that JavaScript's
 * {@code toISOString()} writes and SQLite stores as text. Written by hand because it is on
 * every message read and write, where {@code DateTimeFormatter} and {@code Instant.parse}
 * showed up in profiles; other shapes fall back to the JDK parsers.
 */
final class IsoMillis {
    private IsoMillis() {
    }

    static String format(Instant t) {
        long ms = t.toEpochMilli();
        long days = Math.floorDiv(ms, 86_400_000L);
        int msOfDay = (int) Math.floorMod(ms, 86_400_000L);
        LocalDate d = LocalDate.ofEpochDay(days);
        char[] c = new char[24];
        put4(c, 0, d.getYear());
        c[4] = '-';
        put2(c, 5, d.getMonthValue());
        c[7] = '-';
        put2(c, 8, d.getDayOfMonth());
        c[10] = 'T';
        put2(c, 11, msOfDay / 3_600_000);
        c[13] = ':';
        put2(c, 14, msOfDay / 60_000 % 60);
        c[16] = ':';
        put2(c, 17, msOfDay / 1000 % 60);
        c[19] = '.';
        int milli = msOfDay % 1000;
        c[20] = (char) ('0' + milli / 100);
        c[21] = (char) ('0' + milli / 10 % 10);
        c[22] = (char) ('0' + milli % 10);
        c[23] = 'Z';
        return new String(c);
    }

    /** The instant, or null when {@code s} is not exactly of the fixed form. */
    static Instant parse(String s) {
        if (s.length() != 24 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != '.' || s.charAt(23) != 'Z') {
            return null;
        }
        int year = num(s, 0, 4);
        int month = num(s, 5, 2);
        int day = num(s, 8, 2);
        int hour = num(s, 11, 2);
        int minute = num(s, 14, 2);
        int second = num(s, 17, 2);
        int milli = num(s, 20, 3);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || milli < 0) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second, milli * 1_000_000L);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int num(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private static void put2(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void put4(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 1000);
        c[at + 1] = (char) ('0' + v / 100 % 10);
        c[at + 2] = (char) ('0' + v / 10 % 10);
        c[at + 3] = (char) ('0' + v % 10);
    }
}
