package org.ecgridkit.sessionlog.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole-process cold start: "new JVM, client built, first result", for the SDK (a) and the
 * hand-written baseline (c), each with the JDK's default class-data sharing and with an AppCDS
 * archive of its own made by a training run (the recipe the README documents).
 *
 * <p>Each measurement launches {@link ColdStartProbe} in a fresh {@code java} process and times it
 * from just before the launch to the moment its {@code first-result} line arrives on the pipe.
 * The loopback server runs in this (parent) process, already warm, so the child pays only for
 * itself. Series alternate run by run; the table shows medians. Both candidates run on the same
 * class path of jars (AppCDS archives only classes loaded from jars): the library jar, the test jar
 * holding the probe and the baseline, and the library's runtime dependencies; no JMH or CXF.
 */
final class ColdStart {

    /** One series' timings. */
    record Series(String label, String candidate, List<Double> firstResultMillis, List<Double> exitMillis,
                  int classesLoaded, int classesFromArchive) {
        double median() {
            return median(firstResultMillis);
        }

        double medianExit() {
            return median(exitMillis);
        }

        private static double median(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    private record Plan(String label, String candidate, List<String> jvmArgs) {
    }

    private final Path out;
    private final String classPath;
    private final int runs;

    private ColdStart(Path out, String classPath, int runs) {
        this.out = out;
        this.classPath = classPath;
        this.runs = runs;
    }

    /**
     * Reads the class path from {@code bench.coldStartJars} (comma-separated jars) and
     * {@code bench.runtimeClasspathFile} (a file holding the runtime dependencies' class path).
     */
    static ColdStart fromSystemProperties(Path out, int runs) throws IOException {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("bench.coldStartJars", "").split(",")));
        String runtimeFile = System.getProperty("bench.runtimeClasspathFile");
        if (runtimeFile != null) {
            entries.add(Files.readString(Path.of(runtimeFile)).trim());
        }
        entries.removeIf(String::isBlank);
        if (entries.isEmpty()) {
            throw new IllegalStateException("set bench.coldStartJars and bench.runtimeClasspathFile (the bench profile does)");
        }
        return new ColdStart(out, String.join(File.pathSeparator, entries), runs);
    }

    List<Series> run() throws IOException, InterruptedException {
        int records = BenchSettings.TYPICAL_RECORDS;
        try (LoopbackSoapServer server = LoopbackSoapServer.start(records)) {
            String endpoint = server.endpoint(records).toString();
            List<Plan> plans = new ArrayList<>();
            for (String candidate : List.of("SDK", "HAND_WRITTEN")) {
                plans.add(new Plan(label(candidate), candidate, List.of()));
            }
            for (String candidate : List.of("SDK", "HAND_WRITTEN")) {
                Path archive = out.resolve("appcds-" + candidate.toLowerCase(java.util.Locale.ROOT) + ".jsa");
                Files.deleteIfExists(archive);
                launch(candidate, endpoint, records, List.of("-XX:ArchiveClassesAtExit=" + archive));
                plans.add(new Plan(label(candidate) + " + AppCDS", candidate,
                        List.of("-XX:SharedArchiveFile=" + archive)));
            }
            List<List<Double>> firstResult = new ArrayList<>();
            List<List<Double>> exit = new ArrayList<>();
            for (Plan plan : plans) {
                launch(plan.candidate(), endpoint, records, plan.jvmArgs()); // untimed: warms the file cache
                firstResult.add(new ArrayList<>());
                exit.add(new ArrayList<>());
            }
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < plans.size(); i++) {
                    int p = (i + run) % plans.size(); // rotate the order run by run
                    double[] times = launch(plans.get(p).candidate(), endpoint, records, plans.get(p).jvmArgs());
                    firstResult.get(p).add(times[0]);
                    exit.get(p).add(times[1]);
                }
            }
            List<Series> series = new ArrayList<>();
            for (int p = 0; p < plans.size(); p++) {
                Plan plan = plans.get(p);
                int[] classes = countClasses(plan, endpoint, records);
                series.add(new Series(plan.label(), plan.candidate(), firstResult.get(p), exit.get(p),
                        classes[0], classes[1]));
            }
            return series;
        }
    }

    private static String label(String candidate) {
        return Candidate.valueOf(candidate).label();
    }

    /** One untimed run with class-load logging: how many classes, and how many came from a CDS archive. */
    private int[] countClasses(Plan plan, String endpoint, int records) throws IOException, InterruptedException {
        Path log = out.resolve("classload-" + plan.label().replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
        List<String> args = new ArrayList<>(plan.jvmArgs());
        args.add("-Xlog:class+load=info:file=" + log);
        launch(plan.candidate(), endpoint, records, args);
        try (Stream<String> lines = Files.lines(log)) {
            int[] counts = new int[2];
            lines.forEach(line -> {
                counts[0]++;
                if (line.contains("shared objects file")) {
                    counts[1]++;
                }
            });
            return counts;
        }
    }

    /** Launches one probe; returns milliseconds from launch to its first result and to its exit. */
    private double[] launch(String candidate, String endpoint, int records, List<String> jvmArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classPath, ColdStartProbe.class.getName(), candidate, endpoint,
                Integer.toString(records)));
        Path errors = out.resolve("coldstart-stderr.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        long firstResult = -1;
        try (BufferedReader stdout = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = stdout.readLine()) != null; ) {
                if (line.startsWith(ColdStartProbe.MARKER) && firstResult < 0) {
                    firstResult = System.nanoTime();
                    if (!line.equals(ColdStartProbe.MARKER + records)) {
                        throw new IllegalStateException("cold-start probe returned " + line);
                    }
                }
            }
        }
        int status = process.waitFor();
        long exited = System.nanoTime();
        if (status != 0 || firstResult < 0) {
            throw new IllegalStateException("cold-start probe failed (exit " + status + "): " + command
                    + "; see " + errors);
        }
        return new double[] {(firstResult - start) / 1e6, (exited - start) / 1e6};
    }
}
