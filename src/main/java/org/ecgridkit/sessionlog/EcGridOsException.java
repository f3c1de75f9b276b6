package org.ecgridkit.sessionlog;

/**
 * The base of every failure a {@link SessionLogClient} call reports. It is unchecked; catch it to
 * handle all failures of a call, or one of its subtypes to handle one kind:
 * {@link EcGridOsFaultException} (the service answered with a SOAP fault),
 * {@link EcGridOsTransportException} (HTTP or network failure, with
 * {@link EcGridOsTimeoutException} for timeouts) and {@link EcGridOsResponseException} (the
 * answer was not the SOAP response the contract describes).
 *
 * <p>{@link #attempts()} tells how many attempts the call made before it gave up (see
 * {@link RetryPolicy}). Messages never contain a session id. The original exception, where there was one, is kept as
 * the {@linkplain #getCause() cause}. Instances are immutable once thrown and safe to share
 * between threads.
 */
public class EcGridOsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How many HTTP attempts the call made; 0 when it failed before the first one. */
    private final int attempts;

    /**
     * Creates an exception with a message and no cause.
     *
     * @param message what failed; must not contain a session id
     */
    public EcGridOsException(String message) {
        this(message, null, 1);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what failed; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     */
    public EcGridOsException(String message, Throwable cause) {
        this(message, cause, 1);
    }

    /**
     * Creates an exception for a call that gave up after a number of attempts.
     *
     * @param message what failed; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     * @param attempts how many attempts the call made, 0 or more
     * @throws IllegalArgumentException if {@code attempts} is negative
     */
    public EcGridOsException(String message, Throwable cause, int attempts) {
        super(message, cause);
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
        this.attempts = attempts;
    }

    /**
     * How many attempts (HTTP exchanges) the call made before it failed: 1 when it was not
     * retried, more when the {@link RetryPolicy} repeated it, 0 when it failed before sending
     * anything (for example, interrupted before the first attempt). Exceptions created with a
     * constructor that takes no count report 1.
     *
     * @return the number of attempts, 0 or more
     */
    public int attempts() {
        return attempts;
    }
}
