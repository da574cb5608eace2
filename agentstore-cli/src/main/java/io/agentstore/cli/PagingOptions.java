package io.agentstore.cli;

import picocli.CommandLine.Option;

/** {@code --page} and {@code --per-page}, shared by the list commands. Pages are zero-based, as in the Java API and Mastra. */
final class PagingOptions {
    static final int DEFAULT_PER_PAGE = 20;

    @Option(names = "--page", paramLabel = "N", defaultValue = "0", description = "Zero-based page number (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--per-page", paramLabel = "N", description = "Items per page (default: " + PagingOptions.DEFAULT_PER_PAGE + ").")
    Integer perPage;

    /** Checks the values; returns the page size to use. */
    int check(StoreCommand cmd, int maxPerPage) {
        if (page < 0) {
            throw cmd.usage("--page must be 0 or more (pages are zero-based), got " + page);
        }
        int n = perPage == null ? DEFAULT_PER_PAGE : perPage;
        if (n < 1 || n > maxPerPage) {
            throw cmd.usage("--per-page must be from 1 to " + maxPerPage + ", got " + n);
        }
        return n;
    }
}
