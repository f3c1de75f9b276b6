package org.ecgridkit.sessionlog.internal;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Stands in for an exception that may hold a session id: one whose message contains it (a SOAP
 * stack often repeats a fault string or a piece of the response in its messages), or a SOAP fault
 * exception, whose SAAJ fault object keeps the whole detail (where a server may echo the id) and
 * cannot be serialized. It keeps the original's class name, masked message, stack trace and cause
 * chain, so nothing is lost for debugging but the secret.
 */
public final class RedactedCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Fully qualified name of the exception this one stands in for. */
    private final String originalClass;

    private RedactedCause(String originalClass, String maskedMessage) {
        super(maskedMessage, null, false, true);
        this.originalClass = originalClass;
    }

    /**
     * Returns the throwable itself when no message in its cause chain contains the secret, and
     * otherwise a copy of the chain with the secret masked in every message.
     *
     * @param failure the failure to keep as a cause
     * @param secret the session id of the call
     * @return a throwable that is safe to print
     */
    public static Throwable of(Throwable failure, String secret) {
        if (failure == null || secret == null || secret.isEmpty() || !leaks(failure, secret)) {
            return failure;
        }
        return copy(failure, secret, new IdentityHashMap<>());
    }

    /**
     * Returns a copy of the throwable's chain with the secret masked in every message, whether or
     * not any message contains it; used for exceptions that hold response content in fields.
     *
     * @param failure the failure to keep as a cause
     * @param secret the session id of the call
     * @return a serializable stand-in that is safe to print
     */
    public static RedactedCause copyOf(Throwable failure, String secret) {
        return (RedactedCause) copy(failure, secret, new IdentityHashMap<>());
    }

    private static boolean leaks(Throwable failure, String secret) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (contains(t.getMessage(), secret) || contains(t.getLocalizedMessage(), secret)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (leaks(suppressed, secret)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(String text, String secret) {
        return text != null && text.contains(secret);
    }

    private static Throwable copy(Throwable original, String secret, Map<Throwable, Throwable> copies) {
        Throwable done = copies.get(original);
        if (done != null) {
            return done;
        }
        RedactedCause copy = new RedactedCause(original.getClass().getName(),
                SecretMask.scrub(original.getMessage(), secret));
        copies.put(original, copy);
        copy.setStackTrace(original.getStackTrace());
        if (original.getCause() != null && original.getCause() != original) {
            copy.initCause(copy(original.getCause(), secret, copies));
        }
        for (Throwable suppressed : original.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, secret, copies));
        }
        return copy;
    }

    /**
     * The class of the exception this one stands in for.
     *
     * @return a fully qualified class name
     */
    public String originalClass() {
        return originalClass;
    }

    /** Prints like the original would, with a marker that the message was masked. */
    @Override
    public String toString() {
        String message = getMessage();
        return originalClass + " [session id masked]" + (message == null ? "" : ": " + message);
    }
}
