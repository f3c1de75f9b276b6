package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

    /**
     * Checks the message, toString, printed stack trace and serialized form for the secret in any
     * spelling a server may echo it in: any case, with or without hyphens, even split by NULs (text
     * of one charset read as another).
     */
    static void assertNoSecretInAnyForm(Throwable failure, String secret) {
        StringWriter printed = new StringWriter();
        failure.printStackTrace(new PrintWriter(printed));
        assertNoSecretInAnyForm(String.valueOf(failure.getMessage()), secret);
        assertNoSecretInAnyForm(failure.toString(), secret);
        assertNoSecretInAnyForm(printed.toString(), secret);
        assertNoSecretInAnyForm(new String(serialized(failure), StandardCharsets.ISO_8859_1), secret);
    }

    /** Checks one text for the secret in any case, with or without hyphens or NULs between its characters. */
    static void assertNoSecretInAnyForm(String text, String secret) {
        assertThat(normalized(text)).as("text, normalized: %s", text).doesNotContain(normalized(secret));
    }

    /** Whether the text holds the secret in any case, with or without hyphens or NULs. */
    static boolean containsInAnyForm(String text, String secret) {
        return normalized(text).contains(normalized(secret));
    }

    private static String normalized(String text) {
        return text.replace("-", "").replace("\u0000", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] serialized(Throwable failure) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(failure);
        } catch (IOException e) {
            throw new UncheckedIOException("the exception must serialize", e);
        }
        return bytes.toByteArray();
    }
}
