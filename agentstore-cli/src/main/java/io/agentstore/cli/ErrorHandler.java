package io.agentstore.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agentstore.error.AgentStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into the CLI's error format: {@code error: <message>} and
 * {@code hint: <what to do>} on stderr (plus an {@code {"error":{...}}} document on stdout
 * under {@code --json}), no stack trace unless {@code --verbose}, secrets masked. Usage
 * errors exit with 2, everything else with 1.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final CliContext ctx;
    private final List<String> args;

    ErrorHandler(CliContext ctx, String[] args) {
        this.ctx = ctx;
        this.args = Arrays.asList(args);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] ignored) {
        CommandLine cmd = ex.getCommandLine();
        String message = ex.getMessage();
        String hint = "run '" + ctx.prog() + " " + commandPath(cmd) + "--help' for the usage";
        boolean missingSubcommand = !(ex instanceof UnmatchedArgumentException) && !cmd.getSubcommands().isEmpty()
                && message.startsWith("Missing required subcommand");
        if (missingSubcommand) {
            // "agentstore" or "agentstore threads" alone: the list of commands is the most useful answer
            cmd.usage(ctx.console().errWriter());
            message = "missing command: one of " + String.join(", ", cmd.getSubcommands().keySet());
        }
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (u.isUnknownOption()) {
                String rest = unmatched.size() > 1 ? " (and " + String.join(" ", unmatched.subList(1, unmatched.size())) + ")" : "";
                message = "unknown option '" + first + "'" + rest;
            } else if (!cmd.getSubcommands().isEmpty()) {
                message = "unknown command '" + first + "'";
            } else {
                message = "unexpected argument '" + first + "'";
            }
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                hint = "did you mean: " + String.join(", ", suggestions) + "? (" + hint + ")";
            }
        }
        // a usage error happens before --json is parsed, so look for it in the raw arguments
        report("USAGE", message, hint, args.contains("--json"), null);
        return AgentStoreCli.EXIT_USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        AgentStoreCli root = cmd.getCommandSpec().root().userObject() instanceof AgentStoreCli r ? r : null;
        boolean json = root != null && root.json;
        boolean verbose = root != null && root.verbose;
        if (ex instanceof AgentStoreException e) {
            report(e.code().name(), e.getMessage(), e.hint(), json, verbose ? e : null);
        } else if (ex instanceof CommandFailure f) {
            report(f.code(), f.getMessage(), f.hint(), json, verbose ? f : null);
        } else {
            // not one of ours: a bug or an unexpected driver error; say so instead of hiding it
            String message = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            report("INTERNAL", message, verbose ? "this looks like a bug; please report it with the stack trace above"
                    : "run again with --verbose for the stack trace", json, verbose ? ex : null);
        }
        return AgentStoreCli.EXIT_FAILURE;
    }

    private void report(String code, String message, String hint, boolean json, Throwable trace) {
        Console console = ctx.console();
        if (trace != null) {
            StringWriter sw = new StringWriter();
            trace.printStackTrace(new PrintWriter(sw));
            console.errln(sw.toString().stripTrailing());
        }
        console.errln("error: " + (message == null || message.isBlank() ? "failed" : message));
        if (hint != null && !hint.isBlank()) {
            console.errln("hint: " + hint);
        }
        if (json) {
            ObjectNode doc = Console.object();
            ObjectNode err = doc.putObject("error");
            err.put("code", code);
            err.put("message", message);
            err.put("hint", hint == null ? "" : hint);
            console.json(doc);
        }
    }

    private static String commandPath(CommandLine cmd) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cmd; c != null && c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }
}
