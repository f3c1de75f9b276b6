package org.ecgridkit.sessionlog.interop;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecgridkit.sessionlog.SoapStub;

/**
 * A node soap SessionLog service ({@code src/test/interop/session-log-server.js} for the documented
 * contract, {@code published-session-log-server.js} for the published one) as a child process on
 * an ephemeral loopback port. Every wait is bounded, and the process ends with {@link #close()},
 * or by itself when its stdin closes, should this JVM die first.
 */
final class NodeSoapServer implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(30);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

    private final Process process;
    private final File stderr;
    private final int port;

    private NodeSoapServer(Process process, File stderr, int port) {
        this.process = process;
        this.stderr = stderr;
        this.port = port;
    }

    /** Starts the server of the documented contract and waits until it has printed its port. */
    static NodeSoapServer start() throws IOException {
        return start("session-log-server.js", InteropTools.WSDL, InteropTools.FIXTURES);
    }

    /** Starts the server of the published contract, serving {@code sessions} (a JSON file). */
    static NodeSoapServer startPublished(Path sessions) throws IOException {
        return start("published-session-log-server.js", InteropTools.PUBLISHED_WSDL, sessions);
    }

    /** Starts {@code script} with the WSDL and its data, and waits until it has printed its port. */
    private static NodeSoapServer start(String script, Path wsdl, Path data) throws IOException {
        File stderr = File.createTempFile("node-soap-", ".err");
        Process process = new ProcessBuilder("node",
                InteropTools.INTEROP.resolve(script).toString(), wsdl.toString(), data.toString())
                .redirectError(stderr)
                .start();
        try {
            return new NodeSoapServer(process, stderr, awaitPort(process, stderr));
        } catch (RuntimeException | AssertionError e) {
            stop(process);
            Files.deleteIfExists(stderr.toPath());
            throw e;
        }
    }

    /** The service's address, at the same path as the real service's. */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + SoapStub.PATH);
    }

    @Override
    public void close() throws IOException {
        stop(process);
        Files.deleteIfExists(stderr.toPath());
    }

    private static int awaitPort(Process process, File stderr) {
        // readLine blocks, so it runs on a thread of its own that the time limit can abandon.
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = process.inputReader(StandardCharsets.UTF_8);
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> {
            Thread reader = new Thread(task, "node-soap-stdout");
            reader.setDaemon(true);
            reader.start();
        });
        String line;
        try {
            line = firstLine.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("node soap server printed no port within " + START_LIMIT + diagnostics(stderr));
        } catch (ExecutionException e) {
            throw new AssertionError("could not read the node soap server's output" + diagnostics(stderr), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while starting the node soap server", e);
        }
        if (line == null || !line.startsWith("PORT ")) {
            throw new AssertionError("node soap server did not start (first line: " + line + ")" + diagnostics(stderr));
        }
        return Integer.parseInt(line.substring("PORT ".length()).trim());
    }

    private static String diagnostics(File stderr) {
        try {
            return "\nstderr:\n" + Files.readString(stderr.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "\n(stderr unreadable: " + e + ")";
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
