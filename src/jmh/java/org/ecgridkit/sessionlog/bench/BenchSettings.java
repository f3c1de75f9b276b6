package org.ecgridkit.sessionlog.bench;

/**
 * How long and how often {@link BenchMain} measures: the full run (about 8 minutes of measuring on
 * two cores) or, with {@code -Dbench.quick=true}, a smoke run of a minute or two whose figures mean nothing.
 *
 * @param rounds how many times every per-call and throughput configuration runs, in alternating
 *     candidate order, each time in a fresh fork; the tables show the mean over rounds
 * @param warmupIterations JMH warm-up iterations per fork
 * @param measurementIterations JMH measured iterations per fork
 * @param iterationMillis length of every iteration
 * @param coldStartRuns fresh JVMs per cold-start series
 * @param threadCounts the thread counts of the shared-client throughput runs
 */
record BenchSettings(int rounds, int warmupIterations, int measurementIterations, int iterationMillis,
                     int coldStartRuns, int[] threadCounts) {

    /** The record count of the throughput and cold-start runs: the service's usual maximum. */
    static final int TYPICAL_RECORDS = 100;

    static BenchSettings fromSystemProperties() {
        return Boolean.getBoolean("bench.quick")
                ? new BenchSettings(1, 1, 2, 300, 2, new int[] {1, 2, 4, 8})
                : new BenchSettings(2, 4, 5, 1000, 10, new int[] {1, 2, 4, 8});
    }

    String describe() {
        return rounds + " round(s) x 1 fork per configuration; per fork " + warmupIterations + " warm-up + "
                + measurementIterations + " measured iterations of " + iterationMillis + " ms; cold start: "
                + coldStartRuns + " fresh JVMs per series";
    }
}
