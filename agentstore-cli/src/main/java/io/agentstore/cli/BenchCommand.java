package io.agentstore.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.agentstore.AgentStore;
import io.agentstore.bench.Bench;
import io.agentstore.bench.BenchOptions;
import io.agentstore.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code agentstore bench}: the workloads of DESIGN.md section 8 against the store and against
 * plain JDBC on the same database (PostgreSQL, SQLite files), with the ratio per metric. Writes
 * new rows under random {@code bench-…} ids and never deletes: point it at a scratch database or
 * schema. Progress goes to stderr; with {@code --json} the last line of stdout is one JSON object.
 *
 * <pre>{@code
 * $ agentstore bench --url file:./bench.db
 * $ agentstore bench --url 'postgresql://postgres@127.0.0.1:5432/test?schema=bench' --json --big
 * $ agentstore bench --url memory: --workload appendSeq,historyLast40
 * $ agentstore bench --url 'postgresql://postgres@127.0.0.1:5432/test?schema=bench' --workload chatWindow500
 * }</pre>
 */
@Command(name = "bench", description = {"Benchmark the store against plain JDBC on the same database (writes bench-* rows; use a scratch database).",
        "Workloads: initMs, appendSeq, appendConc16, batchInsert100, historyLast40, listThreads20, snapshotPersistLoad.",
        "Named only: chatWindow500 (PostgreSQL; beside Spring AI's JdbcChatMemoryRepository when Spring AI is on the classpath, which"
                + " this jar leaves out: see docs/performance.md)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workload", paramLabel = "NAME", split = ",",
            description = "Run only these workloads (repeat or separate with commas); default: all but chatWindow500.")
    List<String> workloads = new ArrayList<>();

    @Option(names = "--big", description = "Also read the newest 40 of a 100,000-message thread (written first, untimed; takes minutes).")
    boolean big;

    @Override
    public Integer call() {
        AgentStoreCli root = (AgentStoreCli) spec.root().userObject();
        Console console = root.context().console();
        String url = root.url != null ? root.url : AgentStore.resolveEnv(root.context().env()).url();
        BenchOptions options;
        try {
            options = new BenchOptions(url, workloads, big);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        console.errln("bench: " + (options.workloads().isEmpty() ? "all workloads" : String.join(", ", options.workloads()))
                + (big ? " (with the 100k-message history)" : "") + "; progress on stderr");
        BenchReport report = Bench.run(options, console::errln);
        if (root.json) {
            console.println(report.json());
        } else {
            console.println(report.table().stripTrailing());
        }
        return AgentStoreCli.EXIT_OK;
    }
}
