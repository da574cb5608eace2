package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.agentstore.tck.TckSupport.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.agentstore.Page;
import io.agentstore.SortDirection;
import io.agentstore.memory.IncludeContext;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;

/**
 * Reading messages: paging both ways with exact totals, newest-N, inclusive date ranges,
 * several threads at once, the resource filter, include-with-context, and a stable order
 * for equal times.
 */
public interface MessageListingContract extends TckContext {
    Instant LISTING_TIME = Instant.parse("2024-07-01T08:00:00Z");
    Duration SECOND = Duration.ofSeconds(1);


    private List<Message> seven(MemoryThread t) {
        return saveMessages(t, 7, LISTING_TIME, SECOND);
    }

    @Test
    default void listing_defaultListingIsOldestFirstOnePage() {
        MemoryThread t = newThread();
        List<Message> m = seven(t);
        Page<Message> page = memory().listMessages(MessageQuery.thread(t.id()));
        assertEquals(ids(m), ids(page));
        assertEquals(7, page.total());
        assertEquals(0, page.page());
        assertEquals(MessageQuery.DEFAULT_PER_PAGE, page.perPage());
        assertFalse(page.hasMore());
        for (int i = 0; i < 7; i++) {
            assertSameMessage(m.get(i), page.items().get(i));
        }
    }

    @Test
    default void listing_pagesAscending() {
        MemoryThread t = newThread();
        List<Message> m = seven(t);
        MessageQuery q = MessageQuery.thread(t.id()).perPage(3);
        assertPage(memory().listMessages(q.page(0)), at(m, 0, 1, 2), 7, true);
        assertPage(memory().listMessages(q.page(1)), at(m, 3, 4, 5), 7, true);
        assertPage(memory().listMessages(q.page(2)), at(m, 6), 7, false);
        assertPage(memory().listMessages(q.page(3)), List.of(), 7, false);
        assertPage(memory().listMessages(q.page(99)), List.of(), 7, false);
        assertPage(memory().listMessages(MessageQuery.thread(t.id()).perPage(7)), ids(m), 7, false);
        assertPage(memory().listMessages(MessageQuery.thread(t.id()).perPage(6)), at(m, 0, 1, 2, 3, 4, 5), 7, true);
    }

    @Test
    default void listing_pagesDescending() {
        MemoryThread t = newThread();
        List<Message> m = seven(t);
        MessageQuery q = MessageQuery.thread(t.id()).direction(SortDirection.DESC).perPage(3);
        assertPage(memory().listMessages(q.page(0)), at(m, 6, 5, 4), 7, true);
        assertPage(memory().listMessages(q.page(1)), at(m, 3, 2, 1), 7, true);
        assertPage(memory().listMessages(q.page(2)), at(m, 0), 7, false);
        assertPage(memory().listMessages(q.page(3)), List.of(), 7, false);
    }

