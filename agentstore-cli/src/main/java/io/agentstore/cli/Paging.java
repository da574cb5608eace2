package io.agentstore.cli;

import io.agentstore.Page;

/** The one-line paging summary under a human listing, e.g. "Showing 1-20 of 45 threads (page 0)". */
final class Paging {
    private Paging() {
    }

    static String summary(Page<?> p, String one, String many) {
        if (p.items().isEmpty()) {
            return "No " + many + " on page " + p.page() + " (" + p.total() + " in total)";
        }
        long from = (long) p.page() * p.perPage() + 1;
        long to = from + p.items().size() - 1;
        String noun = p.total() == 1 ? one : many;
        if (from == 1 && !p.hasMore()) {
            return p.total() + " " + noun;
        }
        return "Showing " + from + "-" + to + " of " + p.total() + " " + noun + " (page " + p.page() + ")";
    }
}
