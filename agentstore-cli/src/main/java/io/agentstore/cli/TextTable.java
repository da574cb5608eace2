package io.agentstore.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with left-aligned columns sized to their content; long cells are cut
 * with an ellipsis at a per-column limit so one huge title cannot push the table off screen.
 *
 * <pre>{@code
 * TextTable t = new TextTable().column("ID", 40).column("TITLE", 48);
 * t.row("t1", "Support chat");
 * t.lines().forEach(console::println);
 * }</pre>
 */
final class TextTable {
    private final List<String> headers = new ArrayList<>();
    private final List<Integer> limits = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    TextTable column(String header, int maxWidth) {
        headers.add(header);
        limits.add(maxWidth);
        return this;
    }

    TextTable row(Object... cells) {
        String[] r = new String[headers.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = clip(i < cells.length && cells[i] != null ? cells[i].toString() : "", limits.get(i));
        }
        rows.add(r);
        return this;
    }

    List<String> lines() {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = headers.get(i).length();
            for (String[] r : rows) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        out.add(format(headers.toArray(String[]::new), w));
        rows.forEach(r -> out.add(format(r, w)));
        return out;
    }

    private static String format(String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(w[i] - cells[i].length() + 2));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** One line, at most {@code max} characters: newlines become spaces, the rest is cut with an ellipsis. */
    static String clip(String s, int max) {
        String one = s.replaceAll("\\s*\\R\\s*", " ");
        return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
    }
}
