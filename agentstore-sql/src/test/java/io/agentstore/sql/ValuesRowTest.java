package io.agentstore.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Conversions of decoded wire values as SQLite (and sqlite-jdbc) make them. */
class ValuesRowTest {
    private static Row row(Object... values) {
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            labels.add("c" + i);
        }
        return new ValuesRow(ValuesRow.columns(labels), values);
    }

    @Test
    void realsReadAsTextTheWaySqlitePrintsThem() {
        assertEquals("3.0", ValuesRow.realText(3.0));
        assertEquals("0.1", ValuesRow.realText(0.1));
        assertEquals("0.333333333333333", ValuesRow.realText(1.0 / 3));
        assertEquals("1.0e+20", ValuesRow.realText(1e20));
        assertEquals("-2.5e-07", ValuesRow.realText(-2.5e-7));
        assertEquals("0.0001", ValuesRow.realText(1e-4));
        assertEquals("0.0", ValuesRow.realText(0.0));
    }

    @Test
    void textReadsAsItsLeadingInteger() {
        assertEquals(12, ValuesRow.parseLong("12abc"));
        assertEquals(2025, ValuesRow.parseLong("2025-01-31T09:15:00.123Z"));
        assertEquals(-3, ValuesRow.parseLong(" -3.9"));
        assertEquals(0, ValuesRow.parseLong("abc"));
        assertEquals(Long.MAX_VALUE, ValuesRow.parseLong("99999999999999999999"), "saturates");
    }

    @Test
    void gettersConvertBetweenStorageClasses() {
        Row r = row(42L, 1.5, "7", "hé".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("42", r.string("c0"));
        assertEquals(1L, r.longValue("c1"));
        assertEquals(7L, r.longValue("c2"));
        assertEquals("hé", r.string("c3"));
        assertNull(r.string("c4"));
        assertNull(r.longValue("c4"));
        assertEquals(42, r.object("c0", Integer.class));
        assertEquals(true, r.object("c0", Boolean.class));
        assertArrayEquals("7".getBytes(StandardCharsets.UTF_8), r.object("c2", byte[].class));
        assertEquals(42L, r.longValue("C0"), "labels match without regard to case, like JDBC");
    }

    @Test
    void anUnknownColumnOrTypeIsAClearError() {
        Row r = row("x");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.string("nope"));
        assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("[c0]"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> r.object("c0", java.time.Instant.class));
        assertThrows(IllegalArgumentException.class, () -> new ValuesRow(ValuesRow.columns(List.of("a", "b")), new Object[] {1L}));
    }
}
