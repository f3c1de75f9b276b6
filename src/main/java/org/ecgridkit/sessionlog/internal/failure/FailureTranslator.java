package org.ecgridkit.sessionlog.internal.failure;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.CharConversionException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
import org.ecgridkit.sessionlog.internal.CallContext;
import org.ecgridkit.sessionlog.internal.CallInterruptedException;
import org.ecgridkit.sessionlog.internal.DeadlineExceededException;
import org.ecgridkit.sessionlog.internal.Durations;
import org.ecgridkit.sessionlog.internal.http.CompressedAnswerException;
import org.ecgridkit.sessionlog.internal.http.ResponseTooLargeException;
import org.ecgridkit.sessionlog.internal.soap.HttpStatusException;

/**
 * Maps whatever a SessionLog call threw inside the JAX-WS runtime to exactly one
 * {@link EcGridOsException} subtype, keeping the original (redacted if it repeats the session id)
 * as the cause:
 *
 * <p>Every cause is kept as a {@link RedactedCause} copy, and the result passes {@link MaskedFailure},
 * so that no text of it holds the session id in any spelling.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>failure</th><th>becomes</th></tr>
 *   <tr><td>{@code SOAPFaultException} (any HTTP status)</td><td>{@code EcGridOsFaultException} (see {@link FaultDecoder})</td></tr>
 *   <tr><td>{@link HttpStatusException}: a non-2xx status without a SOAP fault</td><td>{@code EcGridOsTransportException} with the status</td></tr>
 *   <tr><td>the call timeout ran out</td><td>{@code EcGridOsTimeoutException}</td></tr>
 *   <tr><td>the calling thread was interrupted</td><td>{@code EcGridOsException}</td></tr>
 *   <tr><td>a body over {@code maxResponseBytes}</td><td>{@code EcGridOsResponseException}</td></tr>
 *   <tr><td>a compressed answer ({@link CompressedAnswerException})</td><td>{@code EcGridOsResponseException}</td></tr>
 *   <tr><td>a socket timeout anywhere in the cause chain</td><td>{@code EcGridOsTimeoutException}</td></tr>
 *   <tr><td>any other I/O failure (refused, reset, not HTTP, TLS)</td><td>{@code EcGridOsTransportException}</td></tr>
 *   <tr><td>anything else (not SOAP, malformed XML, unexpected element, HTML with 2xx)</td><td>{@code EcGridOsResponseException}</td></tr>
 * </table>
 */
public final class FailureTranslator {

    private FailureTranslator() {
    }

    /**
     * Translates the failure of a call's last attempt.
     *
     * @param failure what the JAX-WS port threw
     * @param call the call, whose session id is masked wherever the failure repeats it
     * @param attempts how many attempts the call made
     * @return the exception to throw
     */
    public static EcGridOsException translate(RuntimeException failure, CallContext call, int attempts) {
        return MaskedFailure.of(map(failure, call, attempts), call.secret());
    }

    private static EcGridOsException map(RuntimeException failure, CallContext call, int attempts) {
        Secret secret = call.secret();
        String operation = call.operation();
        if (failure instanceof EcGridOsException) {
            return (EcGridOsException) failure;
        }
        if (failure instanceof SOAPFaultException) {
            return FaultDecoder.decode((SOAPFaultException) failure, operation, secret, attempts);
        }
        Throwable cause = RedactedCause.of(failure, secret);
        String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        if (Causes.find(failure, CallInterruptedException.class) != null) {
            return interrupted(call, cause, attempts);
        }
        if (Causes.find(failure, DeadlineExceededException.class) != null) {
            return deadlineExceeded(call, cause, attempts);
        }
        ResponseTooLargeException tooLarge = Causes.find(failure, ResponseTooLargeException.class);
        if (tooLarge != null) {
            return new EcGridOsResponseException(operation + " response refused: " + tooLarge.getMessage() + tries,
                    cause, attempts);
        }
        CompressedAnswerException compressed = Causes.find(failure, CompressedAnswerException.class);
        if (compressed != null) {
            return new EcGridOsResponseException(operation + " response refused: " + compressed.getMessage() + tries,
                    cause, attempts);
        }
        HttpStatusException status = Causes.find(failure, HttpStatusException.class);
        if (status != null) {
            String said = operation + " failed: the server answered " + secret.scrub(status.getMessage())
                    + " without a SOAP fault" + tries;
            return isHttpStatus(status.status())
                    ? new EcGridOsTransportException(said, status.status(), cause, attempts)
                    : new EcGridOsTransportException(said, cause, attempts);
        }
        SocketTimeoutException timeout = Causes.find(failure, SocketTimeoutException.class);
        if (timeout != null) {
            return new EcGridOsTimeoutException(operation + " timed out: " + describeTimeout(timeout) + tries,
                    cause, attempts);
        }
        IOException io = Causes.find(failure, IOException.class);
        if (io != null && !isBadEncoding(io)) {
            return new EcGridOsTransportException(operation + " failed on the network: "
                    + io.getClass().getSimpleName() + describeMessage(io, secret) + tries, cause, attempts);
        }
        Throwable root = Causes.root(failure);
        return new EcGridOsResponseException(operation + " response is not the SOAP response the contract describes: "
                + root.getClass().getSimpleName() + describeMessage(root, secret) + tries, cause, attempts);
    }

    /**
     * The failure of a call whose thread was interrupted; the caller keeps the interrupt flag set.
     *
     * @param call the call
     * @param cause the interruption, kept as the cause
     * @param attempts how many attempts the call made
     * @return the exception to throw
     */
    public static EcGridOsException interrupted(CallContext call, Throwable cause, int attempts) {
        return new EcGridOsException(call.operation() + " was interrupted after " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + "; the thread's interrupt flag is still set",
                cause, attempts);
    }

    /**
     * The failure of a call that ran out of its call timeout.
     *
     * @param call the call
     * @param cause what the deadline cut short, kept as the cause
     * @param attempts how many attempts the call made
     * @return the exception to throw
     */
    public static EcGridOsTimeoutException deadlineExceeded(CallContext call, Throwable cause, int attempts) {
        return new EcGridOsTimeoutException(call.operation() + " did not complete within the call timeout of "
                + Durations.describe(call.callTimeout()) + " (" + attempts
                + (attempts == 1 ? " attempt)" : " attempts)"), cause, attempts);
    }

    /** What our exception can carry as a status; the transport lets nothing else through, but this must not throw. */
    private static boolean isHttpStatus(int status) {
        return status >= 100 && status <= 999;
    }

    private static String describeTimeout(SocketTimeoutException timeout) {
        String message = timeout.getMessage();
        if (message != null && message.toLowerCase(Locale.ROOT).contains("connect")) {
            return "could not connect within the connect timeout";
        }
        return "no data from the server within the read timeout";
    }

    private static String describeMessage(Throwable t, Secret secret) {
        String message = secret.scrub(t.getMessage());
        return message == null || message.isBlank() ? "" : " (" + message + ")";
    }

    /** Malformed bytes in the response are a content problem, though Java reports them as I/O. */
    private static boolean isBadEncoding(IOException io) {
        return io instanceof CharConversionException || io instanceof CharacterCodingException;
    }
}
