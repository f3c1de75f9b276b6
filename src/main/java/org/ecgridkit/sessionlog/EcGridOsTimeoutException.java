package org.ecgridkit.sessionlog;

/**
 * The call ran out of time: connecting took longer than the configured connect timeout, the
 * server sent nothing for longer than the read timeout, or the call as a whole (all attempts and
 * the waits between them) outlasted the call timeout. {@link #httpStatus()} is empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class EcGridOsTimeoutException extends EcGridOsTransportException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a timeout exception.
     *
     * @param message which timeout elapsed; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     */
    public EcGridOsTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates a timeout exception for a call that made a number of attempts.
     *
     * @param message which timeout elapsed; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     * @param attempts how many attempts the call made, 0 or more
     */
    public EcGridOsTimeoutException(String message, Throwable cause, int attempts) {
        super(message, cause, attempts);
    }
}
