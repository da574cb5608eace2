package io.agentstore.bench;

/**
 * A workload that measures AgentStore and JDBC in alternating passes, for workloads short and
 * concurrent enough that one pass per side, one side after the other, mostly measures what else
 * the machine was doing at the time. {@link Bench} calls {@link #runBoth} when there is a JDBC
 * side, {@link #run} otherwise.
 */
interface PairedWorkload extends Workload {
    /** The two sides' measurements of one run. */
    record Pair(Measurement agentstore, Measurement jdbc) {
    }

    Pair runBoth(BenchContext agentstore, BenchContext jdbc);
}
