package org.ecgridkit.sessionlog.interop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program to its end within a time limit. Its output goes to files rather than
 * pipes, so a chatty program can never block on a full pipe while we wait for it.
 */
public final class BoundedCommand {

    /** What a finished program left: its exit code and everything it wrote. */
    public record Result(int exitCode, String stdout, String stderr) {
        /** Stdout, failing with both streams in the message unless the program exited with 0. */
        public String stdoutIfSucceeded(List<String> command) {
            if (exitCode != 0) {
                throw new AssertionError(command + " exited with " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
            }
            return stdout;
        }
    }

    private BoundedCommand() {
    }

    /**
     * Runs the command, killing it if it has not finished within the limit.
     *
     * @throws IOException when the program cannot be started (not installed, say)
     * @throws AssertionError when it runs past the limit
     */
    public static Result run(List<String> command, Duration limit) throws IOException {
        File out = File.createTempFile("interop-", ".out");
        File err = File.createTempFile("interop-", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out)
                    .redirectError(err)
                    .start();
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(command + " did not finish within " + limit + "\nstderr:\n" + read(err));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + command, e);
            }
            return new Result(process.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out.toPath());
            Files.deleteIfExists(err.toPath());
        }
    }

    private static String read(File file) {
        try {
            return Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
