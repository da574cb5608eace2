package io.agentstore.cli;

import java.io.PrintWriter;

/**
 * Progress of long work on stderr (stdout stays clean for {@code --json}): on a terminal one
 * line redrawn in place at most five times a second; otherwise (a pipe, a log file, CI) a plain
 * line every ten seconds. Nothing at all for work that ends before the first report is due.
 */
final class Progress {
    private final Console console;
    private final String label;
    private final boolean terminal;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private boolean drawn;

    Progress(Console console, String label) {
        this(console, label, System.console() != null);
    }

    Progress(Console console, String label, boolean terminal) {
        this.console = console;
        this.label = label;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 200_000_000L : 10_000_000_000L;
    }

    /** Reports {@code done} of {@code total} (total below 0: unknown) items of {@code what}, if a report is due. */
    void update(String what, long done, long total) {
        long now = System.nanoTime();
        if (now - lastReport < intervalNanos) {
            return;
        }
        lastReport = now;
        double secs = (now - started) / 1e9;
        String pct = total > 0 ? String.format(" (%d%%)", Math.min(100, done * 100 / total)) : "";
        String line = label + ": " + what + " " + done + (total >= 0 ? "/" + total : "") + pct
                + String.format(", %.0f s, %.0f/s", secs, secs > 0 ? done / secs : 0);
        if (terminal) {
            PrintWriter err = console.errWriter();
            err.print("\r" + console.redactor().scrub(line) + "\u001b[K");
            err.flush();
            drawn = true;
        } else {
            console.errln(line);
        }
    }

    /** Ends the redrawn line, so what follows starts on a line of its own. */
    void finish() {
        if (drawn) {
            console.errWriter().print("\r\u001b[K");
            console.errWriter().flush();
            drawn = false;
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
