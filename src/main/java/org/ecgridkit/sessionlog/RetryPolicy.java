package org.ecgridkit.sessionlog;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SessionLogClient} repeats a SessionLog call that failed in a way that can succeed
 * next time. SessionLog only reads, so repeating it is safe.
 *
 * <p>What is retried: a failed or timed-out connection, a connection reset or closed before any
 * answer, a read timeout, and HTTP 429, 500 (without a SOAP fault), 502, 503 and 504. What is
 * never retried: a SOAP fault (authentication, authorization and bad-parameter faults would only
 * fail again, as the vendor warns), any other HTTP 4xx, TLS failures, unknown hosts and responses
 * that are not the contract's SOAP.
 *
 * <p>Before attempt <i>n</i> + 1 the client waits a random time between zero and
 * {@code min(maxDelay, baseDelay × 2^(n-1))} ("full jitter", so that many clients do not retry in
 * step). When the server sent {@code Retry-After} (seconds or an HTTP date), the client waits that
 * long instead. Attempts and waits together never run past the client's
 * {@linkplain SessionLogClient.Builder#callTimeout(Duration) call timeout}: a wait that would end
 * after it is not started, and the last failure is reported. An interrupt ends the wait at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {

    private static final int STANDARD_ATTEMPTS = 3;
    private static final Duration STANDARD_BASE_DELAY = Duration.ofMillis(200);
    private static final Duration STANDARD_MAX_DELAY = Duration.ofSeconds(5);
    /** A bound that keeps {@code baseDelay × 2^(n-1)} far from overflow and a runaway loop. */
    private static final int MAX_ATTEMPTS = 100;

    private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    private static final RetryPolicy STANDARD =
            new RetryPolicy(STANDARD_ATTEMPTS, STANDARD_BASE_DELAY, STANDARD_MAX_DELAY);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;

    private RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * A policy that makes exactly one attempt.
     *
     * @return the policy that never retries
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * The default policy, following the vendor's guidance: at most 3 attempts, exponential backoff
     * with full jitter from a base of 200 ms, each wait at most 5 s.
     *
     * @return the standard policy
     */
    public static RetryPolicy standard() {
        return STANDARD;
    }

    /**
     * Starts a custom policy, with every setting at the {@linkplain #standard() standard} value.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The most attempts a call makes, the first included.
     *
     * @return 1 or more; 1 means no retry
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The upper bound of the first wait; each later bound doubles, up to {@link #maxDelay()}.
     *
     * @return the base delay
     */
    public Duration baseDelay() {
        return baseDelay;
    }

    /**
     * The upper bound of any backoff wait (a server's {@code Retry-After} may ask for longer).
     *
     * @return the maximum delay
     */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * Compares the three settings.
     *
     * @param other the object to compare with
     * @return whether {@code other} is a policy with the same settings
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RetryPolicy that
                && maxAttempts == that.maxAttempts
                && baseDelay.equals(that.baseDelay)
                && maxDelay.equals(that.maxDelay);
    }

    /**
     * A hash of the three settings.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, maxDelay);
    }

    /**
     * Describes the policy.
     *
     * @return e.g. {@code RetryPolicy[maxAttempts=3, baseDelay=PT0.2S, maxDelay=PT5S]}
     */
    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay + "]";
    }

    /**
     * Configures a {@link RetryPolicy}. Setters reject bad values at once; {@link #build()}
     * checks that the settings fit together. Mutable and not thread-safe.
     */
    public static final class Builder {
        private int maxAttempts = STANDARD_ATTEMPTS;
        private Duration baseDelay = STANDARD_BASE_DELAY;
        private Duration maxDelay = STANDARD_MAX_DELAY;

        private Builder() {
        }

        /**
         * Sets the most attempts a call makes, the first included. Default: 3.
         *
         * @param maxAttempts 1 (no retry) to 100
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is outside 1..100
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
                throw new IllegalArgumentException("maxAttempts must be 1.." + MAX_ATTEMPTS + ", was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the upper bound of the first backoff wait. Default: 200 ms.
         *
         * @param delay zero or positive
         * @return this builder
         * @throws NullPointerException if {@code delay} is null
         * @throws IllegalArgumentException if {@code delay} is negative
         */
        public Builder baseDelay(Duration delay) {
            this.baseDelay = checkDelay(delay, "baseDelay");
            return this;
        }

        /**
         * Sets the upper bound of every backoff wait. Default: 5 s.
         *
         * @param delay zero or positive, and at least the base delay when {@link #build()} runs
         * @return this builder
         * @throws NullPointerException if {@code delay} is null
         * @throws IllegalArgumentException if {@code delay} is negative
         */
        public Builder maxDelay(Duration delay) {
            this.maxDelay = checkDelay(delay, "maxDelay");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return a new immutable policy
         * @throws IllegalStateException if the maximum delay is shorter than the base delay
         */
        public RetryPolicy build() {
            if (maxDelay.compareTo(baseDelay) < 0) {
                throw new IllegalStateException("maxDelay (" + maxDelay + ") must not be shorter than baseDelay ("
                        + baseDelay + ")");
            }
            return new RetryPolicy(maxAttempts, baseDelay, maxDelay);
        }

        private static Duration checkDelay(Duration delay, String name) {
            Objects.requireNonNull(delay, name);
            if (delay.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + delay);
            }
            return delay;
        }
    }
}
