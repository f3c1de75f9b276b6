package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Assertions that a session id has not leaked into anything a user could print or log. */
final class SecretAssertions {
    private SecretAssertions() {
    }

    /** Checks the message, toString and full printed stack trace (every cause and suppressed one). */
    static void assertNoSessionId(Throwable failure, String sessionId) {
        StringWriter printed = new StringWriter();
        failure.printStackTrace(new PrintWriter(printed));
        assertThat(String.valueOf(failure.getMessage())).doesNotContain(sessionId);
        assertThat(failure.toString()).doesNotContain(sessionId);
        assertThat(printed.toString()).doesNotContain(sessionId);
    }
}
