package io.agentstore.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * Reads request bodies and writes response bodies. The server has its own mapper rather than
 * core's internal one: parsing of untrusted input is configured here (strict duplicates, no
 * trailing garbage) without changing how the store encodes what it keeps.
 */
final class JsonCodec {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final ObjectMapper MAPPER = JsonMapper.builder()
            // {"title":"a","title":"b"} is ambiguous: refuse it instead of silently keeping one
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonCodec() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Sends {@code body} as the JSON response with {@code status}. */
    static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request body parsed as JSON, read through a limit so that a body without a
     * {@code Content-Length} (chunked) cannot grow past {@code maxBytes} either.
     */
    static JsonNode readBody(Context ctx, long maxBytes) {
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw ApiError.invalid("body", "could not be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            throw RequestGuards.tooLarge(maxBytes);
        }
        if (bytes.length == 0) {
            throw ApiError.invalid("body", "is empty; a JSON object is required", "send a JSON object, e.g. {}");
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ApiError.invalid("body", "is not valid JSON" + where + ": " + e.getOriginalMessage(), "send one JSON object encoded as UTF-8");
        } catch (IOException e) {
            throw ApiError.invalid("body", "is not valid JSON");
        }
    }

    /** A stored JSON text as a node; a text that is not JSON (older content formats) as a JSON string. */
    static JsonNode storedJson(String json) {
        if (json == null) {
            return MAPPER.nullNode();
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            return node.isMissingNode() ? MAPPER.getNodeFactory().textNode(json) : node;
        } catch (JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(json);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
