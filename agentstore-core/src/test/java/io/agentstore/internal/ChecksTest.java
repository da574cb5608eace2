package io.agentstore.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentstore.error.InvalidInputException;

/** The NUL rules: a real U+0000 is rejected wherever it hides; text that merely spells an escape is fine. */
class ChecksTest {
    private static final String LITERAL_ESCAPE = "C:\\u0000dir"; // a backslash followed by u0000, no NUL

    @Test
    void metadataWithARealNulIsRejected() {
        assertEquals("m", assertThrows(InvalidInputException.class, () -> Checks.metadata("m", Map.of("k", "a\u0000"))).field());
        assertThrows(InvalidInputException.class, () -> Checks.metadata("m", Map.of("a\u0000", 1)));
        assertThrows(InvalidInputException.class, () -> Checks.metadata("m", Map.of("k", List.of(Map.of("d", "\u0000")))));
    }

    @Test
    void metadataThatSpellsAnEscapeIsAccepted() {
        assertDoesNotThrow(() -> Checks.metadata("m", Map.of("path", LITERAL_ESCAPE, LITERAL_ESCAPE, List.of(LITERAL_ESCAPE))));
    }

    @Test
    void snapshotsAreCheckedOnTheirDecodedStrings() {
        assertThrows(InvalidInputException.class, () -> Checks.jsonObject("s", "{\"a\":\"x\\u0000\"}"));
        assertThrows(InvalidInputException.class, () -> Checks.jsonObject("s", "{\"a\\u0000\":1}"));
        assertThrows(InvalidInputException.class, () -> Checks.jsonObject("s", "{\"a\":[{\"b\":\"\\u0000\"}]}"));
        assertDoesNotThrow(() -> Checks.jsonObject("s", "{\"path\":\"C:\\\\u0000dir\"}"));
    }

    @Test
    void messageContentIsCheckedAsTextAndAsJson() {
        assertThrows(InvalidInputException.class, () -> Checks.content("c", "raw \u0000"));
        assertThrows(InvalidInputException.class, () -> Checks.content("c", "{\"parts\":[{\"type\":\"text\",\"text\":\"\\u0000\"}]}"));
        assertDoesNotThrow(() -> Checks.content("c", "{\"text\":\"C:\\\\u0000dir\"}"));
        assertDoesNotThrow(() -> Checks.content("c", "not JSON but mentions \\u0000"));
    }

    @Test
    void idsAreNonBlankAndAtMost255Characters() {
        assertDoesNotThrow(() -> Checks.id("id", "x".repeat(255)));
        for (String bad : new String[] {null, "", " \t", "x".repeat(256), "a\u0000b"}) {
            assertEquals("id", assertThrows(InvalidInputException.class, () -> Checks.id("id", bad)).field());
        }
    }
}
