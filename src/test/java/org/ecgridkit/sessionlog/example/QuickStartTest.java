package org.ecgridkit.sessionlog.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecgridkit.sessionlog.Credentials;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.junit.jupiter.api.Test;

/** The README's library quick start, QuickStart, works (ReadmeSnippetsTest checks the README shows it word for word). */
class QuickStartTest {

    private static final SessionRecord OPEN = new SessionRecord("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", 12345, 100,
            200, Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z"), SessionStatus.OPEN,
            Optional.empty(), Optional.of("4.1"), List.of(new SessionEvent("SessionLog",
                    Instant.parse("2026-05-07T08:01:00Z"), Duration.ofMillis(12), Optional.of("203.0.113.7"),
                    "Success", Optional.empty())));
    private static final SessionRecord CLOSED = new SessionRecord("1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809", 12345, 100,
            200, Instant.parse("2026-05-06T14:30:00Z"), Instant.parse("2026-05-06T15:30:00Z"), SessionStatus.CLOSED,
            Optional.of(Instant.parse("2026-05-06T14:47:12Z")), Optional.of("4.1"), List.of());

    /** What QuickStart printed, having checked that it reports success exactly when the sessions were printed. */
    private static String run(SessionLogStub stub, Credentials credentials, boolean succeeds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean printed = QuickStart.printSessions(stub.endpoint(), credentials,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(printed).as("printSessions' result").isEqualTo(succeeds);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logsInPrintsTheSessionsAndLogsOut() {
        try (SessionLogStub stub = SessionLogStub.start().acceptLogin("alice", "s3cret").respondWith(OPEN, CLOSED)) {
            assertThat(run(stub, Credentials.login("alice", "s3cret".toCharArray()), true)).isEqualTo(String.format(
                    "2026-05-07T08:00:00Z -> 2026-05-07T09:00:00Z  OPEN    user 12345  mailbox 200  1 API calls%n"
                    + "2026-05-06T14:30:00Z -> 2026-05-06T15:30:00Z  CLOSED  user 12345  mailbox 200  0 API calls%n"));
            assertThat(stub.logouts()).isEqualTo(stub.sessionIds()).hasSize(1);
        }
    }

    @Test
    void saysSoWhenTheLoginIsRefused() {
        try (SessionLogStub stub = SessionLogStub.start().acceptLogin("alice", "s3cret")) {
            assertThat(run(stub, Credentials.login("alice", "not-the-password-1".toCharArray()), false))
                    .isEqualTo(String.format("ECGridOS refused the login name or password.%n"));
            assertThat(stub.logouts()).isEmpty();
        }
    }

    @Test
    void printsANetworkFailureOnceWithoutRepeatingItsPrefix() {
        SessionLogStub stub = SessionLogStub.start();
        stub.close(); // nothing listens at its address any more
        String printed = run(stub, Credentials.login("alice", "s3cret".toCharArray()), false);
        assertThat(printed).startsWith("Login failed on the network: ").doesNotContain("failed: Login failed");
    }
}
