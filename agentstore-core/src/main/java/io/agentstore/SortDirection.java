package io.agentstore;

/**
 * Order of a listing.
 *
 * <pre>{@code
 * memory.listThreads(ThreadQuery.resource("user-42").orderBy(ThreadQuery.OrderField.UPDATED_AT, SortDirection.DESC));
 * }</pre>
 */
public enum SortDirection {
    ASC,
    DESC
}
