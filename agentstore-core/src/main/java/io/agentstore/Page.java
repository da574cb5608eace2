package io.agentstore;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing. {@code page} is zero-based, {@code total} counts every match of the
 * query (not only this page) and {@code hasMore} tells whether a later page has items.
 * {@code total} is {@code -1} where a listing does not count (newest-N message reads with
 * more messages behind them: see {@code MessageQuery.last}).
 *
 * <pre>{@code
 * Page<MemoryThread> p = memory.listThreads(ThreadQuery.resource("user-42").perPage(20));
 * while (true) { p.items().forEach(System.out::println); if (!p.hasMore()) break;
 *     p = memory.listThreads(ThreadQuery.resource("user-42").perPage(20).page(p.page() + 1)); }
 * }</pre>
 */
public record Page<T>(List<T> items, long total, int page, int perPage, boolean hasMore) {
    public Page {
        items = List.copyOf(items);
    }

    /** The same page with every item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), total, page, perPage, hasMore);
    }
}
