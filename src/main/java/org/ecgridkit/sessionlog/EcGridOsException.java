package org.ecgridkit.sessionlog;

/**
 * The base of every failure a {@link SessionLogClient} call reports. It is unchecked; catch it to
 * handle all failures of a call, or one of its subtypes to handle one kind:
 * {@link EcGridOsFaultException} (the service answered with a SOAP fault),
 * {@link EcGridOsTransportException} (HTTP or network failure, with
 * {@link EcGridOsTimeoutException} for timeouts) and {@link EcGridOsResponseException} (the
 * answer was not the SOAP response the contract describes).
 *
 * <p>Messages never contain a session id. The original exception, where there was one, is kept as
 * the {@linkplain #getCause() cause}. Instances are immutable once thrown and safe to share
 * between threads.
 */
public class EcGridOsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message and no cause.
     *
     * @param message what failed; must not contain a session id
     */
    public EcGridOsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what failed; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     */
    public EcGridOsException(String message, Throwable cause) {
        super(message, cause);
    }
}
