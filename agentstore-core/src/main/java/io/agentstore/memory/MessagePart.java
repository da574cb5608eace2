package io.agentstore.memory;

import java.util.LinkedHashMap;
import java.util.Map;

import io.agentstore.internal.Json;

/**
 * One part of a Mastra v2 message: {@code text}, {@code tool-invocation}, {@code reasoning},
 * {@code file}, {@code step-start}, … {@code fields} holds every field of the part as stored
 * (including {@code type}), so parts of kinds this library does not know survive untouched.
 *
 * <pre>{@code
 * MessageContent c = MessageContent.ofParts(List.of(
 *     MessagePart.text("Let me check."),
 *     MessagePart.toolInvocation("call-1", "getOrder", Map.of("id", 7), Map.of("status", "shipped"))));
 * }</pre>
 */
public record MessagePart(String type, Map<String, Object> fields) {
    public MessagePart {
        fields = Json.immutableMap(fields);
    }

    public static MessagePart text(String text) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "text");
        f.put("text", text);
        return new MessagePart("text", f);
    }

    public static MessagePart reasoning(String reasoning) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "reasoning");
        f.put("reasoning", reasoning);
        f.put("details", java.util.List.of(Map.of("type", "text", "text", reasoning)));
        return new MessagePart("reasoning", f);
    }

    /**
     * A tool call as Mastra stores it; {@code result} null means the call has no result yet
     * ({@code state: "call"}).
     */
    public static MessagePart toolInvocation(String toolCallId, String toolName, Object args, Object result) {
        Map<String, Object> inv = new LinkedHashMap<>();
        inv.put("state", result == null ? "call" : "result");
        inv.put("toolCallId", toolCallId);
        inv.put("toolName", toolName);
        inv.put("args", args);
        if (result != null) {
            inv.put("result", result);
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "tool-invocation");
        f.put("toolInvocation", inv);
        return new MessagePart("tool-invocation", f);
    }

    /** The text of a {@code text} or {@code reasoning} part; empty for other kinds. */
    public String text() {
        Object t = switch (type) {
            case "text" -> fields.get("text");
            case "reasoning" -> fields.get("reasoning");
            default -> null;
        };
        return t == null ? "" : t.toString();
    }
}
