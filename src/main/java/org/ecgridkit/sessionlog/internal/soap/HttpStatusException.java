package org.ecgridkit.sessionlog.internal.soap;

import jakarta.xml.ws.WebServiceException;
import org.ecgridkit.sessionlog.internal.http.HttpAnswer;

/**
 * Thrown by {@link HttpSoapTransport} when the server answers with an HTTP status outside 2xx and
 * the body is not a SOAP fault. It carries the status and {@code Retry-After} through the JAX-WS
 * runtime to the retry advice and the translation, which make it an
 * {@code EcGridOsTransportException} with the status.
 */
public final class HttpStatusException extends WebServiceException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status code the server sent. */
    private final int status;
    /** The {@code Retry-After} header as sent, or null. */
    private final String retryAfter;

    /**
     * Creates the exception for an answer read by our transport.
     *
     * @param answer the answer with the error status
     * @param cause why the body could not be read as a SOAP fault, or {@code null}
     */
    HttpStatusException(HttpAnswer answer, Throwable cause) {
        super("HTTP " + answer.status()
                + (answer.reason() == null || answer.reason().isBlank() ? "" : " " + answer.reason()), cause);
        this.status = answer.status();
        this.retryAfter = answer.retryAfter();
    }

    /**
     * The HTTP status code the server sent.
     *
     * @return a three-digit status
     */
    public int status() {
        return status;
    }

    /**
     * The server's {@code Retry-After} header, unparsed.
     *
     * @return the header's value, or {@code null} when there was none
     */
    public String retryAfter() {
        return retryAfter;
    }
}
