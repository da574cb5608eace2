package io.agentstore.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.agentstore.transfer.BackupFormat;

/** Parses {@code --domains memory,workflows}: known names only, no repeats, in the canonical order. */
final class DataDomains {
    private DataDomains() {
    }

    /** The domains named, or every domain when {@code given} is empty; an {@link IllegalArgumentException} names a bad one. */
    static List<String> parse(List<String> given) {
        if (given == null || given.isEmpty()) {
            return BackupFormat.DOMAINS;
        }
        List<String> wanted = new ArrayList<>();
        for (String g : given) {
            String d = g.trim().toLowerCase(Locale.ROOT);
            if (!BackupFormat.DOMAINS.contains(d)) {
                throw new IllegalArgumentException("unknown domain '" + g + "' in --domains; valid: " + String.join(", ", BackupFormat.DOMAINS));
            }
            wanted.add(d);
        }
        return BackupFormat.DOMAINS.stream().filter(wanted::contains).toList();
    }
}
