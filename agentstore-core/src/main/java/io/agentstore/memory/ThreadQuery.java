package io.agentstore.memory;

import java.util.Map;

import io.agentstore.SortDirection;
import io.agentstore.internal.Json;

/**
 * What {@link MemoryStore#listThreads} returns: the threads of one resource (or of all
 * resources when {@code resourceId} is null) whose metadata contains every entry of
 * {@code metadataFilter} (top-level keys, scalar values compared as JSON) and, when
 * {@code search} is set, whose title or id contains it (ignoring the case of ASCII letters;
 * {@code %} and {@code _} are plain characters), ordered by {@code orderBy} then id (both in
 * {@code direction}), one zero-based page at a time.
 *
 * <pre>{@code
 * Page<MemoryThread> recent = memory.listThreads(ThreadQuery.resource("user-42")
 *     .orderBy(ThreadQuery.OrderField.UPDATED_AT, SortDirection.DESC).perPage(20));
 * }</pre>
 */
public record ThreadQuery(String resourceId, Map<String, Object> metadataFilter, OrderField orderBy,
                          SortDirection direction, int page, int perPage, String search) {
    /** Default page size, as in Mastra. */
    public static final int DEFAULT_PER_PAGE = 100;
    /** Largest page a call may ask for. */
    public static final int MAX_PER_PAGE = 10_000;
    /** Longest search text, in characters. */
    public static final int MAX_SEARCH_CHARS = 1_000;

    /** The field a thread listing is sorted by. */
    public enum OrderField { CREATED_AT, UPDATED_AT }

    public ThreadQuery {
        metadataFilter = Json.immutableMap(metadataFilter);
        orderBy = orderBy == null ? OrderField.CREATED_AT : orderBy;
        direction = direction == null ? SortDirection.DESC : direction;
        search = search == null || search.isEmpty() ? null : search;
    }

    /** Threads of one resource, newest first, first page of {@value #DEFAULT_PER_PAGE}. */
    public static ThreadQuery resource(String resourceId) {
        return new ThreadQuery(resourceId, Map.of(), OrderField.CREATED_AT, SortDirection.DESC, 0, DEFAULT_PER_PAGE, null);
    }

    /** Threads of every resource. */
    public static ThreadQuery all() {
        return resource(null);
    }

    public ThreadQuery page(int newPage) {
        return new ThreadQuery(resourceId, metadataFilter, orderBy, direction, newPage, perPage, search);
    }

    public ThreadQuery perPage(int newPerPage) {
        return new ThreadQuery(resourceId, metadataFilter, orderBy, direction, page, newPerPage, search);
    }

    public ThreadQuery orderBy(OrderField field, SortDirection newDirection) {
        return new ThreadQuery(resourceId, metadataFilter, field, newDirection, page, perPage, search);
    }

    public ThreadQuery metadata(Map<String, Object> filter) {
        return new ThreadQuery(resourceId, filter, orderBy, direction, page, perPage, search);
    }

    /** Only threads whose title or id contains {@code text} (ASCII letters in any case); null or empty: all. */
    public ThreadQuery search(String text) {
        return new ThreadQuery(resourceId, metadataFilter, orderBy, direction, page, perPage, text);
    }
}
