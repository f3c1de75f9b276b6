package org.ecgridkit.sessionlog.internal.failure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import org.ecgridkit.sessionlog.RetryPolicy;
import org.ecgridkit.sessionlog.internal.soap.HttpStatusException;

/**
 * Decides whether a failed attempt is worth repeating, and how long to wait first. The rules are
 * the ones {@link RetryPolicy} documents: only failures that can go away on their own (a server
 * briefly down, overloaded or restarting; a dropped connection) are retried. What a failure is comes
 * from its {@link Diagnosis}, the same the translation reads.
 */
public final class RetryAdvisor {

    private RetryAdvisor() {
    }

    /**
     * Why the failure may succeed next time, for the log; {@code null} when it will not: a SOAP fault,
     * an HTTP 4xx other than 429, a TLS or DNS failure, a response the contract does not allow, or
     * the end of the call (deadline, interrupt). Only what can go away by itself is retried: an HTTP
     * 429, 500, 502, 503 or 504, a socket timeout, a connection refused or reset, a body cut short.
     *
     * @param failure the failed attempt
     * @return the reason to retry, or null
     */
    public static String retryableReason(Diagnosis failure) {
        if (failure.shows(FailureKind.DEADLINE) || failure.shows(FailureKind.INTERRUPTED)
                || failure.shows(FailureKind.RESPONSE_TOO_LARGE) || failure.shows(FailureKind.TLS)
                || failure.shows(FailureKind.UNKNOWN_HOST)) {
            return null;
        }
        HttpStatusException status = failure.evidence(FailureKind.HTTP_STATUS, HttpStatusException.class);
        if (status != null) {
            return switch (status.status()) {
                case 429, 500, 502, 503, 504 -> "HTTP " + status.status();
                default -> null;
            };
        }
        if (failure.shows(FailureKind.SOCKET_TIMEOUT)) {
            return "timeout";
        }
        Throwable connection = failure.evidence(FailureKind.CONNECTION, Throwable.class);
        if (connection != null) {
            return connection.getClass().getSimpleName();
        }
        if (failure.shows(FailureKind.BODY_CUT_SHORT)) {
            return "response cut short";
        }
        return failure.shows(FailureKind.CLOSED_EARLY) ? "connection closed early" : null;
    }

    /**
     * How long to wait before the next attempt: the server's {@code Retry-After} when it sent a
     * valid one, else a random time up to {@code min(maxDelay, baseDelay × 2^(attempts-1))}.
     *
     * @param failure the failed attempt
     * @param attemptsSoFar how many attempts the request has made
     * @param policy the client's retry policy
     * @param now the time, for a {@code Retry-After} date
     * @return the wait
     */
    public static Duration delayBeforeRetry(Diagnosis failure, int attemptsSoFar, RetryPolicy policy, Instant now) {
        HttpStatusException status = failure.evidence(FailureKind.HTTP_STATUS, HttpStatusException.class);
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
