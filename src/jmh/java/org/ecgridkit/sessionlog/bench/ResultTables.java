package org.ecgridkit.sessionlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Renders one run's results as the Markdown tables the README shows: every figure as a ratio to the
 * hand-written baseline (c) of the same run, plus the machine it ran on.
 */
final class ResultTables {
    private static final String ALLOC = "gc.alloc.rate.norm";

    private ResultTables() {
    }

    static String render(BenchSettings settings, List<RunResult> perCall, List<RunResult> throughput,
                         List<ColdStart.Series> coldStart, long elapsedSeconds, String loadAtStart) {
        StringBuilder md = new StringBuilder();
        md.append("### Per call (avgt, mean of ").append(settings.rounds()).append(" round(s); ratios to (c) of the same run)\n\n")
                .append("| candidate | records | time/call | round spread | time × (c) | client CPU/call | CPU × (c) | bytes/call | alloc × (c) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int records : CannedSessionLog.SIZES) {
            double baseTime = mean(perCall, Candidate.HAND_WRITTEN, records, 0, RunResult::getPrimaryResult);
            double baseAlloc = meanAlloc(perCall, Candidate.HAND_WRITTEN, records);
            double baseCpu = meanCpu(perCall, Candidate.HAND_WRITTEN, records);
            for (Candidate candidate : Candidate.values()) {
                List<Double> times = scores(perCall, candidate, records, 0, r -> r.getPrimaryResult().getScore());
                if (times.isEmpty()) {
                    continue;
                }
                double time = average(times);
                double alloc = meanAlloc(perCall, candidate, records);
                double cpu = meanCpu(perCall, candidate, records);
                md.append("| ").append(candidate.label()).append(" | ").append(String.format(Locale.ROOT, "%,d", records))
                        .append(" | ").append(micros(time)).append(" | ").append(spread(times))
                        .append(" | ").append(ratio(time, baseTime))
                        .append(" | ").append(micros(cpu)).append(" | ").append(ratio(cpu, baseCpu))
                        .append(" | ").append(bytes(alloc)).append(" | ").append(ratio(alloc, baseAlloc)).append(" |\n");
            }
        }

        md.append("\n### One shared client, ").append(BenchSettings.TYPICAL_RECORDS)
                .append(" records per call (thrpt, mean of ").append(settings.rounds()).append(" round(s))\n\n")
                .append("| candidate | threads | calls/s | round spread | × own 1-thread | × (c) |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (int threads : settings.threadCounts()) {
            double base = mean(throughput, Candidate.HAND_WRITTEN, BenchSettings.TYPICAL_RECORDS, threads,
                    RunResult::getPrimaryResult);
            for (Candidate candidate : List.of(Candidate.SDK, Candidate.HAND_WRITTEN)) {
                List<Double> rates = scores(throughput, candidate, BenchSettings.TYPICAL_RECORDS, threads,
                        r -> r.getPrimaryResult().getScore());
                if (rates.isEmpty()) {
                    continue;
                }
                double single = mean(throughput, candidate, BenchSettings.TYPICAL_RECORDS, 1, RunResult::getPrimaryResult);
                double rate = average(rates);
                md.append("| ").append(candidate.label()).append(" | ").append(threads)
                        .append(" | ").append(String.format(Locale.ROOT, "%,.0f", rate)).append(" | ").append(spread(rates))
                        .append(" | ").append(ratio(rate, single)).append(" | ").append(ratio(rate, base)).append(" |\n");
            }
        }

        md.append("\n### Cold start: new JVM, client built, first result (").append(BenchSettings.TYPICAL_RECORDS)
                .append(" records; median of ").append(settings.coldStartRuns()).append(" runs)\n\n")
                .append("| candidate | first result | min..max | process exit | × (c) | classes loaded (from CDS) |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        double baseCold = coldStart.stream().filter(s -> s.label().equals(Candidate.HAND_WRITTEN.label()))
                .mapToDouble(ColdStart.Series::median).findFirst().orElse(Double.NaN);
        for (ColdStart.Series s : coldStart) {
            double min = s.firstResultMillis().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double max = s.firstResultMillis().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            md.append("| ").append(s.label()).append(" | ").append(millis(s.median()))
                    .append(" | ").append(millis(min)).append("..").append(millis(max))
                    .append(" | ").append(millis(s.medianExit())).append(" | ").append(ratio(s.median(), baseCold))
                    .append(" | ").append(String.format(Locale.ROOT, "%,d (%,d)", s.classesLoaded(), s.classesFromArchive()))
                    .append(" |\n");
        }

        md.append("\nMachine: ").append(machine()).append("; load average at start ").append(loadAtStart)
                .append(", at end ").append(loadAverage()).append(".\n")
                .append("Settings: ").append(settings.describe()).append("; forks run with -Xms1g -Xmx1g. ")
                .append("Whole run: ").append(elapsedSeconds / 60).append(" min ").append(elapsedSeconds % 60).append(" s.\n");
        return md.toString();
    }

    private static List<Double> scores(List<RunResult> results, Candidate candidate, int records, int threads,
                                       ToDoubleFunction<RunResult> value) {
        List<Double> scores = new ArrayList<>();
        for (RunResult r : results) {
            if (r.getParams().getParam("candidate").equals(candidate.name())
                    && Integer.parseInt(r.getParams().getParam("records")) == records
                    && (threads == 0 || r.getParams().getThreads() == threads)) {
                scores.add(value.applyAsDouble(r));
            }
        }
        return scores;
    }

    private static double mean(List<RunResult> results, Candidate candidate, int records, int threads,
                               java.util.function.Function<RunResult, Result<?>> result) {
        return average(scores(results, candidate, records, threads, r -> result.apply(r).getScore()));
    }

    @SuppressWarnings("rawtypes") // JMH declares its secondary results with a raw Result
    private static double meanAlloc(List<RunResult> results, Candidate candidate, int records) {
        return average(scores(results, candidate, records, 0, r -> Optional
                .ofNullable(r.getSecondaryResults().get(ALLOC)).map(Result::getScore).orElse(Double.NaN)));
    }

    /** Client thread CPU microseconds per call, from {@link ClientCpuTime}'s counters. */
    @SuppressWarnings("rawtypes") // JMH declares its secondary results with a raw Result
    private static double meanCpu(List<RunResult> results, Candidate candidate, int records) {
        return average(scores(results, candidate, records, 0, r -> {
            Result nanos = r.getSecondaryResults().get("cpuNanos");
            Result calls = r.getSecondaryResults().get("calls");
            return nanos == null || calls == null || calls.getScore() == 0
                    ? Double.NaN : nanos.getScore() / calls.getScore() / 1000;
        }));
    }

    private static double average(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** How far apart the rounds were: (max - min) / mean. */
    private static String spread(List<Double> values) {
        if (values.size() < 2) {
            return "–";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return String.format(Locale.ROOT, "%.0f%%", 100 * (max - min) / average(values));
    }

    private static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "–" : String.format(Locale.ROOT, "%.2f×", value / base);
    }

    private static String micros(double us) {
        if (Double.isNaN(us)) {
            return "–";
        }
        return us >= 1000 ? String.format(Locale.ROOT, "%.2f ms", us / 1000) : String.format(Locale.ROOT, "%.0f µs", us);
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private static String bytes(double b) {
        if (Double.isNaN(b)) {
            return "–";
        }
        return b >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", b / (1 << 20))
                : b >= 1 << 10 ? String.format(Locale.ROOT, "%.1f KB", b / (1 << 10))
                : String.format(Locale.ROOT, "%.0f B", b);
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException notLinux) {
            // keep "unknown CPU"
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }
}
