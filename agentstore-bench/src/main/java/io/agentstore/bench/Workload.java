package io.agentstore.bench;

/**
 * One benchmark of DESIGN.md section 8. It sets up its own data (untimed), runs an untimed
 * warm-up pass of the same size (so both sides are measured JIT-warm), then measures; the same
 * code runs against every {@link Target}.
 */
interface Workload {
    /** The name used by {@code --workload} and as the JSON key. */
    String name();

    Measurement run(BenchContext ctx);
}
