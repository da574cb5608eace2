package io.agentstore.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Hands out creation times for new messages that strictly increase per thread (millisecond
 * steps, Mastra's own rule), so messages written in the same millisecond keep their order on
 * every backend. Threads are hashed into a fixed number of slots: a collision only advances
 * a clock by a millisecond more, never breaks the order, and memory stays bounded.
 */
public final class MessageClock {
    private static final int SLOTS = 4096;
    private static final AtomicLongArray LAST = new AtomicLongArray(SLOTS);

    private MessageClock() {
    }

    public static Instant next(String threadId) {
        int slot = threadId == null ? 0 : (threadId.hashCode() & 0x7fffffff) % SLOTS;
        long now = System.currentTimeMillis();
        while (true) {
            long last = LAST.get(slot);
            long next = Math.max(now, last + 1);
            if (LAST.compareAndSet(slot, last, next)) {
                return Instant.ofEpochMilli(next);
            }
        }
    }
}
