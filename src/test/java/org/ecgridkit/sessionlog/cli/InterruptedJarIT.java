package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.junit.jupiter.api.Test;

/**
 * {@code target/sessionlog.jar} stopped with Ctrl-C (SIGINT) while its SessionLog call waits for the
 * server: it still logs out the session it logged in, before the JVM exits.
 */
class InterruptedJarIT {

    private static final Path JAR = JarProcess.buildOutput("sessionlog.jar");
    private static final String PASSWORD = "interrupted-password-1";

    @Test
    void ctrlCDuringTheCallStillLogsOut() throws IOException, InterruptedException {
        try (SessionLogStub stub = SessionLogStub.start().acceptLogin("alice", PASSWORD)
                .delayResponses(Duration.ofSeconds(2))) {
            ProcessBuilder builder = new ProcessBuilder(JarProcess.javaJar(JAR,
                    List.of("--endpoint", stub.endpoint().toString(), "--login", "alice")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put(SessionLogCommand.PASSWORD_ENV, PASSWORD);
            Process tool = builder.start();
            try {
                // The SessionLog request is recorded when it arrives, before the stub's delay.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (stub.requests().stream().noneMatch(r -> r.operation().equals("SessionLog"))) {
                    assertThat(System.nanoTime()).as("the tool's SessionLog request arrived").isLessThan(deadline);
                    assertThat(tool.isAlive()).as("the tool is still running").isTrue();
                    Thread.sleep(20);
                }
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(tool.pid())).start();
                assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(tool.waitFor(30, TimeUnit.SECONDS)).as("the tool exited after Ctrl-C").isTrue();
            } finally {
                tool.destroyForcibly();
            }
            assertThat(stub.sessionIds()).hasSize(1);
            assertThat(stub.logouts()).isEqualTo(stub.sessionIds());
        }
    }
}
