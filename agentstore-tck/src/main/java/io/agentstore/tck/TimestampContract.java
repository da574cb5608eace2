package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.agentstore.tck.TckSupport.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageQuery;
import io.agentstore.memory.ThreadQuery;
import io.agentstore.workflow.RunQuery;

/**
 * Times are instants in UTC, kept to at least the millisecond, whatever the JVM's default
 * time zone, across the whole range the API accepts, and they sort as times. One test sets
 * the JVM's default time zone for a moment (and restores it), so do not run the kit in
 * parallel with other tests of the same JVM.
 */
public interface TimestampContract extends TckContext {
    /** Instants that break naive conversions: the epoch, just before it, far past and future, a DST gap and overlap. */
    List<Instant> TRICKY = List.of(
            Instant.parse("1970-01-01T00:00:00Z"),
            Instant.parse("1969-12-31T23:59:59.999Z"),
            Instant.parse("1900-01-01T00:00:00.001Z"),
            Instant.parse("2999-12-31T23:59:59.999Z"),
            Instant.parse("2021-03-14T02:30:00.250Z"),
            Instant.parse("2021-11-07T01:30:00.750Z"),
            Instant.parse("2024-02-29T23:59:59.999Z"),
            Instant.parse("2016-12-31T23:59:59.500Z"));


    @Test
    default void times_instantsRoundTripToTheMillisecond() {
        // microseconds and nanoseconds may be kept or dropped; milliseconds must survive
        Instant precise = Instant.parse("2024-05-05T05:05:05.123456Z");
        Instant nanos = Instant.parse("2024-05-05T05:05:05.987654321Z");
        MemoryThread t = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "t", Map.of(), precise, nanos));
        MemoryThread read = memory().getThread(t.id()).orElseThrow();
        assertSameInstant(precise, read.createdAt(), "createdAt");
        assertEquals(Instant.parse("2024-05-05T05:05:05.987Z"), read.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        Message m = message(uid("msg"), t, precise, "x");
        memory().saveMessages(List.of(m));
        assertSameInstant(precise, memory().getMessages(List.of(m.id())).get(0).createdAt(), "message createdAt");

        MemoryResource r = new MemoryResource(uid("resource"), "wm", Map.of(), precise, nanos);
        memory().saveResource(r);
        assertSameResource(r, memory().getResource(r.id()).orElseThrow());
    }

    @Test
    default void times_trickyInstantsRoundTripAndSort() {
        roundTripAll(TRICKY);
    }

    @Test
    default void times_theWholeAcceptedRangeRoundTrips() {
        // core accepts years 0001 to 9999; a backend must store what core accepts
        roundTripAll(List.of(Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("1582-10-10T12:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999Z")));
    }

    private void roundTripAll(List<Instant> instants) {
        String resource = uid("resource");
        MemoryThread holder = newThread(resource);
        List<Message> messages = new ArrayList<>();
        for (Instant at : instants) {
            MemoryThread t = new MemoryThread(uid("thread"), resource, at.toString(), Map.of(), at, at);
            memory().saveThread(t);
            assertSameThread(t, memory().getThread(t.id()).orElseThrow());
            MemoryResource r = new MemoryResource(uid("resource"), at.toString(), Map.of(), at, at);
            memory().saveResource(r);
            assertSameResource(r, memory().getResource(r.id()).orElseThrow());
            messages.add(message(uid("msg"), holder, at, at.toString()));
        }
        memory().saveMessages(messages);
        List<Message> sorted = new ArrayList<>(messages);
        sorted.sort(java.util.Comparator.comparing(Message::createdAt));
        List<Message> read = memory().listMessages(MessageQuery.thread(holder.id())).items();
        assertEquals(ids(sorted), ids(read), "messages sort by time, not by text");
        for (int i = 0; i < sorted.size(); i++) {
            assertSameInstant(sorted.get(i).createdAt(), read.get(i).createdAt(), "message createdAt " + sorted.get(i).text());
            Instant at = sorted.get(i).createdAt();
            assertEquals(List.of(sorted.get(i).id()), ids(memory().listMessages(MessageQuery.thread(holder.id()).between(at, at))),
                    "an exact range finds " + at);
        }
        List<MemoryThread> threads = memory().listThreads(ThreadQuery.resource(resource)
                .orderBy(ThreadQuery.OrderField.CREATED_AT, io.agentstore.SortDirection.ASC)).items();
        List<Instant> expected = new ArrayList<>(instants);
        expected.add(PAST);
        expected.sort(null);
        assertEquals(expected.stream().map(x -> x.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).toList(),
                threads.stream().map(x -> x.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).toList(), "threads sort by time");
    }

    @Test
    default void times_messagesAMillisecondApartSortByTime() {
        MemoryThread t = newThread();
        Instant base = Instant.parse("2024-01-01T00:00:00.500Z");
        List<Message> m = new ArrayList<>();
        String prefix = uid("ms");
        for (int i = 0; i < 10; i++) {
            // ids run backwards so that only the times give the right order
            m.add(message(prefix + "-" + (9 - i), t, base.plusMillis(i), "m" + i));
        }
        memory().saveMessages(m);
        assertEquals(ids(m), ids(memory().listMessages(MessageQuery.thread(t.id()))));
        assertEquals(at(m, 3, 4, 5), ids(memory().listMessages(MessageQuery.thread(t.id()).between(base.plusMillis(3), base.plusMillis(5)))));
    }

    @Test
    default void times_theDefaultTimeZoneDoesNotMatter() throws Throwable {
        String resource = uid("resource");
        List<MemoryThread> threads = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        MemoryThread holder = newThread(resource);
        String[] zones = {"Pacific/Kiritimati", "America/St_Johns", "America/New_York", "Asia/Kathmandu"};
        // write each instant under a different default zone ...
        for (int i = 0; i < TRICKY.size(); i++) {
            Instant at = TRICKY.get(i);
            withDefaultTimeZone(zones[i % zones.length], () -> {
                MemoryThread t = new MemoryThread(uid("thread"), resource, at.toString(), Map.of(), at, at);
                memory().saveThread(t);
                threads.add(t);
                Message m = message(uid("msg"), holder, at, at.toString());
                memory().saveMessages(List.of(m));
                messages.add(m);
            });
        }
        String wf = uid("wf");
        withDefaultTimeZone("Pacific/Kiritimati", () -> workflows().persistSnapshot(wf, "run-1", null, "{\"status\":\"running\"}"));
        Instant runCreated = workflows().getRun(wf, "run-1").orElseThrow().createdAt();
        // ... and read everything back under others
        for (String zone : new String[] {"Pacific/Kiritimati", "America/St_Johns", "UTC"}) {
            withDefaultTimeZone(zone, () -> {
                for (MemoryThread t : threads) {
                    assertSameThread(t, memory().getThread(t.id()).orElseThrow());
                }
                for (Message m : messages) {
                    assertSameMessage(m, memory().getMessages(List.of(m.id())).get(0));
                    assertEquals(List.of(m.id()), ids(memory().listMessages(MessageQuery.thread(holder.id()).between(m.createdAt(), m.createdAt()))),
                            "a range query in " + zone + " finds " + m.createdAt());
                }
                assertSameInstant(runCreated, workflows().getRun(wf, "run-1").orElseThrow().createdAt(), "run createdAt in " + zone);
                assertEquals(1, workflows().listRuns(RunQuery.workflow(wf).between(runCreated, runCreated)).total(),
                        "a run range query in " + zone);
            });
        }
        assertRecent(runCreated, "a run created now is stamped now, in UTC");
    }
}
