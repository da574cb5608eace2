package io.agentstore.cli;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.agentstore.memory.Message;
import io.agentstore.memory.MessagePart;

/**
 * Renders messages as a readable chat transcript: time, role, then the message's parts, one
 * per line: text as is, reasoning as {@code thinking: …}, tool calls as
 * {@code tool getOrder({"orderId":"4821"}) -> {"status":"shipped"}}. Continuation lines are
 * indented under the text column.
 *
 * <pre>{@code
 * 2025-11-20 09:14  user       Where is my order #4821?
 * 2025-11-20 09:14  assistant  tool getOrder({"orderId":"4821"}) -> {"status":"in_transit"}
 *                              It is with DHL and arrives Thursday.
 * }</pre>
 */
final class Transcript {
    /** Tool arguments and results are cut here: they can be whole documents. */
    static final int MAX_JSON = 160;
    private static final int ROLE_WIDTH = 9;

    private Transcript() {
    }

    static List<String> lines(Message m) {
        String head = Times.second(m.createdAt()) + "  " + pad(m.role(), ROLE_WIDTH) + "  ";
        String indent = " ".repeat(head.length());
        List<String> body = body(m);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            out.add((i == 0 ? head : indent) + body.get(i));
        }
        return out;
    }

    private static List<String> body(Message m) {
        List<MessagePart> parts = m.content() == null ? List.of() : m.content().parts();
        List<String> out = new ArrayList<>();
        if (parts.isEmpty()) {
            // not v2 content (or no parts): show whatever text it has
            out.addAll(m.text().lines().toList());
        }
        for (MessagePart p : parts) {
            switch (p.type()) {
                case "text" -> out.addAll(p.text().lines().toList());
                case "reasoning" -> out.addAll(prefixed("thinking: ", p.text()));
                case "tool-invocation" -> out.add(tool(p.fields().get("toolInvocation")));
                case "step-start" -> { } // a boundary marker for the model loop; nothing to read
                case "file" -> out.add("[file " + p.fields().getOrDefault("mimeType", "") + "]");
                default -> out.add("[" + p.type() + "]");
            }
        }
        if (out.isEmpty()) {
            out.add("(empty)");
        }
        return out;
    }

    static String tool(Object invocation) {
        if (!(invocation instanceof Map<?, ?> inv)) {
            return "tool ?";
        }
        String call = "tool " + inv.get("toolName") + "(" + compact(inv.get("args")) + ")";
        if (inv.containsKey("result")) {
            return call + " -> " + compact(inv.get("result"));
        }
        return call + " … (" + (inv.get("state") == null ? "no result yet" : inv.get("state")) + ")";
    }

    private static List<String> prefixed(String prefix, String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.isEmpty()) {
            lines.add("");
        }
        lines.set(0, prefix + lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, " ".repeat(prefix.length()) + lines.get(i));
        }
        return lines;
    }

    static String compact(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return TextTable.clip(Console.compact(value), MAX_JSON);
        } catch (UncheckedIOException e) {
            return TextTable.clip(value.toString(), MAX_JSON);
        }
    }

    private static String pad(String s, int w) {
        String v = s == null ? "" : s;
        return v.length() >= w ? v : v + " ".repeat(w - v.length());
    }
}
