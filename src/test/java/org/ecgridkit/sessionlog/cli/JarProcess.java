package org.ecgridkit.sessionlog.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a JVM as a separate process, as a user would from a shell, and collects what it printed. */
final class JarProcess {
    private static final long TIMEOUT_SECONDS = 120;

    private JarProcess() {
    }

    /** The {@code java} launcher of the JVM running the tests. */
    static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A build output named by a system property that failsafe sets, e.g. {@code sessionlog.jar}. */
    static Path buildOutput(String property) {
        String path = System.getProperty(property);
        if (path == null) {
            throw new IllegalStateException("system property " + property + " is not set: run this test with"
                    + " `mvn verify` (failsafe sets it after `package`)");
        }
        return Path.of(path);
    }

    /**
     * Runs {@code java <jvmArgs...> <args...>} with {@code ECGRID_SESSION_ID} taken out of the
     * environment and then {@code environment} added.
     *
     * @param shownArgs the tool's arguments as the transcript should show them
     */
    static CliRun run(List<String> command, List<String> shownArgs, Map<String, String> environment, Path workDir) {
        try {
            File out = File.createTempFile("sessionlog-out", ".txt");
            File err = File.createTempFile("sessionlog-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                        .redirectOutput(out).redirectError(err);
                builder.environment().remove(SessionLogCommand.SESSION_ID_ENV);
                builder.environment().putAll(environment);
                Process process = builder.start();
                process.getOutputStream().close(); // no standard input, as in CI
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s: " + command);
                }
                // The child prints in the platform's default encoding, as ours does.
                Charset charset = Charset.defaultCharset();
                return new CliRun(shownArgs, environment.containsKey(SessionLogCommand.SESSION_ID_ENV),
                        process.exitValue(), Files.readString(out.toPath(), charset), Files.readString(err.toPath(), charset));
            } finally {
                Files.deleteIfExists(out.toPath());
                Files.deleteIfExists(err.toPath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** {@code java -jar <jar> <args...>}. */
    static List<String> javaJar(Path jar, List<String> args) {
        List<String> command = new ArrayList<>(List.of(javaLauncher(), "-jar", jar.toString()));
        command.addAll(args);
        return command;
    }
}
