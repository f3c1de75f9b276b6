package org.ecgridkit.sessionlog.bench;

/**
 * How long and how often {@link BenchMain} measures: the full run (15 to 20 minutes on two cores)
 * or, with {@code -Dbench.quick=true}, a smoke run of a few minutes whose figures mean nothing.
 *
 * <p>Per-call and throughput forks get a warm-up of their own before JMH's: one thread calling until the JIT
 * compilers go quiet, capped at {@code jitWarmupMaxMillis} ({@link JitWarmup}). A fixed JMH warm-up
 * is not enough there: at 8 threads on two cores the compilers get so little CPU that the hot
 * response-decoding loop stayed unoptimised for 10 to 20 s, and the 8-thread figures measured that
 * (674 calls/s instead of about 2,400 for the SDK). A warm-up time scaled by thread count would have
 * to assume the worst case for every fork; waiting for the compilers costs what each fork needs.
 * The cap bounds what the warm-up adds to the whole run: at most 15 s for each of the 24 per-call
 * and 16 throughput forks (in practice 5 to 13 s each).
 *
 * @param rounds how many times every per-call and throughput configuration runs, in alternating
 *     candidate order, each time in a fresh fork; the tables show the mean over rounds
 * @param warmupIterations JMH warm-up iterations per fork
 * @param measurementIterations JMH measured iterations per fork
 * @param iterationMillis length of every iteration
 * @param coldStartRuns fresh JVMs per cold-start series
 * @param threadCounts the thread counts of the shared-client throughput runs
 * @param jitWarmupMaxMillis the cap of a fork's single-thread JIT warm-up
 */
record BenchSettings(int rounds, int warmupIterations, int measurementIterations, int iterationMillis,
                     int coldStartRuns, int[] threadCounts, int jitWarmupMaxMillis) {

    /** The record count of the throughput and cold-start runs: the service's usual maximum. */
    static final int TYPICAL_RECORDS = 100;

    static BenchSettings fromSystemProperties() {
        return Boolean.getBoolean("bench.quick")
                ? new BenchSettings(1, 1, 2, 300, 2, new int[] {1, 2, 4, 8}, 2_000)
                : new BenchSettings(2, 4, 5, 1000, 10, new int[] {1, 2, 4, 8}, 15_000);
    }

    String describe() {
        return rounds + " round(s) x 1 fork per configuration; per fork " + warmupIterations + " warm-up + "
                + measurementIterations + " measured iterations of " + iterationMillis + " ms, every fork"
                + " first warmed up on 1 thread until the JIT is quiet (at most " + jitWarmupMaxMillis / 1000
                + " s); cold start: " + coldStartRuns + " fresh JVMs per series";
    }
}
