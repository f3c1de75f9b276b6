package org.ecgridkit.sessionlog.internal.failure;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;
import org.ecgridkit.sessionlog.RetryPolicy;
import org.ecgridkit.sessionlog.internal.CallInterruptedException;
import org.ecgridkit.sessionlog.internal.DeadlineExceededException;
import org.ecgridkit.sessionlog.internal.http.BrokenBodyException;
import org.ecgridkit.sessionlog.internal.http.ResponseTooLargeException;
import org.ecgridkit.sessionlog.internal.soap.HttpStatusException;

/**
 * Decides whether a failed attempt is worth repeating, and how long to wait first. The rules are
 * the ones {@link RetryPolicy} documents: only failures that can go away on their own (a server
 * briefly down, overloaded or restarting; a dropped connection) are retried.
 */
public final class RetryAdvisor {

    private RetryAdvisor() {
    }

    /**
     * Why the failure may succeed next time, for the log; {@code null} when it will not: a SOAP fault,
     * an HTTP 4xx other than 429, a TLS or DNS failure, a response the contract does not allow, or
     * the end of the call (deadline, interrupt).
     */
    public static String retryableReason(RuntimeException failure) {
        if (Causes.find(failure, DeadlineExceededException.class) != null
                || Causes.find(failure, CallInterruptedException.class) != null
                || Causes.find(failure, ResponseTooLargeException.class) != null
                || Causes.find(failure, SSLException.class) != null
                || Causes.find(failure, UnknownHostException.class) != null) {
            return null;
        }
        HttpStatusException status = Causes.find(failure, HttpStatusException.class);
        if (status != null) {
            return switch (status.status()) {
                case 429, 500, 502, 503, 504 -> "HTTP " + status.status();
                default -> null;
            };
        }
        if (Causes.find(failure, SocketTimeoutException.class) != null) {
            return "timeout";
        }
        SocketException socket = Causes.find(failure, SocketException.class);
        if (socket != null) {
            return socket.getClass().getSimpleName();
        }
        if (Causes.find(failure, BrokenBodyException.class) != null) {
            return "response cut short";
        }
        return Causes.find(failure, EOFException.class) != null ? "connection closed early" : null;
    }

    /**
     * How long to wait before the next attempt: the server's {@code Retry-After} when it sent a
     * valid one, else a random time up to {@code min(maxDelay, baseDelay × 2^(attempts-1))}.
     */
    public static Duration delayBeforeRetry(RuntimeException failure, int attemptsSoFar, RetryPolicy policy, Instant now) {
        HttpStatusException status = Causes.find(failure, HttpStatusException.class);
        Duration retryAfter = status == null ? null : parseRetryAfter(status.retryAfter(), now);
        return retryAfter != null ? retryAfter : fullJitter(attemptsSoFar, policy);
    }

    static Duration fullJitter(int attemptsSoFar, RetryPolicy policy) {
        long base = policy.baseDelay().toNanos();
        long cap = policy.maxDelay().toNanos();
        int doublings = Math.min(attemptsSoFar - 1, 62);
        long ceiling = base > (cap >> doublings) ? cap : Math.min(cap, base << doublings);
        return Duration.ofNanos(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /**
     * Reads {@code Retry-After}: delay-seconds or an HTTP date (RFC 9110 §10.2.3). A date in the
     * past means "now".
     *
     * @return the wait, or {@code null} when the header is absent or malformed
     */
    static Duration parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException | ArithmeticException tooLong) {
                return null;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