    @Test
    default void listing_perPageOneVisitsEveryMessageOnce() {
        MemoryThread t = newThread();
        List<Message> m = seven(t);
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 7; page++) {
            Page<Message> p = memory().listMessages(MessageQuery.thread(t.id()).perPage(1).page(page));
            assertEquals(page < 6, p.hasMore(), "hasMore on page " + page);
            assertEquals(7, p.total());
            seen.addAll(ids(p));
        }
        assertEquals(ids(m), seen);
    }

    @Test
    default void listing_lastReturnsTheNewestOldestFirst() {
        MemoryThread t = newThread();
        List<Message> m = seven(t);
        MessageQuery q = MessageQuery.thread(t.id());
        // hasMore is exact; total is counted only when nothing is left behind, else it is -1
        Page<Message> three = memory().listMessages(q.last(3));
        assertEquals(at(m, 4, 5, 6), ids(three));
        assertTrue(three.hasMore(), "older messages are left");
        assertEquals(-1, three.total(), "total is not counted while more messages are behind");
        Page<Message> all = memory().listMessages(q.last(7));
        assertEquals(ids(m), ids(all));
        assertFalse(all.hasMore());
        assertEquals(7, all.total(), "with nothing behind, total is the number of items");
        Page<Message> beyond = memory().listMessages(q.last(100));
        assertEquals(ids(m), ids(beyond), "n larger than the thread returns it all");
        assertFalse(beyond.hasMore());
        assertEquals(7, beyond.total());
        Page<Message> none = memory().listMessages(q.last(0));
        assertEquals(List.of(), none.items(), "last(0) returns nothing");
        assertTrue(none.hasMore());
        assertEquals(at(m, 5, 6), ids(memory().listMessages(q.perPage(3).page(2).last(2))), "last overrides paging");
        assertEquals(at(m, 5, 6), ids(memory().listMessages(q.direction(SortDirection.DESC).last(2))),
                "last is oldest first whatever the direction");
    }

    @Test
    default void listing_dateRangesAreInclusive() {
        MemoryThread t = newThread();
        List<Message> m = seven(t);
        MessageQuery q = MessageQuery.thread(t.id());
        Instant t2 = m.get(2).createdAt();
        Instant t4 = m.get(4).createdAt();
        Page<Message> middle = memory().listMessages(q.between(t2, t4));
        assertEquals(at(m, 2, 3, 4), ids(middle));
        assertEquals(3, middle.total(), "total counts only the range");
        assertEquals(at(m, 2, 3, 4, 5, 6), ids(memory().listMessages(q.between(t2, null))));
        assertEquals(at(m, 0, 1, 2), ids(memory().listMessages(q.between(null, t2))));
        assertEquals(at(m, 3), ids(memory().listMessages(q.between(t2.plusMillis(1), t4.minusMillis(1)))));
        assertEquals(at(m, 4), ids(memory().listMessages(q.between(t4, t4))), "from == to selects that instant");
        assertEquals(List.of(), ids(memory().listMessages(q.between(t4, t2))), "an empty range");
        assertEquals(at(m, 3, 4), ids(memory().listMessages(q.between(t2, t4).last(2))));
        assertEquals(at(m, 4, 3), ids(memory().listMessages(q.between(t2, t4).direction(SortDirection.DESC).perPage(2))));
    }

    @Test
    default void listing_severalThreadsInterleaveByTime() {
        MemoryThread a = newThread();
        MemoryThread b = newThread(a.resourceId());
        List<Message> ma = saveMessages(a, 3, LISTING_TIME, Duration.ofSeconds(2));
        List<Message> mb = saveMessages(b, 3, LISTING_TIME.plusSeconds(1), Duration.ofSeconds(2));
        List<String> expected = List.of(ma.get(0).id(), mb.get(0).id(), ma.get(1).id(), mb.get(1).id(), ma.get(2).id(), mb.get(2).id());
        Page<Message> both = memory().listMessages(MessageQuery.threads(List.of(a.id(), b.id())));
        assertEquals(expected, ids(both));
        assertEquals(6, both.total());
        assertEquals(expected.subList(3, 6), ids(memory().listMessages(MessageQuery.threads(List.of(b.id(), a.id())).last(3))));
        assertEquals(ids(ma), ids(memory().listMessages(MessageQuery.threads(List.of(a.id(), uid("missing"))))));
        assertEquals(ids(ma), ids(memory().listMessages(MessageQuery.threads(List.of(a.id(), a.id())))), "a repeated thread id counts once");
    }

    @Test
    default void listing_resourceFilterSelectsMessagesOfThatResource() {
        MemoryThread t = newThread();
        String other = uid("resource");
        List<Message> m = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Message x = message(uid("msg"), t, LISTING_TIME.plusSeconds(i), "m" + i);
            m.add(i % 2 == 0 ? x : x.withThread(t.id(), other));
        }
        memory().saveMessages(m);
        Page<Message> mine = memory().listMessages(MessageQuery.thread(t.id()).resource(t.resourceId()));
        assertEquals(at(m, 0, 2), ids(mine));
        assertEquals(2, mine.total());
        assertEquals(at(m, 1, 3), ids(memory().listMessages(MessageQuery.thread(t.id()).resource(other))));
        assertEquals(List.of(), ids(memory().listMessages(MessageQuery.thread(t.id()).resource(uid("nobody")))));
    }

    @Test
    default void listing_emptyAndMissingThreadsListNothing() {
        MemoryThread t = newThread();
        for (String id : List.of(t.id(), uid("missing"))) {
            Page<Message> p = memory().listMessages(MessageQuery.thread(id));
            assertEquals(List.of(), p.items());
            assertEquals(0, p.total());
            assertFalse(p.hasMore());
            Page<Message> last = memory().listMessages(MessageQuery.thread(id).last(5));
            assertEquals(List.of(), last.items());
            assertEquals(0, last.total());
            assertFalse(last.hasMore());
        }
    }

    // ---- include with context ----------------------------------------------------------------

    @Test
    default void listing_includeAddsAMessageWithItsNeighbours() {
        MemoryThread t = newThread();
        List<Message> m = saveMessages(t, 10, LISTING_TIME, SECOND);
        Page<Message> p = memory().listMessages(MessageQuery.thread(t.id()).last(2).include(IncludeContext.of(m.get(4).id(), 2, 1)));
        assertEquals(at(m, 2, 3, 4, 5, 8, 9), ids(p), "context merged in time order");
        assertTrue(p.hasMore(), "included messages do not change hasMore");
        assertSameMessage(m.get(4), p.items().get(2));
        Page<Message> paged = memory().listMessages(MessageQuery.thread(t.id()).perPage(2).page(4).include(IncludeContext.of(m.get(4).id(), 2, 1)));
        assertEquals(at(m, 2, 3, 4, 5, 8, 9), ids(paged));
        assertEquals(10, paged.total(), "included messages do not count in total");
        assertFalse(paged.hasMore());
    }

    @Test
    default void listing_includeDoesNotDuplicateMessagesOfThePage() {
        MemoryThread t = newThread();
        List<Message> m = saveMessages(t, 10, LISTING_TIME, SECOND);
        Page<Message> p = memory().listMessages(MessageQuery.thread(t.id()).last(3)
                .include(IncludeContext.of(m.get(8).id(), 2, 5), IncludeContext.of(m.get(5).id(), 0, 1)));
        assertEquals(at(m, 5, 6, 7, 8, 9), ids(p));
    }

    @Test
    default void listing_includeStopsAtTheEdgesOfTheThread() {
        MemoryThread t = newThread();
        List<Message> m = saveMessages(t, 10, LISTING_TIME, SECOND);
        Page<Message> p = memory().listMessages(MessageQuery.thread(t.id()).last(1)
                .include(IncludeContext.of(m.get(0).id(), 5, 1), IncludeContext.of(m.get(9).id(), 1, 5)));
        assertEquals(at(m, 0, 1, 8, 9), ids(p));
        Page<Message> alone = memory().listMessages(MessageQuery.thread(t.id()).last(1).include(IncludeContext.of(m.get(3).id(), 0, 0)));
        assertEquals(at(m, 3, 9), ids(alone));
    }

    @Test
    default void listing_includeTakesContextFromTheMessagesOwnThread() {
        MemoryThread a = newThread();
        MemoryThread b = newThread(a.resourceId());
        List<Message> ma = saveMessages(a, 4, LISTING_TIME, Duration.ofSeconds(10));
        List<Message> mb = saveMessages(b, 5, LISTING_TIME.plusSeconds(1), Duration.ofSeconds(10));
        Page<Message> p = memory().listMessages(MessageQuery.thread(a.id()).last(1).include(IncludeContext.of(mb.get(2).id(), 1, 1)));
        // b's messages 1..3 come with the hit (none of a's), merged by time with a's newest
        assertEquals(List.of(mb.get(1).id(), mb.get(2).id(), ma.get(3).id(), mb.get(3).id()), ids(p));
        Page<Message> all = memory().listMessages(MessageQuery.thread(a.id()).include(IncludeContext.of(mb.get(2).id(), 1, 1)));
        assertEquals(4, all.total(), "only the thread's own messages count");
        assertEquals(7, all.items().size());
    }

    @Test
    default void listing_includeWorksWithDescendingPages() {
        MemoryThread t = newThread();
        List<Message> m = saveMessages(t, 10, LISTING_TIME, SECOND);
        Page<Message> p = memory().listMessages(MessageQuery.thread(t.id()).direction(SortDirection.DESC).perPage(2)
                .include(IncludeContext.of(m.get(2).id(), 1, 0)));
        assertEquals(at(m, 9, 8, 2, 1), ids(p), "merged in the query's order");
        assertEquals(10, p.total());
        assertTrue(p.hasMore());
    }

    // ---- ordering ties -------------------------------------------------------------------------

    @Test
    default void listing_equalTimesAreOrderedByIdOnEveryCall() {
        MemoryThread t = newThread();
        String prefix = uid("tie");
        List<Message> m = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            m.add(message(String.format("%s-%02d", prefix, i), t, LISTING_TIME, "tie " + i));
        }
        List<Message> shuffled = new ArrayList<>(m);
        Collections.shuffle(shuffled, new Random(11));
        for (int i = 0; i < shuffled.size(); i += 5) {
            memory().saveMessages(shuffled.subList(i, i + 5));
        }
        List<String> asc = ids(m);
        List<String> desc = new ArrayList<>(asc);
        Collections.reverse(desc);
        for (int call = 0; call < 3; call++) {
            assertEquals(asc, ids(memory().listMessages(MessageQuery.thread(t.id()))), "ascending ties by id, call " + call);
            assertEquals(desc, ids(memory().listMessages(MessageQuery.thread(t.id()).direction(SortDirection.DESC))),
                    "descending ties by id, call " + call);
            assertEquals(asc.subList(15, 20), ids(memory().listMessages(MessageQuery.thread(t.id()).last(5))), "last(5) over ties");
        }
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(ids(memory().listMessages(MessageQuery.thread(t.id()).perPage(7).page(page))));
        }
        assertEquals(asc, paged, "pages over equal times neither skip nor repeat");
        assertEquals(asc, ids(memory().getMessages(shuffled.stream().map(Message::id).toList())), "getMessages orders ties by id");
    }

    @Test
    default void listing_messagesCreatedInATightLoopKeepTheirOrder() {
        MemoryThread t = newThread();
        List<Message> created = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // random ids: only the creation times can give the order back
            created.add(Message.user(uid("loop"), t.id(), t.resourceId(), "turn " + i));
        }
        List<Message> shuffled = new ArrayList<>(created);
        Collections.shuffle(shuffled, new Random(5));
        for (int i = 0; i < shuffled.size(); i += 10) {
            memory().saveMessages(shuffled.subList(i, i + 10));
        }
        assertEquals(ids(created), ids(memory().listMessages(MessageQuery.thread(t.id()).perPage(100))));
        assertEquals(ids(created).subList(60, 100), ids(memory().listMessages(MessageQuery.thread(t.id()).last(40))));
    }

    private static void assertPage(Page<Message> page, List<String> expectedIds, long total, boolean hasMore) {
        assertEquals(expectedIds, ids(page), "items");
        assertEquals(total, page.total(), "total");
        assertEquals(hasMore, page.hasMore(), "hasMore");
    }
}
