package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.client.ClientTransportException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.CharConversionException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;

/**
 * Maps whatever the JAX-WS runtime threw during a SessionLog call to exactly one
 * {@link EcGridOsException} subtype, keeping the original (redacted if it repeats the session id)
 * as the cause:
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>JAX-WS failure</th><th>becomes</th></tr>
 *   <tr><td>{@code SOAPFaultException}</td><td>{@code EcGridOsFaultException} (see {@link FaultDecoder})</td></tr>
 *   <tr><td>a socket or HTTP timeout anywhere in the cause chain</td><td>{@code EcGridOsTimeoutException}</td></tr>
 *   <tr><td>an HTTP error status without a SOAP fault</td><td>{@code EcGridOsTransportException} with the status</td></tr>
 *   <tr><td>an answer whose status line is not HTTP</td><td>{@code EcGridOsTransportException} without status</td></tr>
 *   <tr><td>an HTTP 2xx whose body is HTML</td><td>{@code EcGridOsResponseException}</td></tr>
 *   <tr><td>any other I/O failure (refused, reset, TLS, unknown host)</td><td>{@code EcGridOsTransportException}</td></tr>
 *   <tr><td>anything else (malformed XML, not SOAP, unexpected element)</td><td>{@code EcGridOsResponseException}</td></tr>
 * </table>
 */
public final class FailureTranslator {

    /** The JAX-WS RI's message key for "the server sent HTTP status code {0}: {1}". */
    private static final String HTTP_STATUS_KEY = "http.status.code";

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
        Throwable timeout = find(failure, SocketTimeoutException.class, HttpTimeoutException.class);
        if (timeout != null) {
            return new EcGridOsTimeoutException("SessionLog timed out: " + describeTimeout(timeout), cause);
        }
        Integer status = httpStatus(failure);
        if (status != null && (status < 100 || status > 999)) {
            // HttpURLConnection reports -1 when the answer's status line is not HTTP at all.
            return new EcGridOsTransportException("SessionLog failed: the server's answer is not valid HTTP", cause);
        }
        if (status != null) {
            if (status >= 200 && status < 300) {
                return new EcGridOsResponseException("SessionLog got HTTP " + status
                        + " with an HTML body instead of a SOAP envelope", cause);
            }
            return new EcGridOsTransportException("SessionLog failed: the server answered HTTP " + status
                    + " without a SOAP fault", status, cause);
        }
        Throwable io = find(failure, IOException.class);
        if (io != null && !isBadEncoding(io)) {
            return new EcGridOsTransportException("SessionLog failed on the network: "
                    + io.getClass().getSimpleName() + describeMessage(io, sessionId), cause);
        }
        return new EcGridOsResponseException("SessionLog response is not the SOAP response the contract describes: "
                + rootCause(failure).getClass().getSimpleName() + describeMessage(rootCause(failure), sessionId), cause);
    }

    private static String describeTimeout(Throwable timeout) {
        String message = timeout.getMessage();
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("connect")) {
            return "could not connect within the connect timeout";
        }
        return "no data from the server within the read timeout";
    }

    private static String describeMessage(Throwable t, String sessionId) {
        String message = SecretMask.scrub(t.getMessage(), sessionId);
        return message == null || message.isBlank() ? "" : " (" + message + ")";
    }

    private static Integer httpStatus(Throwable failure) {
        Throwable t = find(failure, ClientTransportException.class);
        if (t == null) {
            return null;
        }
        ClientTransportException cte = (ClientTransportException) t;
        Object[] args = cte.getArguments();
        if (!HTTP_STATUS_KEY.equals(cte.getKey()) || args == null || args.length == 0) {
            return null;
        }
        try {
            return Integer.valueOf(String.valueOf(args[0]).strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Malformed bytes in the response are a content problem, though Java reports them as I/O. */
    private static boolean isBadEncoding(Throwable io) {
        return io instanceof CharConversionException || io instanceof CharacterCodingException;
    }

    @SafeVarargs
    private static Throwable find(Throwable failure, Class<? extends Throwable>... types) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
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
