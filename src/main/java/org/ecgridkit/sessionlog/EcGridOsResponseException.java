package org.ecgridkit.sessionlog;

/**
 * The server answered, but not with the SOAP response the SessionLog contract describes: the body
 * was not SOAP or not well-formed XML, held an unexpected element, or a session record lacked a
 * field the contract requires (the message names the entry's index and the field). No partial
 * result is ever returned in that case.
 *
 * <p>Immutable and thread-safe.
 */
public final class EcGridOsResponseException extends EcGridOsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message and no cause.
     *
     * @param message what was wrong with the response; must not contain a session id
     */
    public EcGridOsResponseException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that revealed the problem.
     *
     * @param message what was wrong with the response; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     */
    public EcGridOsResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an exception for the response to the last of a number of attempts.
     *
     * @param message what was wrong with the response; must not contain a session id
     * @param cause the underlying failure, or {@code null}
     * @param attempts how many attempts the call made, 0 or more
     */
    public EcGridOsResponseException(String message, Throwable cause, int attempts) {
        super(message, cause, attempts);
    }
}
