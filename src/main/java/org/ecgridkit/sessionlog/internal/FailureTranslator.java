package org.ecgridkit.sessionlog.internal;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.CharConversionException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;

/**
 * Maps whatever a SessionLog call threw inside the JAX-WS runtime to exactly one
 * {@link EcGridOsException} subtype, keeping the original (redacted if it repeats the session id)
 * as the cause:
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>failure</th><th>becomes</th></tr>
 *   <tr><td>{@code SOAPFaultException} (any HTTP status)</td><td>{@code EcGridOsFaultException} (see {@link FaultDecoder})</td></tr>
 *   <tr><td>{@link HttpStatusException}: a non-2xx status without a SOAP fault</td><td>{@code EcGridOsTransportException} with the status</td></tr>
 *   <tr><td>a socket timeout anywhere in the cause chain</td><td>{@code EcGridOsTimeoutException}</td></tr>
 *   <tr><td>any other I/O failure (refused, reset, not HTTP, TLS)</td><td>{@code EcGridOsTransportException}</td></tr>
 *   <tr><td>anything else (not SOAP, malformed XML, unexpected element, HTML with 2xx)</td><td>{@code EcGridOsResponseException}</td></tr>
 * </table>
 */
public final class FailureTranslator {

    private FailureTranslator() {
    }

    /**
     * Translates a failure of the SOAP call.
     *
     * @param failure what the JAX-WS port threw
     * @param sessionId the call's session id, masked wherever the failure repeats it
     * @return the exception to throw
     */
    public static EcGridOsException translate(RuntimeException failure, String sessionId) {
        if (failure instanceof EcGridOsException) {
            return (EcGridOsException) failure;
        }
        if (failure instanceof SOAPFaultException) {
            return FaultDecoder.decode((SOAPFaultException) failure, sessionId);
        }
        Throwable cause = RedactedCause.of(failure, sessionId);
        HttpStatusException status = find(failure, HttpStatusException.class);
        if (status != null) {
            return new EcGridOsTransportException("SessionLog failed: the server answered "
                    + status.getMessage() + " without a SOAP fault", status.status(), cause);
        }
        SocketTimeoutException timeout = find(failure, SocketTimeoutException.class);
        if (timeout != null) {
            return new EcGridOsTimeoutException("SessionLog timed out: " + describeTimeout(timeout), cause);
        }
        IOException io = find(failure, IOException.class);
        if (io != null && !isBadEncoding(io)) {
            return new EcGridOsTransportException("SessionLog failed on the network: "
                    + io.getClass().getSimpleName() + describeMessage(io, sessionId), cause);
        }
        Throwable root = rootCause(failure);
        return new EcGridOsResponseException("SessionLog response is not the SOAP response the contract describes: "
                + root.getClass().getSimpleName() + describeMessage(root, sessionId), cause);
    }

    private static String describeTimeout(SocketTimeoutException timeout) {
        String message = timeout.getMessage();
        if (message != null && message.toLowerCase(Locale.ROOT).contains("connect")) {
            return "could not connect within the connect timeout";
        }
        return "no data from the server within the read timeout";
    }

    private static String describeMessage(Throwable t, String sessionId) {
        String message = SecretMask.scrub(t.getMessage(), sessionId);
        return message == null || message.isBlank() ? "" : " (" + message + ")";
    }

    /** Malformed bytes in the response are a content problem, though Java reports them as I/O. */
    private static boolean isBadEncoding(IOException io) {
        return io instanceof CharConversionException || io instanceof CharacterCodingException;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            root = t;
        }
        return root;
    }
}
