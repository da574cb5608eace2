package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentstore.memory.MemoryResource;

/**
 * Resources: working memory and metadata round trip, saves are upserts keeping the first
 * {@code createdAt}, {@code updateResource} creates a missing resource and merges metadata.
 */
public interface ResourceContract extends TckContext {
    Instant RESOURCE_TIME = Instant.parse("2023-11-05T06:07:08.009Z");
    String MARKDOWN = "# User profile\n\n- name: Ada\n- prefers: *email*\n\n```json\n{\"a\": 1}\n```\n\ttabbed\r\nwindows line\n";


    @Test
    default void resources_roundTripsEveryField() {
        MemoryResource r = new MemoryResource(uid("resource"), MARKDOWN, richMetadata(), RESOURCE_TIME, RESOURCE_TIME.plusSeconds(90));
        assertSameResource(r, memory().saveResource(r));
        assertSameResource(r, memory().getResource(r.id()).orElseThrow());
    }

    @Test
    default void resources_nullWorkingMemoryAndEmptyMetadataRoundTrip() {
        MemoryResource r = new MemoryResource(uid("resource"), null, null, RESOURCE_TIME, RESOURCE_TIME);
        memory().saveResource(r);
        MemoryResource read = memory().getResource(r.id()).orElseThrow();
        assertNull(read.workingMemory());
        assertEquals(Map.of(), read.metadata());
        MemoryResource empty = new MemoryResource(uid("resource"), "", Map.of(), RESOURCE_TIME, RESOURCE_TIME);
        memory().saveResource(empty);
        assertEquals("", memory().getResource(empty.id()).orElseThrow().workingMemory(), "empty working memory is not null");
    }

    @Test
    default void resources_missingResourceIsEmpty() {
        assertTrue(memory().getResource(uid("missing")).isEmpty());
    }

    @Test
    default void resources_savingTwiceKeepsTheFirstCreatedAtAndReplacesTheRest() {
        String id = uid("resource");
        memory().saveResource(new MemoryResource(id, "first", map("a", 1), RESOURCE_TIME, RESOURCE_TIME));
        Instant later = RESOURCE_TIME.plusSeconds(3600);
        MemoryResource returned = memory().saveResource(new MemoryResource(id, "second", map("b", 2), later, later));
        MemoryResource expected = new MemoryResource(id, "second", map("b", 2), RESOURCE_TIME, later);
        assertSameResource(expected, returned);
        assertSameResource(expected, memory().getResource(id).orElseThrow());
    }

    @Test
    default void resources_updateCreatesAMissingResource() {
        String id = uid("resource");
        MemoryResource created = memory().updateResource(id, "hello", map("plan", "pro"));
        MemoryResource read = memory().getResource(id).orElseThrow();
        assertSameResource(created, read);
        assertEquals("hello", read.workingMemory());
        assertJsonEquals(map("plan", "pro"), read.metadata(), "metadata");
        assertRecent(read.createdAt(), "createdAt");
        assertRecent(read.updatedAt(), "updatedAt");
    }

    @Test
    default void resources_updateMergesMetadataAndKeepsWhatIsNotGiven() {
        String id = uid("resource");
        memory().saveResource(new MemoryResource(id, "wm", map("a", 1, "b", map("x", 1)), RESOURCE_TIME, RESOURCE_TIME));

        memory().updateResource(id, null, map("b", map("y", 2), "c", true));
        MemoryResource read = memory().getResource(id).orElseThrow();
        assertEquals("wm", read.workingMemory(), "null working memory keeps it");
        assertJsonEquals(map("a", 1, "b", map("y", 2), "c", true), read.metadata(), "top-level merge");
        assertSameInstant(RESOURCE_TIME, read.createdAt(), "createdAt is kept");
        assertAfter(RESOURCE_TIME, read.updatedAt(), "updatedAt");
        assertRecent(read.updatedAt(), "updatedAt");

        memory().updateResource(id, "new wm", null);
        read = memory().getResource(id).orElseThrow();
        assertEquals("new wm", read.workingMemory());
        assertJsonEquals(map("a", 1, "b", map("y", 2), "c", true), read.metadata(), "null metadata keeps it");
    }

    @Test
    default void resources_updateWorkingMemoryCreatesThenReplaces() {
        String id = uid("resource");
        memory().updateWorkingMemory(id, "# v1");
        assertEquals("# v1", memory().getResource(id).orElseThrow().workingMemory());
        memory().updateResource(id, null, map("k", "v"));
        memory().updateWorkingMemory(id, "# v2");
        MemoryResource read = memory().getResource(id).orElseThrow();
        assertEquals("# v2", read.workingMemory());
        assertJsonEquals(map("k", "v"), read.metadata(), "metadata survives a working memory update");
    }
}
