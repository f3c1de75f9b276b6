package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code target/sessionlog}, the launcher the build writes beside the jar, as a user runs it: the
 * first run starts the training of the class archive in the background, a later run maps it, and
 * every run prints exactly what {@code java -jar target/sessionlog.jar} prints (the golden files,
 * which {@link ShadedJarIT} holds the jar to). Runs on the JDK that runs the tests.
 */
class LauncherIT {

    private static final Path LAUNCHER = JarProcess.buildOutput("sessionlog.launcher");
    private static final Path CACHE = Path.of("target", "launcher-it-cache").toAbsolutePath();
    private static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(120);

    @BeforeAll
    static void emptyCache() throws IOException {
        if (Files.exists(CACHE)) {
            try (Stream<Path> files = Files.walk(CACHE)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static CliRun run(Map<String, String> environment, String... args) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("JAVA_HOME", System.getProperty("java.home"));
        all.put("SESSIONLOG_CACHE_DIR", CACHE.toString());
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return JarProcess.run(command, List.of(args), all, Path.of("."));
    }

    @Test
    void theSecondRunMapsTheArchiveTheFirstTrainedAndBothPrintWhatJavaJarPrints() throws IOException {
        GoldenFile.assertMatches("cli/demo.txt", run(Map.of(), "--demo").transcript());

        Path archive = awaitArchive();
        Path classLog = CACHE.resolve("class-load.log");
        CliRun second = run(Map.of("SESSIONLOG_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), "--demo");
        GoldenFile.assertMatches("cli/demo.txt", second.transcript());
        // The client's classes came from the archive, not from the jar.
        assertThat(Files.readAllLines(classLog))
                .as("classes loaded by the second run, with %s", archive.getFileName())
                .anyMatch(line -> line.contains(" org.ecgridkit.sessionlog.SessionLogClient source: shared objects file"))
                .anyMatch(line -> line.contains(" com.sun.xml.ws.") && line.contains("source: shared objects file"));
    }

    @Test
    void usageErrorsAndTheVersionPassThroughWithTheirExitCodes() {
        Map<String, String> withSessionId = Map.of(SessionLogCommand.SESSION_ID_ENV, CliGoldenTest.SESSION_ID);
        GoldenFile.assertMatches("cli/usage-did-you-mean-max-records.txt",
                run(withSessionId, "--max-record", "5").transcript());
        GoldenFile.assertMatches("cli/usage-demo-max-records-0.txt", run(Map.of(), "--demo", "--max-records", "0").transcript());
        String version = org.ecgridkit.sessionlog.internal.SdkVersion.version();
        GoldenFile.assertMatches("cli/version.txt", run(Map.of(), "--version").transcript().replace(version, "${project.version}"));
    }

    @Test
    void withoutFastStartItIsPlainJavaJar() {
        GoldenFile.assertMatches("cli/demo.txt", run(Map.of("SESSIONLOG_FAST_START", "0"), "--demo").transcript());
    }

    /** The archive the first run's background training writes: complete, under its final name. */
    private static Path awaitArchive() throws IOException {
        Instant deadline = Instant.now().plus(TRAINING_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> archive = files().filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot"))
                    .findFirst();
            if (archive.isPresent()) {
                return archive.get();
            }
            assertThat(files()).as("the training failed").noneMatch(f -> f.toString().endsWith(".failed"));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no archive in " + CACHE + " after " + TRAINING_TIMEOUT + ": " + files().toList());
    }

    private static Stream<Path> files() {
        try (Stream<Path> list = Files.list(CACHE)) {
            return list.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
