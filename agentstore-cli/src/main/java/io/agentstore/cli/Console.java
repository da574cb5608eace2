package io.agentstore.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CLI's only way to print. Every line passes through the {@link Redactor}, so a password
 * or token the user typed (in {@code --url} or the environment) never reaches the terminal,
 * whatever code path produced the text.
 */
final class Console {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PrintWriter out;
    private final PrintWriter err;
    private final Redactor redactor;

    Console(PrintWriter out, PrintWriter err, Redactor redactor) {
        this.out = out;
        this.err = err;
        this.redactor = redactor;
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code value} as JSON on one line. */
    static String compact(Object value) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    PrintWriter outWriter() {
        return out;
    }

    PrintWriter errWriter() {
        return err;
    }

    Redactor redactor() {
        return redactor;
    }

    /** One line of normal output on stdout. */
    void println(String line) {
        out.println(redactor.scrub(line));
        out.flush();
    }

    void println() {
        out.println();
        out.flush();
    }

    /** Progress and diagnostics on stderr, so that stdout stays clean for pipes. */
    void errln(String line) {
        err.println(redactor.scrub(line));
        err.flush();
    }

    /** The one JSON document of a {@code --json} run, on stdout. */
    void json(Object document) {
        try {
            println(MAPPER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
