package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.junit.jupiter.api.Test;

/**
 * {@code target/sessionlog.jar} as a user runs it, {@code java -jar}, in its own process: it prints
 * the same transcripts as the in-process golden tests and exits with the same codes.
 */
class ShadedJarIT {

    private static final Path JAR = JarProcess.buildOutput("sessionlog.jar");
    private static final Map<String, String> WITH_SESSION_ID =
            Map.of(SessionLogCommand.SESSION_ID_ENV, CliGoldenTest.SESSION_ID);

    private static CliRun run(Map<String, String> environment, String... shownArgs) {
        return run(null, environment, shownArgs);
    }

    private static CliRun run(SessionLogStub stub, Map<String, String> environment, String... shownArgs) {
        List<String> args = new ArrayList<>();
        for (String a : shownArgs) {
            args.add(stub == null ? a : a.replace("$ENDPOINT", stub.endpoint().toString()));
        }
        return JarProcess.run(JarProcess.javaJar(JAR, args), List.of(shownArgs), environment, Path.of("."));
    }

    @Test
    void demoRunsTheWholeStackOffline() {
        GoldenFile.assertMatches("cli/demo.txt", run(Map.of(), "--demo").transcript());
    }

    @Test
    void theReadmeQuickStartShowsWhatTheDemoPrints() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher shown = Pattern.compile("```\njava -jar target/sessionlog.jar --demo\n```\n\n```\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(shown.find()).as("README's quick start shows the demo command and, below it, its output").isTrue();
        CliRun run = run(Map.of(), "--demo");
        // On a terminal the notice comes first: it is flushed on standard error before the table is printed.
        assertThat(shown.group(1)).isEqualTo(run.stderr() + run.stdout());
    }

    @Test
    void demoHonoursFormatAndMaxRecords() {
        GoldenFile.assertMatches("cli/demo-json-1.txt",
                run(WITH_SESSION_ID, "--demo", "--format", "json", "--max-records", "1").transcript());
    }

    /** The audit report as a user makes it: the file holds the golden report, standard output nothing. */
    @Test
    void demoWritesTheHtmlReportToAFile() throws IOException {
        Path report = Files.createDirectories(Path.of("target", "audit-report")).resolve("demo-from-jar.html");
        Files.deleteIfExists(report);
        CliRun run = run(Map.of(), "--demo", "--format", "html", "--output", report.toString());
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCode.OK);
        assertThat(run.stdout()).isEmpty();
        String golden = Files.readString(Path.of("src", "test", "resources", "golden", "cli", "demo-html.txt"));
        String stdout = golden.substring(golden.indexOf("--- stdout\n") + 11, golden.indexOf("--- stderr\n"));
        assertThat(Files.readString(report)).isEqualTo(stdout);
    }

    @Test
    void exitsWithTheUsageCode() {
        GoldenFile.assertMatches("cli/usage-unknown-option.txt", run(WITH_SESSION_ID, "--frobnicate").transcript());
        GoldenFile.assertMatches("cli/usage-no-session-id.txt",
                run(Map.of(), "--endpoint", "http://127.0.0.1:9/").transcript());
    }

    @Test
    void exitsWithTheFaultTransportAndResponseCodes() {
        try (SessionLogStub stub = SessionLogStub.start()) {
            stub.respondWithFault(ErrorCategory.AUTHENTICATION, "Authentication failed.");
            GoldenFile.assertMatches("cli/fault-authentication.txt", run(stub, WITH_SESSION_ID, "--endpoint", "$ENDPOINT").transcript());
            stub.respondWithHttpError(503);
            GoldenFile.assertMatches("cli/transport-http-503.txt", run(stub, WITH_SESSION_ID, "--endpoint", "$ENDPOINT").transcript());
            stub.respondWithBody(200, "text/html", "<html><body>Down for maintenance</body></html>");
            GoldenFile.assertMatches("cli/response-not-soap.txt", run(stub, WITH_SESSION_ID, "--endpoint", "$ENDPOINT").transcript());
        }
    }

    @Test
    void isARunnableClassPathJar() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(SessionLogCli.class.getName());
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            assertThat(names).contains("picocli/CommandLine.class", "META-INF/services/jakarta.xml.ws.spi.Provider")
                    .noneMatch(name -> name.endsWith("module-info.class"))
                    .noneMatch(name -> name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
        }
    }

    @Test
    void theLibraryJarCarriesNoPicocli() throws IOException {
        try (JarFile jar = new JarFile(JarProcess.buildOutput("main.jar").toFile())) {
            assertThat(jar.stream().map(JarEntry::getName)).noneMatch(name -> name.startsWith("picocli/"));
        }
    }
}
