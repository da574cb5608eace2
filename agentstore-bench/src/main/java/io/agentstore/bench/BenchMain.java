package io.agentstore.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the bench from the bench module's own classpath, where Spring AI is (it is kept out of the
 * CLI jar), so that {@code chatWindow500} prints AgentStore and Spring AI side by side. Same
 * options and output as {@code agentstore bench}: progress on stderr, a table on stdout, or one
 * JSON line with {@code --json}.
 *
 * <pre>{@code
 * ./mvnw -q -pl agentstore-bench -am package -DskipTests    # also writes agentstore-bench/target/bench.classpath
 * java -cp "agentstore-bench/target/classes:$(cat agentstore-bench/target/bench.classpath)" io.agentstore.bench.BenchMain \
 *     --url 'postgresql://postgres@127.0.0.1:5432/test?schema=bench' --workload chatWindow500
 * }</pre>
 */
public final class BenchMain {
    /** The command that runs chatWindow500 with Spring AI on the classpath, as printed when it is missing. */
    static final String HOW_TO_RUN = "from the checkout: ./mvnw -q -pl agentstore-bench -am package -DskipTests && "
            + "java -cp \"agentstore-bench/target/classes:$(cat agentstore-bench/target/bench.classpath)\" io.agentstore.bench.BenchMain "
            + "--url URL --workload chatWindow500 (see docs/performance.md)";
    private static final String USAGE = "usage: BenchMain --url URL [--workload NAME[,NAME]] [--big] [--json]";

    private BenchMain() {
    }

    /** {@code --url URL [--workload NAME[,NAME]]… [--big] [--json]}; exits 2 on a usage error. */
    public static void main(String[] args) {
        String url = null;
        List<String> workloads = new ArrayList<>();
        boolean big = false;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = value(args, ++i);
                case "--workload" -> workloads.addAll(Arrays.asList(value(args, ++i).split(",")));
                case "--big" -> big = true;
                case "--json" -> json = true;
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> usage("unknown option " + args[i]);
            }
        }
        if (url == null) {
            usage("--url is required");
        }
        BenchOptions options;
        try {
            options = new BenchOptions(url, workloads, big);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return;
        }
        System.err.println("bench: " + (options.workloads().isEmpty() ? "all workloads" : String.join(", ", options.workloads()))
                + (big ? " (with the 100k-message history)" : "") + "; progress on stderr");
        BenchReport report = Bench.run(options, System.err::println);
        System.out.println(json ? report.json() : report.table().stripTrailing());
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String message) {
        System.err.println("BenchMain: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }
}
