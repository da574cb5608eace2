package io.agentstore.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code agentstore} command: inspect and manage an AgentStore database from a shell.
 * Global options ({@code --url}, {@code --json}, {@code --verbose}, {@code --help},
 * {@code --version}) are accepted by every command, before or after its name.
 *
 * <p>Exit codes: {@value #EXIT_OK} success, {@value #EXIT_FAILURE} the command failed (the
 * store could not be opened, a query failed, something was not found), {@value #EXIT_USAGE}
 * the command line is wrong (unknown command or option, bad value), {@value #EXIT_DIFFERENT} {@code copy} finished but
 * its verification found the target different from the source.
 *
 * <pre>{@code
 * $ agentstore demo
 * $ agentstore threads list --resource demo-user-ada
 * $ agentstore --json runs list --status suspended --url postgresql://app@localhost/app
 * }</pre>
 */
@Command(name = "agentstore",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Durable memory and workflow state for AI agents, in Mastra's layout.",
                "Inspect and manage an AgentStore database: threads, messages, working memory and workflow runs.",
                "The database is --url, else the environment (AGENTSTORE_URL, DATABASE_URL, ...), else file:./agentstore.db."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  the command failed (store unreachable, not found, ...)", "  2  usage error (unknown command or option, bad value)",
                "  3  copy: the verification found the target different from the source",
                "", "Start with:", "  agentstore serve --demo", "  agentstore threads list --resource demo-user-ada"},
        subcommands = {DemoCommand.class, ServeCommand.class, StatusCommand.class, MigrateCommand.class, DoctorCommand.class, SchemaCommand.class,
                ThreadsCommand.class, MessagesCommand.class, RunsCommand.class, BenchCommand.class,
                CopyCommand.class, BackupCommand.class, RestoreCommand.class, PruneCommand.class})
public final class AgentStoreCli {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;
    /** {@code copy} finished but its verification found the target different from the source. */
    static final int EXIT_DIFFERENT = 3;

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT, order = 100,
            description = "Store URL, e.g. file:./agentstore.db, memory:, postgresql://user@host/db "
                    + "(default: AGENTSTORE_URL / DATABASE_URL / ... else file:./agentstore.db)")
    String url;

    @Option(names = "--json", scope = ScopeType.INHERIT, order = 101,
            description = "Print one JSON document on stdout instead of human-readable text.")
    boolean json;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, order = 102,
            description = "On failure also print the stack trace (secrets masked).")
    boolean verbose;

    private final CliContext context;

    AgentStoreCli(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        String prog = System.getProperty("agentstore.prog", "agentstore");
        int code = run(args, out, err, System.getenv(), prog);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line in-process and returns its exit code; nothing is read from the process but {@code env}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, String prog) {
        Redactor redactor = Redactor.of(args, env);
        CliContext ctx = new CliContext(new Console(out, err, redactor), env, prog);
        return commandLine(ctx, args).execute(args);
    }

    static CommandLine commandLine(CliContext ctx, String[] args) {
        CommandLine cl = new CommandLine(new AgentStoreCli(ctx));
        ErrorHandler handler = new ErrorHandler(ctx, args);
        cl.setOut(ctx.console().outWriter());
        cl.setErr(ctx.console().errWriter());
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        return cl;
    }
}
