package org.ecgridkit.sessionlog.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole benchmark of issue 4 and prints its tables: what {@code mvn -B -Pbench verify}
 * executes.
 *
 * <ol>
 *   <li>Per call, for 1, 100 and 10,000 records: average time ({@code avgt}) and bytes allocated
 *       ({@code -prof gc}'s {@code gc.alloc.rate.norm}) of each candidate, as ratios to the
 *       hand-written baseline (c); each fork first warmed up on one thread until the JIT is done
 *       ({@link JitWarmup}).</li>
 *   <li>Throughput of one shared client at 1, 2, 4 and 8 threads, 100 records, for the SDK and the
 *       baseline; each fork first warmed up on one thread until the JIT is done ({@link JitWarmup}).</li>
 *   <li>Cold start: fresh JVMs, "process start to first result", see {@link ColdStart}.</li>
 * </ol>
 *
 * <p>{@code -Dbench.parts=percall,throughput,coldstart} (the default: all three) picks what to run.
 *
 * <p>The machine is two cores that may be shared, so every configuration runs in several rounds,
 * the candidate order alternating between rounds, and the tables show the mean of the rounds with
 * their spread. All JMH results also go to {@code jmh-results.json} in the output directory, and the
 * tables to {@code results.md}.
 */
public final class BenchMain {
    private static final List<String> FORK_JVM_ARGS = List.of("-Xms1g", "-Xmx1g");

    private BenchMain() {
    }

    /**
     * Runs everything.
     *
     * @param args the output directory
     * @throws Exception if a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        BenchSettings settings = BenchSettings.fromSystemProperties();
        long started = System.nanoTime();
        String loadAtStart = ResultTables.loadAverage();

        Set<String> parts = Set.of(System.getProperty("bench.parts", "percall,throughput,coldstart").split(","));
        List<RunResult> perCall = parts.contains("percall") ? runPerCall(settings) : List.of();
        List<RunResult> throughput = parts.contains("throughput") ? runThroughput(settings) : List.of();
        List<ColdStart.Series> coldStart = parts.contains("coldstart")
                ? ColdStart.fromSystemProperties(out, settings.coldStartRuns()).run() : List.of();

        List<RunResult> all = new ArrayList<>(perCall);
        all.addAll(throughput);
        try (PrintStream json = new PrintStream(Files.newOutputStream(out.resolve("jmh-results.json")), true,
                StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(all);
        }
        String tables = ResultTables.render(settings, perCall, throughput, coldStart,
                (System.nanoTime() - started) / 1_000_000_000L, loadAtStart);
        Files.writeString(out.resolve("results.md"), tables);
        System.out.println();
        System.out.println(tables);
    }

    private static List<RunResult> runPerCall(BenchSettings settings) throws RunnerException {
        List<RunResult> results = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            for (int records : CannedSessionLog.SIZES) {
                for (Candidate candidate : inRoundOrder(List.of(Candidate.values()), round)) {
                    // The same single-thread JIT warm-up as the throughput forks: with JMH's fixed
                    // 4 s alone, the SDK's 1-record CPU per call was still falling across the measured
                    // iterations on a busy machine (106 to 33 µs in one fork), so the figure
                    // measured the compilers, not the client.
                    results.addAll(run(options(settings, candidate, records,
                            "-D" + JitWarmup.MAX_MILLIS_PROPERTY + "=" + settings.jitWarmupMaxMillis())
                            .mode(Mode.AverageTime)
                            .addProfiler(GCProfiler.class)));
                }
            }
        }
        return results;
    }

    private static List<RunResult> runThroughput(BenchSettings settings) throws RunnerException {
        List<RunResult> results = new ArrayList<>();
        List<Candidate> candidates = List.of(Candidate.SDK, Candidate.HAND_WRITTEN);
        for (int round = 0; round < settings.rounds(); round++) {
            for (int threads : settings.threadCounts()) {
                for (Candidate candidate : inRoundOrder(candidates, round)) {
                    results.addAll(run(options(settings, candidate, BenchSettings.TYPICAL_RECORDS,
                            "-D" + JitWarmup.MAX_MILLIS_PROPERTY + "=" + settings.jitWarmupMaxMillis())
                            .mode(Mode.Throughput)
                            .timeUnit(TimeUnit.SECONDS)
                            .threads(threads)));
                }
            }
        }
        return results;
    }

    /** Alternates the candidate order between rounds, so no candidate always runs first or last. */
    private static List<Candidate> inRoundOrder(List<Candidate> candidates, int round) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        if (round % 2 == 1) {
            java.util.Collections.reverse(ordered);
        }
        return ordered;
    }

    private static ChainedOptionsBuilder options(BenchSettings settings, Candidate candidate, int records,
                                                 String... extraJvmArgs) {
        List<String> jvmArgs = new ArrayList<>(FORK_JVM_ARGS);
        jvmArgs.addAll(List.of(extraJvmArgs));
        TimeValue iteration = TimeValue.milliseconds(settings.iterationMillis());
        return new OptionsBuilder()
                .include(SessionLogBenchmark.class.getName() + ".sessionLog$")
                .param("candidate", candidate.name())
                .param("records", Integer.toString(records))
                .forks(1)
                .warmupIterations(settings.warmupIterations())
                .warmupTime(iteration)
                .measurementIterations(settings.measurementIterations())
                .measurementTime(iteration)
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }
}
