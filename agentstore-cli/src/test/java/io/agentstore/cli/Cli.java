package io.agentstore.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Runs the CLI in-process with captured output and a given environment. */
final class Cli {
    private Cli() {
    }

    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return Console.mapper().readTree(out);
            } catch (JsonProcessingException e) {
                throw new AssertionError("stdout is not one JSON document: " + e.getOriginalMessage() + "\n" + out + "\nstderr:\n" + err, e);
            }
        }

        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return runWithEnv(Map.of(), args);
    }

    static Result runWithEnv(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AgentStoreCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env, "agentstore");
        return new Result(exit, out.toString(), err.toString());
    }
}
