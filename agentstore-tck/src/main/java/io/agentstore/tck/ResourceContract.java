package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.ResourceSummary;

/**
 * Resources: working memory and metadata round trip, saves are upserts keeping the first
 * {@code createdAt}, {@code updateResource} creates a missing resource and merges metadata.
 */
public interface ResourceContract extends TckContext {
    Instant RESOURCE_TIME = Instant.parse("2023-11-05T06:07:08.009Z");
    String MARKDOWN = "# User profile\n\n- name: Ada\n- prefers: *email*\n\n```json\n{\"a\": 1}\n```\n\ttabbed\r\nwindows line\n";


    @Test
    default void resources_listingCountsThreadsAndSortsByLastActivity() {
        // Far-future times put these resources first in a database other tests share.
        Instant base = Instant.parse("2999-01-01T00:00:00Z").plusSeconds(new java.util.Random().nextInt(1_000_000) * 10L);
        String a = uid("resource");
        String b = uid("resource");
        String c = uid("resource");
        memory().saveResource(new MemoryResource(c, "only working memory", Map.of(), base, base));
        memory().saveThread(new io.agentstore.memory.MemoryThread(uid("thread"), a, "a1", Map.of(), base, base.plusSeconds(1)));
        memory().saveThread(new io.agentstore.memory.MemoryThread(uid("thread"), a, "a2", Map.of(), base, base.plusSeconds(3)));
        memory().saveThread(new io.agentstore.memory.MemoryThread(uid("thread"), b, "b1", Map.of(), base, base.plusSeconds(2)));
        memory().saveResource(new MemoryResource(b, "newest", Map.of(), base, base.plusSeconds(4)));

        // Other tests share the database: read every page, then look at these three among the rest.
        java.util.List<ResourceSummary> all = new java.util.ArrayList<>();
        io.agentstore.Page<ResourceSummary> page;
        int p = 0;
        do {
            page = memory().listResources(p++, 500);
            all.addAll(page.items());
        } while (page.hasMore() && p < 1000);
        assertEquals(page.total(), all.size(), "total = every resource listed once");
        assertEquals(all.size(), all.stream().map(ResourceSummary::resourceId).distinct().count(), "no resource twice");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(!all.get(i).lastActivityAt().isAfter(all.get(i - 1).lastActivityAt()), "newest first at " + i + ": " + all.get(i));
        }
        java.util.Set<String> ids = java.util.Set.of(a, b, c);
        assertEquals(java.util.List.of(new ResourceSummary(b, 1, base.plusSeconds(4)), new ResourceSummary(a, 2, base.plusSeconds(3)),
                new ResourceSummary(c, 0, base)), all.stream().filter(r -> ids.contains(r.resourceId())).toList());
        int at = all.indexOf(new ResourceSummary(a, 2, base.plusSeconds(3)));
        io.agentstore.Page<ResourceSummary> one = memory().listResources(at, 1);
        assertEquals(java.util.List.of(all.get(at)), one.items(), "page " + at + " of size 1");
        assertEquals(all.size(), one.total());
        assertEquals(at + 1 < all.size(), one.hasMore());
        assertInvalid("page", () -> memory().listResources(-1, 10));
        assertInvalid("perPage", () -> memory().listResources(0, 0));
    }

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
