package org.ecgridkit.sessionlog.internal.failure;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
import org.ecgridkit.sessionlog.internal.CallContext;
import org.ecgridkit.sessionlog.internal.Durations;
import org.ecgridkit.sessionlog.internal.soap.HttpStatusException;

/**
 * Turns the failure of a call's last attempt into exactly one {@link EcGridOsException} subtype,
 * chosen by what the failure is ({@link Diagnosis#kind()}), and keeps the original as the cause.
 * Every cause is kept as a {@link RedactedCause} copy, and the result passes {@link MaskedFailure},
 * so that no text of it holds the session id in any spelling.
 *
 * <table>
 *   <caption>Mapping</caption>
 *   <tr><th>kind</th><th>becomes</th></tr>
 *   <tr><td>{@code REPORTED}</td><td>itself</td></tr>
 *   <tr><td>{@code SOAP_FAULT} (any HTTP status)</td><td>{@code EcGridOsFaultException} (see {@link FaultDecoder})</td></tr>
 *   <tr><td>{@code INTERRUPTED}</td><td>{@code EcGridOsException}; the thread's interrupt flag stays set</td></tr>
 *   <tr><td>{@code DEADLINE}</td><td>{@code EcGridOsTimeoutException}</td></tr>
 *   <tr><td>{@code RESPONSE_TOO_LARGE}, {@code COMPRESSED_ANSWER}</td><td>{@code EcGridOsResponseException}</td></tr>
 *   <tr><td>{@code HTTP_STATUS}: a non-2xx status without a SOAP fault</td><td>{@code EcGridOsTransportException} with the status</td></tr>
 *   <tr><td>{@code SOCKET_TIMEOUT}</td><td>{@code EcGridOsTimeoutException}</td></tr>
 *   <tr><td>the network kinds, {@code TLS} to {@code NETWORK_IO} (refused, reset, not HTTP, TLS)</td><td>{@code EcGridOsTransportException}</td></tr>
 *   <tr><td>{@code CONTRACT_MISMATCH}, {@code BAD_RESPONSE} (not SOAP, malformed XML, unexpected element, HTML with 2xx)</td><td>{@code EcGridOsResponseException}</td></tr>
 * </table>
 */
public final class FailureTranslator {

    private FailureTranslator() {
    }

    /**
     * Translates the failure of a call's last attempt.
     *
     * @param failure what the attempt threw, diagnosed
     * @param call the call, whose session id is masked wherever the failure repeats it
     * @param attempts how many attempts the call made
     * @return the exception to throw
     */
    public static EcGridOsException translate(Diagnosis failure, CallContext call, int attempts) {
        return MaskedFailure.of(map(failure, call, attempts), call.secret());
    }

    private static EcGridOsException map(Diagnosis diagnosis, CallContext call, int attempts) {
        RuntimeException failure = diagnosis.failure();
        Secret secret = call.secret();
        String operation = call.operation();
        FailureKind kind = diagnosis.kind();
        if (kind == FailureKind.REPORTED) {
            return (EcGridOsException) failure;
        }
        if (kind == FailureKind.SOAP_FAULT) {
            return FaultDecoder.decode((SOAPFaultException) failure, operation, secret, attempts);
        }
        Throwable cause = RedactedCause.of(failure, secret);
        String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        switch (kind) {
            case INTERRUPTED:
                return interrupted(call, cause, attempts);
            case DEADLINE:
                return deadlineExceeded(call, cause, attempts);
            case RESPONSE_TOO_LARGE:
            case COMPRESSED_ANSWER:
                return new EcGridOsResponseException(operation + " response refused: "
                        + diagnosis.evidence(kind, Throwable.class).getMessage() + tries, cause, attempts);
            case HTTP_STATUS:
                HttpStatusException status = diagnosis.evidence(kind, HttpStatusException.class);
                String said = operation + " failed: the server answered " + secret.scrub(status.getMessage())
                        + " without a SOAP fault" + tries;
                return isHttpStatus(status.status())
                        ? new EcGridOsTransportException(said, status.status(), cause, attempts)
                        : new EcGridOsTransportException(said, cause, attempts);
            case SOCKET_TIMEOUT:
                return new EcGridOsTimeoutException(operation + " timed out: "
                        + describeTimeout(diagnosis.evidence(kind, SocketTimeoutException.class)) + tries, cause, attempts);
            case TLS:
            case UNKNOWN_HOST:
            case CONNECTION:
            case BODY_CUT_SHORT:
            case CLOSED_EARLY:
            case NETWORK_IO:
                IOException io = diagnosis.io();
                return new EcGridOsTransportException(operation + " failed on the network: "
                        + io.getClass().getSimpleName() + describeMessage(io, secret) + tries, cause, attempts);
            default:
                Throwable root = diagnosis.root();
                return new EcGridOsResponseException(operation + " response is not the SOAP response the contract describes: "
                        + root.getClass().getSimpleName() + describeMessage(root, secret) + tries, cause, attempts);
        }
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
}
