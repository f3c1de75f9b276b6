package org.ecgridkit.sessionlog.internal;

import jakarta.xml.ws.WebServiceException;

/**
 * Thrown by {@link HttpSoapTransport} when the server answers with an HTTP status outside 2xx and
 * the body is not a SOAP fault. It carries the status through the JAX-WS runtime to
 * {@link FailureTranslator}, which turns it into an {@code EcGridOsTransportException}.
 */
public final class HttpStatusException extends WebServiceException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status code the server sent. */
    private final int status;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status code
     * @param reason the status line's reason phrase, or {@code null}
     * @param cause why the body could not be read as a SOAP fault, or {@code null} when there was no
     *     body or it was not SOAP
     */
    public HttpStatusException(int status, String reason, Throwable cause) {
        super("HTTP " + status + (reason == null || reason.isBlank() ? "" : " " + reason), cause);
        this.status = status;
    }

    /**
     * The HTTP status code the server sent.
     *
     * @return a three-digit status
     */
    public int status() {
        return status;
    }
}
