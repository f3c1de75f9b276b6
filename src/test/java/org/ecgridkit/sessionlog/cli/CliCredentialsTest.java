package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.ecgridkit.sessionlog.testkit.StubRequest;
import org.junit.jupiter.api.Test;

/**
 * The tool's credentials beyond what its golden transcripts show: a Login ends with a Logout, after
 * a failure too; the password is asked for on the terminal when the environment has none, and is
 * never printed.
 */
class CliCredentialsTest {

    private static final String PASSWORD = "cli-password-7e2f";

    private static CliRun run(SessionLogStub stub, Map<String, String> environment, PasswordPrompt prompt,
                              String... args) {
        List<String> all = new ArrayList<>(List.of("--endpoint", stub.endpoint().toString()));
        all.addAll(List.of(args));
        return CliRun.of(all, all, environment, "", prompt);
    }

    @Test
    void aLoginEndsWithOneLogoutOfTheSessionItMade() {
        try (SessionLogStub stub = SessionLogStub.start().acceptLogin("alice", PASSWORD)) {
            CliRun run = run(stub, Map.of(SessionLogCommand.PASSWORD_ENV, PASSWORD), name -> null, "--login", "alice");
            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(stub.sessionIds()).hasSize(1);
            assertThat(stub.logouts()).isEqualTo(stub.sessionIds());
        }
    }

    @Test
    void aFailedCallStillLogsOut() {
        try (SessionLogStub stub = SessionLogStub.start().acceptLogin("alice", PASSWORD).respondWithHttpError(503)) {
            CliRun run = run(stub, Map.of(SessionLogCommand.PASSWORD_ENV, PASSWORD), name -> null, "--login", "alice",
                    "--read-timeout", "2s");
            assertThat(run.exitCode()).isEqualTo(ExitCode.TRANSPORT);
            assertThat(stub.logouts()).isEqualTo(stub.sessionIds()).hasSize(1);
        }
    }

    @Test
    void thePasswordIsAskedForOnTheTerminalWhenTheEnvironmentHasNone() {
        List<String> asked = new ArrayList<>();
        try (SessionLogStub stub = SessionLogStub.start().acceptLogin("alice", PASSWORD)) {
            CliRun run = run(stub, Map.of(), name -> {
                asked.add(name);
                return PASSWORD.toCharArray();
            }, "--login", "alice");
            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(asked).containsExactly("alice");
            assertThat(stub.requests()).extracting(StubRequest::operation).containsExactly("Login", "SessionLog", "Logout");
            assertThat(run.stdout() + run.stderr()).doesNotContain(PASSWORD).doesNotContain(stub.sessionIds().get(0));
        }
    }
}
