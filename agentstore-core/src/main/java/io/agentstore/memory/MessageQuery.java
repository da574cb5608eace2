package io.agentstore.memory;

import java.time.Instant;
import java.util.List;

import io.agentstore.SortDirection;

/**
 * What {@link MemoryStore#listMessages} returns.
 *
 * <ul>
 * <li>{@code threadIds}: one or more threads (required); {@code resourceId}: optional filter.</li>
 * <li>{@code from}/{@code to}: optional bounds on {@code createdAt}, both inclusive.</li>
 * <li>Paging: {@code page} (zero-based) and {@code perPage} over the matches sorted by
 *     {@code createdAt} then id in {@code direction}; items come back in that order.</li>
 * <li>{@code last(n)}: the newest {@code n} matches, returned oldest first (what an agent
 *     puts before a model call); it overrides paging. Its cost does not grow with the thread:
 *     {@code hasMore} is exact, but {@code total} is only counted when there is nothing more
 *     (then it is the number of items); otherwise it is {@code -1}. Page through the thread
 *     when the total is needed.</li>
 * <li>{@code include}: extra messages with their neighbours, merged into the items without
 *     duplicates and in the same order; they do not count in {@code total}.</li>
 * </ul>
 *
 * <pre>{@code
 * Page<Message> window = memory.listMessages(MessageQuery.thread("t1").last(40));
 * Page<Message> second = memory.listMessages(MessageQuery.thread("t1").perPage(50).page(1));
 * }</pre>
 */
public record MessageQuery(List<String> threadIds, String resourceId, Instant from, Instant to,
                           SortDirection direction, int page, int perPage, Integer last,
                           List<IncludeContext> include) {
    public static final int DEFAULT_PER_PAGE = 40;
    public static final int MAX_PER_PAGE = 10_000;

    public MessageQuery {
        // copied without List.copyOf, which throws on a null element: a null id must reach the
        // validation as an InvalidInputException naming the field, not as a NullPointerException
        threadIds = threadIds == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(threadIds));
        include = include == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(include));
        direction = direction == null ? SortDirection.ASC : direction;
    }

    /** All messages of one thread, oldest first, first page of {@value #DEFAULT_PER_PAGE}. */
    public static MessageQuery thread(String threadId) {
        return threads(List.of(threadId));
    }

    /** Messages of several threads together. */
    public static MessageQuery threads(List<String> threadIds) {
        return new MessageQuery(threadIds, null, null, null, SortDirection.ASC, 0, DEFAULT_PER_PAGE, null, List.of());
    }

    /** The newest {@code n} messages, returned oldest first. */
    public MessageQuery last(int n) {
        return new MessageQuery(threadIds, resourceId, from, to, direction, page, perPage, n, include);
    }

    public MessageQuery page(int newPage) {
        return new MessageQuery(threadIds, resourceId, from, to, direction, newPage, perPage, last, include);
    }

    public MessageQuery perPage(int newPerPage) {
        return new MessageQuery(threadIds, resourceId, from, to, direction, page, newPerPage, last, include);
    }

    public MessageQuery direction(SortDirection newDirection) {
        return new MessageQuery(threadIds, resourceId, from, to, newDirection, page, perPage, last, include);
    }

    public MessageQuery resource(String newResourceId) {
        return new MessageQuery(threadIds, newResourceId, from, to, direction, page, perPage, last, include);
    }

    /** Only messages created in [{@code newFrom}, {@code newTo}]; either bound may be null. */
    public MessageQuery between(Instant newFrom, Instant newTo) {
        return new MessageQuery(threadIds, resourceId, newFrom, newTo, direction, page, perPage, last, include);
    }

    public MessageQuery include(IncludeContext... contexts) {
        List<IncludeContext> all = new java.util.ArrayList<>(include);
        all.addAll(List.of(contexts));
        return new MessageQuery(threadIds, resourceId, from, to, direction, page, perPage, last, all);
    }
}
