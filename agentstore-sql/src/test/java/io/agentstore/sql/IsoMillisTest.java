package io.agentstore.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand-written ISO form must agree with the JDK's formatter and parser everywhere it is used. */
class IsoMillisTest {
    private static final DateTimeFormatter JDK = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void agreesWithTheJdkAcrossTheWholeRange() {
        Random r = new Random(42);
        long min = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
        long max = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            Instant t = Instant.ofEpochMilli(min + (long) (r.nextDouble() * (max - min)));
            String s = IsoMillis.format(t);
            assertEquals(JDK.format(t), s);
            assertEquals(t, IsoMillis.parse(s));
        }
        for (String edge : new String[] {"0001-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00.000Z",
                "2000-02-29T12:00:00.001Z", "9999-12-31T23:59:59.999Z"}) {
            assertEquals(edge, IsoMillis.format(IsoMillis.parse(edge)));
            assertEquals(Instant.parse(edge), IsoMillis.parse(edge));
        }
    }

    @Test
    void otherShapesAreLeftToTheFullParser() {
        for (String s : new String[] {"2025-01-15T10:00:03Z", "2025-01-15 10:00:03", "2025-01-15T10:00:03.456+01:00",
                "2025-02-30T10:00:03.456Z", "2025-01-15T25:00:03.456Z", "2025-01-15T10:00:03.45xZ"}) {
            assertNull(IsoMillis.parse(s), s);
        }
        assertEquals(Instant.parse("2025-01-15T10:00:03Z"), SqliteDialect.parseTime("2025-01-15 10:00:03"));
        assertEquals(Instant.parse("2025-01-15T09:00:03.456Z"), SqliteDialect.parseTime("2025-01-15T10:00:03.456+01:00"));
    }
}
