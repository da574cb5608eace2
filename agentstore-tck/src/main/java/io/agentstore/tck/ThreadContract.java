package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.agentstore.Page;
import io.agentstore.SortDirection;
import io.agentstore.error.ConflictException;
import io.agentstore.error.ErrorCode;
import io.agentstore.memory.CloneRequest;
import io.agentstore.memory.CloneResult;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.memory.ThreadQuery.OrderField;

/**
 * Threads: every field round trips, upserts keep one row and the first {@code createdAt},
 * updates merge metadata, delete cascades to messages only, listings page and sort with ties
 * broken by id, the metadata filter compares JSON values exactly, and clone copies as
 * documented.
 */
public interface ThreadContract extends TckContext {
    Instant THREAD_TIME = Instant.parse("2024-02-29T12:34:56.789Z");


    // ---- round trips and upserts -------------------------------------------------------

    @Test
    default void threads_roundTripsEveryField() {
        MemoryThread t = new MemoryThread(uid("thread"), uid("resource"), "Support chat about order #42", richMetadata(),
                THREAD_TIME, Instant.parse("2024-03-01T01:02:03.456Z"));
        MemoryThread saved = memory().saveThread(t);
        assertSameThread(t, saved);
        assertSameThread(t, memory().getThread(t.id()).orElseThrow());
        assertSameThread(t, memory().listThreads(ThreadQuery.resource(t.resourceId())).items().get(0));
    }

