package org.ecgridkit.sessionlog.internal.failure;

import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;

/**
 * The last check before a failure leaves the client: the exception, its message, its fields and
 * its causes hold no session id in any spelling. Exceptions built by the translator already comply;
 * this catches those made elsewhere on the call path (a response check that quotes a namespace or
 * a field value, say), which the translator passes on as they are, so that no future message can
 * leak by forgetting to mask.
 */
final class MaskedFailure {

    private MaskedFailure() {
    }

    /**
     * The failure itself when it is safe to show, else a copy of the same type with the secret
     * masked in its text and its cause chain copied through {@link RedactedCause}.
     *
     * @param failure a failure of the call
     * @param secret the call's session id
     * @return a failure that is safe to print, log and serialize
     */
    static EcGridOsException of(EcGridOsException failure, Secret secret) {
        Throwable cause = failure.getCause();
        boolean causeSafe = cause == null || cause instanceof RedactedCause;
        if (causeSafe && !leaks(failure, secret)) {
            return failure;
        }
        RedactedCause safeCause = cause instanceof RedactedCause redacted ? redacted : RedactedCause.of(cause, secret);
        String message = secret.scrub(failure.getMessage());
        EcGridOsException copy;
        if (failure instanceof EcGridOsFaultException fault) {
            copy = new EcGridOsFaultException(fault.operation(), secret.scrub(fault.faultCode()),
                    secret.scrub(fault.faultString()),
                    fault.errorCode().map(secret::scrub).orElse(null), fault.category(),
                    safeCause, failure.attempts());
        } else if (failure instanceof EcGridOsTimeoutException) {
            copy = new EcGridOsTimeoutException(message, safeCause, failure.attempts());
        } else if (failure instanceof EcGridOsTransportException transport) {
            copy = transport.httpStatus().isPresent()
                    ? new EcGridOsTransportException(message, transport.httpStatus().getAsInt(), safeCause, failure.attempts())
                    : new EcGridOsTransportException(message, safeCause, failure.attempts());
        } else if (failure instanceof EcGridOsResponseException) {
            copy = new EcGridOsResponseException(message, safeCause, failure.attempts());
        } else {
            copy = new EcGridOsException(message, safeCause, failure.attempts());
        }
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private static boolean leaks(EcGridOsException failure, Secret secret) {
        if (secret.contains(failure.getMessage())) {
            return true;
        }
        if (failure instanceof EcGridOsFaultException fault) {
            return secret.contains(fault.faultCode()) || secret.contains(fault.faultString())
                    || secret.contains(fault.errorCode().orElse(null));
        }
        return false;
    }
}
