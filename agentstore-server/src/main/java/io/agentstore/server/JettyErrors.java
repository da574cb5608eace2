package io.agentstore.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Errors Jetty answers itself, before a request reaches a route (a path with {@code %00}, a
 * malformed request line, an oversized header): the API's JSON error body instead of Jetty's
 * HTML page, and never a stack trace.
 */
final class JettyErrors extends ErrorHandler {
    JettyErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        ObjectNode body = JsonCodec.object();
        ObjectNode err = body.putObject("error");
        err.put("code", code == 400 ? "INVALID_INPUT" : code == 413 || code == 431 ? "PAYLOAD_TOO_LARGE" : code >= 500 ? "INTERNAL" : "HTTP_" + code);
        err.put("message", "the request was refused before it reached the API (HTTP " + code + ")"
                + (message == null || message.isBlank() ? "" : ": " + Params.clip(message)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonCodec.CONTENT_TYPE);
        RequestGuards.SECURITY_HEADERS.forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(JsonCodec.MAPPER.writeValueAsBytes(body)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonCodec.CONTENT_TYPE);
        RequestGuards.SECURITY_HEADERS.forEach(fields::put);
        ObjectNode body = JsonCodec.object();
        body.putObject("error").put("code", status == 400 ? "INVALID_INPUT" : "HTTP_" + status)
                .put("message", "the request was malformed (HTTP " + status + ")");
        return ByteBuffer.wrap(JsonCodec.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
