package io.agentstore.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import io.agentstore.internal.Json;

/**
 * The content of a message, kept as the exact JSON text that is stored (Mastra's v2 format:
 * {@code {"format":2,"parts":[...]}}). Nothing is re-encoded on the way in or out, so fields
 * this library does not know survive a round trip byte for byte; {@link #parts()} and
 * {@link #text()} parse on demand.
 *
 * <pre>{@code
 * MessageContent c = MessageContent.ofText("Where is my order?");
 * c.json();   // {"format":2,"parts":[{"type":"text","text":"Where is my order?"}],"content":"Where is my order?"}
 * c.text();   // Where is my order?
 * }</pre>
 */
public final class MessageContent {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private final String json;

    private MessageContent(String json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** Content exactly as stored, whatever its shape (v2 JSON, an older format or plain text). */
    public static MessageContent of(String storedJson) {
        return new MessageContent(storedJson);
    }

    /** v2 content with one text part (and the plain {@code content} copy Mastra's own messages carry). */
    public static MessageContent ofText(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", 2);
        m.put("parts", List.of(MessagePart.text(text).fields()));
        m.put("content", text);
        return new MessageContent(Json.write(m));
    }

    /** v2 content with the given parts. */
    public static MessageContent ofParts(List<MessagePart> parts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", 2);
        m.put("parts", parts.stream().map(MessagePart::fields).toList());
        return new MessageContent(Json.write(m));
    }

    /** The stored JSON text. */
    public String json() {
        return json;
    }

    /**
     * The parts of v2 content in order; an empty list when the content is not v2 JSON.
     */
    public List<MessagePart> parts() {
        JsonNode root = tree();
        if (root == null || !root.has("parts") || !root.get("parts").isArray()) {
            return List.of();
        }
        List<MessagePart> out = new ArrayList<>();
        for (JsonNode p : root.get("parts")) {
            if (p.isObject()) {
                Map<String, Object> fields = Json.MAPPER.convertValue(p, MAP);
                out.add(new MessagePart(p.path("type").asText(""), fields));
            }
        }
        return out;
    }

    /**
     * The readable text: the text parts joined; for older shapes the {@code content} string,
     * a JSON string's value, or the raw stored text.
     */
    public String text() {
        JsonNode root = tree();
        if (root == null) {
            return json;
        }
        if (root.isTextual()) {
            return root.asText();
        }
        if (root.has("parts") && root.get("parts").isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode p : root.get("parts")) {
                if ("text".equals(p.path("type").asText())) {
                    sb.append(p.path("text").asText(""));
                }
            }
            if (sb.length() > 0 || !root.path("content").isTextual()) {
                return sb.toString();
            }
        }
        if (root.path("content").isTextual()) {
            return root.get("content").asText();
        }
        return "";
    }

    private JsonNode tree() {
        try {
            return Json.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageContent other && json.equals(other.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.length() > 200 ? json.substring(0, 200) + "…" : json;
    }
}
