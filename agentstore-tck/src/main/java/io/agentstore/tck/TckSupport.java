package io.agentstore.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agentstore.Page;
import io.agentstore.error.ErrorCode;
import io.agentstore.error.InvalidInputException;
import io.agentstore.error.NotFoundException;
import io.agentstore.memory.MemoryResource;
import io.agentstore.memory.MemoryThread;
import io.agentstore.memory.Message;
import io.agentstore.memory.MessageContent;

/**
 * Fresh ids, fixtures and the assertions the contracts share: they compare what a user can
 * rely on, so times are equal to the millisecond (a backend may keep more), JSON values are
 * equal as JSON (any key order), and message content is equal byte for byte.
 *
 * <pre>{@code
 * MemoryThread t = memory().saveThread(new MemoryThread(uid("thread"), uid("resource"), "t", Map.of(), PAST, PAST));
 * assertSameThread(t, memory().getThread(t.id()).orElseThrow());
 * }</pre>
 */
public final class TckSupport {
    /** A time safely in the past: threads created at it show whether a write touched {@code updatedAt}. */
    public static final Instant PAST = Instant.parse("2020-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TckSupport() {
    }

    /**
     * A fresh id: the prefix, a dash and 16 random lowercase hex digits. Ids made only of
     * these characters sort the same under every database collation.
     */
    public static String uid(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A v2 text message of {@code thread} created at {@code at}. */
    public static Message message(String id, MemoryThread thread, Instant at, String text) {
        return new Message(id, thread.id(), thread.resourceId(), Message.USER, Message.TYPE_V2, MessageContent.ofText(text), at);
    }

    public static List<String> ids(List<Message> messages) {
        return messages.stream().map(Message::id).toList();
    }

    public static List<String> ids(Page<Message> page) {
        return ids(page.items());
    }

    public static List<String> threadIds(Page<MemoryThread> page) {
        return page.items().stream().map(MemoryThread::id).toList();
    }

    /** The ids of {@code messages} at the given positions. */
    public static List<String> at(List<Message> messages, int... positions) {
        List<String> out = new ArrayList<>();
        for (int p : positions) {
            out.add(messages.get(p).id());
        }
        return out;
    }

    /** A metadata map that may hold null values (which {@code Map.of} cannot). */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Metadata using every JSON shape: nested maps and lists, numbers, booleans, nulls, empty values. */
    public static Map<String, Object> richMetadata() {
        List<Object> list = new ArrayList<>();
        list.add("x");
        list.add(1);
        list.add(2.5);
        list.add(true);
        list.add(null);
        list.add(map("deep", List.of(map("deeper", false))));
        return map("string", "value", "int", 42, "negative", -7, "zero", 0, "long", 1_234_567_890_123L,
                "double", 3.25, "small", 0.001, "true", true, "false", false, "nullValue", null, "empty", "",
                "list", list, "emptyList", List.of(), "emptyMap", Map.of(),
                "nested", map("a", map("b", List.of(1, "two", map("c", null)))), "ключ", "值");
    }

    // ---- assertions ----------------------------------------------------------------------

    /** Equal to the millisecond: a backend must keep at least milliseconds and may keep more. */
    public static void assertSameInstant(Instant expected, Instant actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
            return;
        }
        assertEquals(expected.truncatedTo(ChronoUnit.MILLIS), actual.truncatedTo(ChronoUnit.MILLIS), what);
    }

    /** {@code t} lies within a few minutes of this machine's clock (a server's clock may differ a little). */
    public static void assertRecent(Instant t, String what) {
        Instant now = Instant.now();
        assertTrue(t != null && t.isAfter(now.minus(Duration.ofMinutes(10))) && t.isBefore(now.plus(Duration.ofMinutes(10))),
                what + " should be about now (" + now + ") but is " + t);
    }

    /** {@code later} is strictly after {@code earlier}. */
    public static void assertAfter(Instant earlier, Instant later, String what) {
        assertTrue(later != null && later.isAfter(earlier), what + " should be after " + earlier + " but is " + later);
    }

    /** Two JSON values (text or objects) are equal as JSON: same keys and values, any key order. */
    public static void assertJsonEquals(Object expected, Object actual, String what) {
        assertEquals(tree(expected), tree(actual), what);
    }

    public static JsonNode tree(Object value) {
        try {
            String text = value instanceof String s ? s : JSON.writeValueAsString(value);
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static void assertSameThread(MemoryThread expected, MemoryThread actual) {
        assertEquals(expected.id(), actual.id(), "thread id");
        assertEquals(expected.resourceId(), actual.resourceId(), "thread resourceId");
        assertEquals(expected.title(), actual.title(), "thread title");
        assertJsonEquals(expected.metadata(), actual.metadata(), "thread metadata");
        assertSameInstant(expected.createdAt(), actual.createdAt(), "thread createdAt");
        assertSameInstant(expected.updatedAt(), actual.updatedAt(), "thread updatedAt");
    }

    public static void assertSameMessage(Message expected, Message actual) {
        assertEquals(expected.id(), actual.id(), "message id");
        assertEquals(expected.threadId(), actual.threadId(), "message threadId");
        assertEquals(expected.resourceId(), actual.resourceId(), "message resourceId");
        assertEquals(expected.role(), actual.role(), "message role");
        assertEquals(expected.type(), actual.type(), "message type");
        assertEquals(expected.content().json(), actual.content().json(), "message content must be kept byte for byte");
        assertSameInstant(expected.createdAt(), actual.createdAt(), "message createdAt");
    }

    public static void assertSameResource(MemoryResource expected, MemoryResource actual) {
        assertEquals(expected.id(), actual.id(), "resource id");
        assertEquals(expected.workingMemory(), actual.workingMemory(), "resource workingMemory");
        assertJsonEquals(expected.metadata(), actual.metadata(), "resource metadata");
        assertSameInstant(expected.createdAt(), actual.createdAt(), "resource createdAt");
        assertSameInstant(expected.updatedAt(), actual.updatedAt(), "resource updatedAt");
    }

    /** The call is rejected with {@link InvalidInputException} naming {@code field}. */
    public static InvalidInputException assertInvalid(String field, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call, "expected " + field + " to be rejected");
        assertEquals(ErrorCode.INVALID_INPUT, e.code(), "code of " + e);
        assertEquals(field, e.field(), "field named by " + e);
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the error says why");
        return e;
    }

    public static NotFoundException assertNotFound(Executable call) {
        NotFoundException e = assertThrows(NotFoundException.class, call);
        assertEquals(ErrorCode.NOT_FOUND, e.code(), "code of " + e);
        return e;
    }

    // ---- concurrency and environment -----------------------------------------------------

    /** Work done by one of several concurrent workers. */
    @FunctionalInterface
    public interface Worker {
        void run(int worker) throws Exception;
    }

    /**
     * Runs {@code workers} copies of {@code work} at the same moment (released together by a
     * latch) and fails with the first worker's error, if any.
     */
    public static void concurrently(int workers, Worker work) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int w = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    work.run(w);
                    return null;
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            for (Future<?> f : futures) {
                try {
                    f.get(5, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new AssertionError("a concurrent worker failed: " + cause, cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        } catch (java.util.concurrent.TimeoutException e) {
            fail("concurrent workers did not finish within 5 minutes");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code body} with the JVM's default time zone set to {@code zone}, then restores it. */
    public static void withDefaultTimeZone(String zone, Executable body) throws Throwable {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            body.execute();
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
