package org.ecgridkit.sessionlog;

import java.util.OptionalInt;

/**
 * The call did not get a SOAP answer: the connection failed or was reset, or the server answered
 * with an HTTP error status and no SOAP fault. {@link #httpStatus()} tells which status, when
 * there was one. Timeouts are reported by the subtype {@link EcGridOsTimeoutException}.
 *
 * <p>Immutable and thread-safe.
 */
public class EcGridOsTransportException extends EcGridOsException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status, or {@link #NO_STATUS}. An int rather than an OptionalInt: it must serialize. */
    private final int httpStatus;

    private static final int NO_STATUS = -1;

    /**
     * Creates an exception for a failure that produced no HTTP status (refused or reset
     * connection, TLS failure, unknown host).
     *
     * @param message what failed; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     */
    public EcGridOsTransportException(String message, Throwable cause) {
        this(message, cause, 1);
    }

    /**
     * Creates an exception for a failure without an HTTP status, after a number of attempts.
     *
     * @param message what failed; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     * @param attempts how many attempts the call made, 0 or more
     */
    public EcGridOsTransportException(String message, Throwable cause, int attempts) {
        super(message, cause, attempts);
        this.httpStatus = NO_STATUS;
    }

    /**
     * Creates an exception for an HTTP answer whose status was an error and whose body was not a
     * SOAP fault.
     *
     * @param message what failed; must not contain a session id
     * @param httpStatus the HTTP status code the server sent, 100 to 999
     * @param cause the underlying failure, or {@code null}
     * @throws IllegalArgumentException if {@code httpStatus} is not a three-digit status code
     */
    public EcGridOsTransportException(String message, int httpStatus, Throwable cause) {
        this(message, httpStatus, cause, 1);
    }

    /**
     * Creates an exception for an HTTP error status without a SOAP fault, after a number of
     * attempts.
     *
     * @param message what failed; must not contain a session id
     * @param httpStatus the HTTP status code the server sent last, 100 to 999
     * @param cause the underlying failure, or {@code null}
     * @param attempts how many attempts the call made, 0 or more
     * @throws IllegalArgumentException if {@code httpStatus} is not a three-digit status code
     */
    public EcGridOsTransportException(String message, int httpStatus, Throwable cause, int attempts) {
        super(message, cause, attempts);
        if (httpStatus < 100 || httpStatus > 999) {
            throw new IllegalArgumentException("httpStatus must be a three-digit HTTP status, was " + httpStatus);
        }
        this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status code the server answered with, if the failure happened after one arrived.
     *
     * @return the status, or empty when no HTTP status was received
     */
    public OptionalInt httpStatus() {
        return httpStatus == NO_STATUS ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }
}
