package org.ecgridkit.sessionlog;

/**
 * The call ran out of time: connecting took longer than the configured connect timeout, or the
 * server sent nothing for longer than the read timeout. {@link #httpStatus()} is empty.
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
}