    @Test
    default void threads_metadataIsNeverNull() {
        MemoryThread t = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "", null, THREAD_TIME, THREAD_TIME));
        assertEquals(Map.of(), memory().getThread(t.id()).orElseThrow().metadata());
        assertEquals("", memory().getThread(t.id()).orElseThrow().title(), "an empty title is kept");
    }

    @Test
    default void threads_missingThreadIsEmpty() {
        assertTrue(memory().getThread(uid("missing")).isEmpty());
    }

    @Test
    default void threads_savingTwiceKeepsOneRowAndTheFirstCreatedAt() {
        String resource = uid("resource");
        MemoryThread first = new MemoryThread(uid("thread"), resource, "first", map("a", 1, "keep", "no"), THREAD_TIME, THREAD_TIME);
        memory().saveThread(first);
        Instant later = THREAD_TIME.plus(Duration.ofDays(3));
        MemoryThread second = new MemoryThread(first.id(), resource, "second", map("b", 2), later, later);
        MemoryThread returned = memory().saveThread(second);

        MemoryThread expected = new MemoryThread(first.id(), resource, "second", map("b", 2), THREAD_TIME, later);
        assertSameThread(expected, returned);
        assertSameThread(expected, memory().getThread(first.id()).orElseThrow());
        Page<MemoryThread> page = memory().listThreads(ThreadQuery.resource(resource));
        assertEquals(1, page.total(), "one row after two saves");
        assertEquals(1, page.items().size());
    }

    @Test
    default void threads_savingWithAnotherResourceMovesTheThread() {
        MemoryThread t = newThread();
        String other = uid("resource");
        memory().saveThread(new MemoryThread(t.id(), other, t.title(), t.metadata(), t.createdAt(), t.updatedAt()));
        assertEquals(0, memory().listThreads(ThreadQuery.resource(t.resourceId())).total());
        assertEquals(List.of(t.id()), threadIds(memory().listThreads(ThreadQuery.resource(other))));
    }

    // ---- updateThread --------------------------------------------------------------------

    @Test
    default void threads_updateSetsTitleMergesMetadataAndTouchesUpdatedAt() {
        MemoryThread t = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "old",
                map("a", 1, "b", 2, "nested", map("x", 1)), PAST, PAST));
        MemoryThread returned = memory().updateThread(t.id(), "new", map("b", 3, "c", map("d", true), "nested", map("y", 2)));
        MemoryThread stored = memory().getThread(t.id()).orElseThrow();
        // top-level merge: nested maps are replaced, not merged deeply
        assertJsonEquals(map("a", 1, "b", 3, "nested", map("y", 2), "c", map("d", true)), stored.metadata(), "merged metadata");
        assertEquals("new", stored.title());
        assertSameInstant(PAST, stored.createdAt(), "createdAt is kept");
        assertAfter(PAST, stored.updatedAt(), "updatedAt");
        assertRecent(stored.updatedAt(), "updatedAt");
        assertSameThread(stored, returned);
    }

    @Test
    default void threads_updateWithNullsKeepsTitleAndMetadata() {
        MemoryThread t = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "title", map("a", 1), PAST, PAST));
        memory().updateThread(t.id(), null, null);
        MemoryThread stored = memory().getThread(t.id()).orElseThrow();
        assertEquals("title", stored.title());
        assertJsonEquals(map("a", 1), stored.metadata(), "metadata");
        assertAfter(PAST, stored.updatedAt(), "updatedAt");
    }

    @Test
    default void threads_updateOfMissingThreadIsNotFoundAndCreatesNothing() {
        String id = uid("missing");
        assertNotFound(() -> memory().updateThread(id, "title", map("a", 1)));
        assertTrue(memory().getThread(id).isEmpty());
    }

    // ---- delete ------------------------------------------------------------------------------

    @Test
    default void threads_deleteRemovesTheThreadAndItsMessagesOnly() {
        String resource = uid("resource");
        MemoryThread doomed = newThread(resource);
        MemoryThread kept = newThread(resource);
        List<Message> doomedMessages = saveMessages(doomed, 5, THREAD_TIME, Duration.ofSeconds(1));
        List<Message> keptMessages = saveMessages(kept, 3, THREAD_TIME, Duration.ofSeconds(1));
        memory().saveResource(MemoryResource.of(resource, "remember me"));

        memory().deleteThread(doomed.id());

        assertTrue(memory().getThread(doomed.id()).isEmpty());
        assertEquals(List.of(), memory().getMessages(ids(doomedMessages)), "messages of the deleted thread are gone");
        assertEquals(0, memory().listMessages(MessageQuery.thread(doomed.id())).total());
        assertTrue(memory().getThread(kept.id()).isPresent(), "the other thread stays");
        assertEquals(ids(keptMessages), ids(memory().listMessages(MessageQuery.thread(kept.id()))), "its messages stay");
        assertEquals("remember me", memory().getResource(resource).orElseThrow().workingMemory(), "the resource stays");
        assertEquals(List.of(kept.id()), threadIds(memory().listThreads(ThreadQuery.resource(resource))));
    }

    @Test
    default void threads_deletingAMissingThreadIsNoError() {
        MemoryThread t = newThread();
        memory().deleteThread(t.id());
        memory().deleteThread(t.id());
        memory().deleteThread(uid("never-existed"));
        assertTrue(memory().getThread(t.id()).isEmpty());
    }

    // ---- listing --------------------------------------------------------------------------

    /** Five threads of one resource, created a minute apart and updated in the reverse order. */
    private List<MemoryThread> fiveThreads(String resource) {
        List<MemoryThread> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(new MemoryThread(uid("thread"), resource, "thread " + i, map("i", i),
                    THREAD_TIME.plus(Duration.ofMinutes(i)), THREAD_TIME.plus(Duration.ofHours(10 - i))));
        }
        List<MemoryThread> shuffled = new ArrayList<>(out);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.forEach(memory()::saveThread);
        return out;
    }

    private static List<String> threadIdsAt(List<MemoryThread> threads, int... positions) {
        List<String> out = new ArrayList<>();
        for (int p : positions) {
            out.add(threads.get(p).id());
        }
        return out;
    }

    @Test
    default void threads_listsNewestFirstByDefault() {
        String resource = uid("resource");
        List<MemoryThread> t = fiveThreads(resource);
        Page<MemoryThread> page = memory().listThreads(ThreadQuery.resource(resource));
        assertEquals(threadIdsAt(t, 4, 3, 2, 1, 0), threadIds(page));
        assertEquals(5, page.total());
        assertEquals(0, page.page());
        assertEquals(ThreadQuery.DEFAULT_PER_PAGE, page.perPage());
        assertFalse(page.hasMore());
        assertSameThread(t.get(4), page.items().get(0));
    }

    @Test
    default void threads_searchMatchesTitleOrIdIgnoringAsciiCaseWithLiteralWildcards() {
        String resource = uid("resource");
        MemoryThread refund = memory().saveThread(new MemoryThread(uid("thread"), resource, "Refund for ORDER #42", Map.of(), PAST, PAST));
        MemoryThread trip = memory().saveThread(new MemoryThread(uid("thread"), resource, "Trip to Lisbon", Map.of(), PAST.plusSeconds(1), PAST.plusSeconds(1)));
        MemoryThread percent = memory().saveThread(new MemoryThread(uid("thread"), resource, "100% sure_thing 'quoted' café", Map.of(),
                PAST.plusSeconds(2), PAST.plusSeconds(2)));
        MemoryThread byId = memory().saveThread(new MemoryThread(uid("thread") + "-XyZ", resource, "sure thing", Map.of(),
                PAST.plusSeconds(3), PAST.plusSeconds(3)));
        MemoryThread elsewhere = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "Trip to Lisbon", Map.of(), PAST, PAST));

        ThreadQuery mine = ThreadQuery.resource(resource);
        assertEquals(List.of(trip.id()), threadIds(memory().listThreads(mine.search("LISBON"))));
        assertEquals(List.of(refund.id()), threadIds(memory().listThreads(mine.search("order #4"))));
        assertEquals(List.of(percent.id()), threadIds(memory().listThreads(mine.search("0%"))), "% is a plain character");
        assertEquals(List.of(), threadIds(memory().listThreads(mine.search("1%0"))), "% is not a wildcard");
        assertEquals(List.of(percent.id()), threadIds(memory().listThreads(mine.search("e_t"))), "_ is a plain character");
        assertEquals(List.of(percent.id()), threadIds(memory().listThreads(mine.search("'quoted' CAFÉ".replace("É", "é")))));
        assertEquals(List.of(byId.id()), threadIds(memory().listThreads(mine.search("xYz"))), "the id is searched too");
        assertEquals(List.of(), threadIds(memory().listThreads(mine.search("%' OR '1'='1"))));
        assertEquals(4, memory().listThreads(mine.search("")).total(), "an empty search is no filter");

        Page<MemoryThread> paged = memory().listThreads(mine.search("O").perPage(1));
        assertEquals(3, paged.total(), "the total counts the matches only (Refund for, Trip to, quoted): " + paged);
        assertTrue(paged.hasMore());
        List<String> everywhere = threadIds(memory().listThreads(ThreadQuery.all().search(trip.title()).perPage(ThreadQuery.MAX_PER_PAGE)));
        assertTrue(everywhere.containsAll(List.of(trip.id(), elsewhere.id())), "without a resource every resource's threads are searched");
        assertInvalid("query.search", () -> memory().listThreads(mine.search("a\0b")));
        assertInvalid("query.search", () -> memory().listThreads(mine.search("x".repeat(ThreadQuery.MAX_SEARCH_CHARS + 1))));
    }

    @Test
    default void threads_pagingEdges() {
        String resource = uid("resource");
        List<MemoryThread> t = fiveThreads(resource);
        ThreadQuery q = ThreadQuery.resource(resource).perPage(2);

        Page<MemoryThread> p0 = memory().listThreads(q.page(0));
        assertEquals(threadIdsAt(t, 4, 3), threadIds(p0));
        assertEquals(5, p0.total());
        assertTrue(p0.hasMore());
        assertEquals(2, p0.perPage());

        Page<MemoryThread> p1 = memory().listThreads(q.page(1));
        assertEquals(threadIdsAt(t, 2, 1), threadIds(p1));
        assertTrue(p1.hasMore());
        assertEquals(1, p1.page());

        Page<MemoryThread> last = memory().listThreads(q.page(2));
        assertEquals(threadIdsAt(t, 0), threadIds(last));
        assertFalse(last.hasMore(), "the last page has no more");
        assertEquals(5, last.total());

        for (int past : new int[] {3, 1000}) {
            Page<MemoryThread> beyond = memory().listThreads(q.page(past));
            assertEquals(List.of(), beyond.items(), "a page past the end is empty");
            assertEquals(5, beyond.total(), "total is still right past the end");
            assertFalse(beyond.hasMore());
        }

        Page<MemoryThread> exact = memory().listThreads(ThreadQuery.resource(resource).perPage(5));
        assertEquals(5, exact.items().size());
        assertFalse(exact.hasMore(), "a page that ends exactly at the last item has no more");
    }

    @Test
    default void threads_perPageOneVisitsEveryThreadOnce() {
        String resource = uid("resource");
        List<MemoryThread> t = fiveThreads(resource);
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            Page<MemoryThread> p = memory().listThreads(ThreadQuery.resource(resource).perPage(1).page(page));
            assertEquals(1, p.items().size());
            assertEquals(page < 4, p.hasMore(), "hasMore on page " + page);
            seen.addAll(threadIds(p));
        }
        assertEquals(threadIdsAt(t, 4, 3, 2, 1, 0), seen);
    }

    @Test
    default void threads_ordersByCreatedAtOrUpdatedAtInBothDirections() {
        String resource = uid("resource");
        List<MemoryThread> t = fiveThreads(resource);
        ThreadQuery q = ThreadQuery.resource(resource);
        assertEquals(threadIdsAt(t, 0, 1, 2, 3, 4), threadIds(memory().listThreads(q.orderBy(OrderField.CREATED_AT, SortDirection.ASC))));
        assertEquals(threadIdsAt(t, 4, 3, 2, 1, 0), threadIds(memory().listThreads(q.orderBy(OrderField.CREATED_AT, SortDirection.DESC))));
        // updatedAt runs the other way round
        assertEquals(threadIdsAt(t, 4, 3, 2, 1, 0), threadIds(memory().listThreads(q.orderBy(OrderField.UPDATED_AT, SortDirection.ASC))));
        assertEquals(threadIdsAt(t, 0, 1, 2, 3, 4), threadIds(memory().listThreads(q.orderBy(OrderField.UPDATED_AT, SortDirection.DESC))));
        // paging applies to the chosen order
        assertEquals(threadIdsAt(t, 2, 3),
                threadIds(memory().listThreads(q.orderBy(OrderField.UPDATED_AT, SortDirection.DESC).perPage(2).page(1))));
    }

    @Test
    default void threads_tiesAreOrderedByIdInTheSameDirection() {
        String resource = uid("resource");
        String prefix = uid("tie");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(prefix + "-" + i);
        }
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(3));
        for (String id : shuffled) {
            memory().saveThread(new MemoryThread(id, resource, "tie", Map.of(), THREAD_TIME, THREAD_TIME));
        }
        for (OrderField field : OrderField.values()) {
            ThreadQuery q = ThreadQuery.resource(resource).orderBy(field, SortDirection.ASC);
            assertEquals(ids, threadIds(memory().listThreads(q)), "ties by id ascending, " + field);
            List<String> desc = new ArrayList<>(ids);
            Collections.reverse(desc);
            assertEquals(desc, threadIds(memory().listThreads(q.orderBy(field, SortDirection.DESC))), "ties by id descending, " + field);
            // paging through ties neither skips nor repeats a thread
            List<String> paged = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                paged.addAll(threadIds(memory().listThreads(q.perPage(2).page(page))));
            }
            assertEquals(ids, paged, "pages over equal times, " + field);
        }
    }

    @Test
    default void threads_listsAcrossResourcesWhenNoResourceIsGiven() {
        String tag = uid("tag");
        MemoryThread a = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "a", map("tckTag", tag), THREAD_TIME, THREAD_TIME));
        MemoryThread b = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "b", map("tckTag", tag),
                THREAD_TIME.plusSeconds(1), THREAD_TIME.plusSeconds(1)));
        Page<MemoryThread> page = memory().listThreads(ThreadQuery.all().metadata(Map.of("tckTag", tag)));
        assertEquals(List.of(b.id(), a.id()), threadIds(page));
        assertEquals(2, page.total());
    }

    @Test
    default void threads_emptyListing() {
        Page<MemoryThread> page = memory().listThreads(ThreadQuery.resource(uid("nobody")));
        assertEquals(List.of(), page.items());
        assertEquals(0, page.total());
        assertFalse(page.hasMore());
    }

    // ---- metadata filter ------------------------------------------------------------------

    @Test
    default void threads_metadataFilterMatchesJsonValuesExactly() {
        String resource = uid("resource");
        MemoryThread x = memory().saveThread(new MemoryThread(uid("thread"), resource, "x",
                map("channel", "web", "priority", 3, "vip", true, "tag", "a_c", "score", 2.5, "nested", map("channel", "web")), THREAD_TIME, THREAD_TIME));
        MemoryThread y = memory().saveThread(new MemoryThread(uid("thread"), resource, "y",
                map("channel", "email", "priority", 1, "vip", false, "tag", "abc", "score", 1.5), THREAD_TIME.plusSeconds(1), THREAD_TIME));
        memory().saveThread(new MemoryThread(uid("thread"), resource, "z", Map.of(), THREAD_TIME.plusSeconds(2), THREAD_TIME));
        memory().saveThread(new MemoryThread(uid("thread"), resource, "n", map("channel", null, "priority", "3"), THREAD_TIME.plusSeconds(3), THREAD_TIME));

        assertFilter(resource, Map.of("channel", "web"), x);
        assertFilter(resource, Map.of("channel", "email"), y);
        assertFilter(resource, Map.of("priority", 3), x);
        assertFilter(resource, Map.of("priority", 3L), x);
        assertFilter(resource, Map.of("score", 2.5), x);
        assertFilter(resource, Map.of("vip", true), x);
        assertFilter(resource, Map.of("vip", false), y);
        assertFilter(resource, Map.of("vip", true, "channel", "web"), x);
        assertFilter(resource, Map.of("vip", true, "channel", "email"));
        assertFilter(resource, Map.of("doesNotExist", "web"));
        assertFilter(resource, Map.of("doesNotExist", false));
        assertFilter(resource, Map.of("channel", "we"));
        assertFilter(resource, Map.of("channel", "WEB"));
        // a number does not match the string "3" and the string does not match the number
        assertFilter(resource, Map.of("priority", 2));
        assertFilter(resource, Map.of("vip", "true"));
        // LIKE wildcards are plain characters
        assertFilter(resource, Map.of("tag", "a_c"), x);
        assertFilter(resource, Map.of("tag", "a%"));
        assertFilter(resource, Map.of("tag", "%"));
        // only top-level keys are filtered
        assertFilter(resource, Map.of("nested", "web"));
    }

    private void assertFilter(String resource, Map<String, Object> filter, MemoryThread... expected) {
        Page<MemoryThread> page = memory().listThreads(ThreadQuery.resource(resource).metadata(filter));
        List<String> want = java.util.Arrays.stream(expected).map(MemoryThread::id).toList();
        assertEquals(want, threadIds(page), "filter " + filter);
        assertEquals(want.size(), page.total(), "total for filter " + filter);
    }

    // ---- clone ----------------------------------------------------------------------------

    @Test
    default void threads_cloneCopiesThreadAndMessagesUnderNewIds() {
        MemoryThread source = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "Original",
                map("a", 1, "b", "keep"), THREAD_TIME, THREAD_TIME));
        List<Message> messages = saveMessages(source, 5, THREAD_TIME, Duration.ofSeconds(1));
        MemoryThread sourceBefore = memory().getThread(source.id()).orElseThrow();
        String newId = uid("clone");

        CloneResult c = memory().cloneThread(CloneRequest.of(source.id()).newThreadId(newId).metadata(map("b", "over", "c", true)));

        assertEquals(newId, c.thread().id());
        assertEquals(source.resourceId(), c.thread().resourceId(), "resource defaults to the source's");
        assertEquals("Clone of Original", c.thread().title(), "title defaults to 'Clone of ' + the source's");
        Map<String, Object> meta = c.thread().metadata();
        assertEquals(1, ((Number) meta.get("a")).intValue(), "source metadata is copied");
        assertEquals("over", meta.get("b"), "request metadata wins over the source's");
        assertEquals(true, meta.get("c"));
        assertTrue(meta.get("clone") instanceof Map, "metadata.clone records the source: " + meta);
        Map<?, ?> clone = (Map<?, ?>) meta.get("clone");
        assertEquals(source.id(), clone.get("sourceThreadId"));
        assertNotNull(clone.get("clonedAt"), "metadata.clone.clonedAt");
        assertRecent(c.thread().createdAt(), "clone createdAt");

        assertEquals(5, c.messages().size());
        List<Message> stored = memory().listMessages(MessageQuery.thread(newId)).items();
        assertEquals(ids(c.messages()), ids(stored), "returned messages are the stored ones, oldest first");
        for (int i = 0; i < 5; i++) {
            Message copy = stored.get(i);
            Message original = messages.get(i);
            assertFalse(ids(messages).contains(copy.id()), "clones get new message ids");
            assertEquals(newId, copy.threadId());
            assertEquals(original.role(), copy.role());
            assertEquals(original.type(), copy.type());
            assertEquals(original.content().json(), copy.content().json());
            assertSameInstant(original.createdAt(), copy.createdAt(), "clones keep message times");
        }
        assertEquals(ids(messages), ids(memory().listMessages(MessageQuery.thread(source.id()))), "the source keeps its messages");
        assertSameThread(sourceBefore, memory().getThread(source.id()).orElseThrow());
    }

    @Test
    default void threads_cloneWithLimitKeepsTheNewestMessages() {
        MemoryThread source = newThread();
        List<Message> messages = saveMessages(source, 6, THREAD_TIME, Duration.ofSeconds(1));
        CloneResult two = memory().cloneThread(CloneRequest.of(source.id()).messageLimit(2));
        assertEquals(List.of("message 4", "message 5"), two.messages().stream().map(Message::text).toList());
        assertEquals(2, memory().listMessages(MessageQuery.thread(two.thread().id())).total());
        assertSameInstant(messages.get(4).createdAt(), two.messages().get(0).createdAt(), "first kept message time");

        CloneResult none = memory().cloneThread(CloneRequest.of(source.id()).messageLimit(0));
        assertEquals(List.of(), none.messages());
        assertEquals(0, memory().listMessages(MessageQuery.thread(none.thread().id())).total());

        CloneResult more = memory().cloneThread(CloneRequest.of(source.id()).messageLimit(100));
        assertEquals(6, more.messages().size());
    }

    @Test
    default void threads_cloneWithoutNewIdGetsARandomOneAndCanOverrideResourceAndTitle() {
        MemoryThread source = newThread();
        saveMessages(source, 2, THREAD_TIME, Duration.ofSeconds(1));
        String otherResource = uid("resource");
        CloneResult c = memory().cloneThread(CloneRequest.of(source.id()).resourceId(otherResource).title("Branch"));
        assertNotNull(c.thread().id());
        assertNotEquals(source.id(), c.thread().id());
        assertEquals(otherResource, c.thread().resourceId());
        assertEquals("Branch", c.thread().title());
        assertSameThread(c.thread(), memory().getThread(c.thread().id()).orElseThrow());
        assertEquals(List.of(c.thread().id()), threadIds(memory().listThreads(ThreadQuery.resource(otherResource))));
        assertEquals(2, memory().listMessages(MessageQuery.thread(c.thread().id())).total());
    }

    @Test
    default void threads_cloneOntoAnExistingThreadIsAConflictAndChangesNothing() {
        MemoryThread source = newThread();
        saveMessages(source, 3, THREAD_TIME, Duration.ofSeconds(1));
        MemoryThread target = newThread();
        List<Message> targetMessages = saveMessages(target, 1, THREAD_TIME, Duration.ofSeconds(1));
        MemoryThread targetBefore = memory().getThread(target.id()).orElseThrow();
        ConflictException e = assertThrows(ConflictException.class,
                () -> memory().cloneThread(CloneRequest.of(source.id()).newThreadId(target.id())));
        assertEquals(ErrorCode.CONFLICT, e.code());
        assertSameThread(targetBefore, memory().getThread(target.id()).orElseThrow());
        assertEquals(ids(targetMessages), ids(memory().listMessages(MessageQuery.thread(target.id()))));
    }

    @Test
    default void threads_cloneOfAMissingThreadIsNotFound() {
        String newId = uid("clone");
        assertNotFound(() -> memory().cloneThread(CloneRequest.of(uid("missing")).newThreadId(newId)));
        assertTrue(memory().getThread(newId).isEmpty(), "nothing is created");
    }
}
