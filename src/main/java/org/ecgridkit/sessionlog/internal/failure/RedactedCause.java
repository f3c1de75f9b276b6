package org.ecgridkit.sessionlog.internal.failure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stands in for an exception that a failure keeps as its cause, with every session id masked: in
 * its message, its stack frames (a fault's detail can carry the server's own frames, which the
 * JAX-WS RI turns into a cause) and in each cause and suppressed exception, however the server
 * spelled the id ({@link SecretMask#scrub}).
 *
 * <p>Failures are always copied, never kept as they are: an original can hold response content in
 * fields that no message shows but serialization writes (a SAAJ fault's detail, a stream
 * exception's nested exception), and checking every field of every class is not possible. The
 * copy keeps the original's class name, masked message, stack trace, causes and suppressed
 * exceptions, so nothing is lost for debugging but the secret; it is built bottom-up through
 * constructors, never with {@code initCause}, and cannot fail on a chain that loops, is very
 * deep, or whose messages throw.
 */
public final class RedactedCause extends RuntimeException {
    private static final long serialVersionUID = 2L;

    /** A chain longer than this is cut: no real failure is that deep, and printing it would be useless. */
    private static final int MAX_CHAIN = 256;
    /** Suppressed exceptions of suppressed exceptions are followed this deep at most. */
    private static final int MAX_SUPPRESSED_DEPTH = 8;
    private static final String UNREADABLE = "(the exception's message could not be read)";

    /** Fully qualified name of the exception this one stands in for. */
    private final String originalClass;
    /** Whether a secret was masked in this exception's own message or frames. */
    private final boolean masked;

    private RedactedCause(String originalClass, String message, boolean masked, RedactedCause cause) {
        super(message, cause, true, true);
        this.originalClass = originalClass;
        this.masked = masked;
    }

    /**
     * Returns a copy of the throwable, its cause chain and suppressed exceptions, with the secret
     * masked everywhere. Never throws.
     *
     * @param failure the failure to keep as a cause; may be null
     * @param secret the session id of the call; may be null or empty, then nothing is masked but the
     *     copy is made all the same
     * @return the copy, or null when {@code failure} is null
     */
    public static RedactedCause of(Throwable failure, Secret secret) {
        if (failure == null) {
            return null;
        }
        return copyChain(failure, secret, new IdentityHashMap<>(), 0);
    }

    /** Copies {@code first} and the chain below it, last link first, so each copy is born with its cause. */
    private static RedactedCause copyChain(Throwable first, Secret secret, Map<Throwable, RedactedCause> copies,
                                           int suppressedDepth) {
        RedactedCause known = copies.get(first);
        if (known != null) {
            return known;
        }
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> inChain = new IdentityHashMap<>();
        for (Throwable t = first; t != null && chain.size() < MAX_CHAIN && !copies.containsKey(t)
                && inChain.put(t, Boolean.TRUE) == null; t = Causes.next(t)) {
            chain.add(t);
        }
        Throwable last = chain.get(chain.size() - 1);
        Throwable below = Causes.next(last);
        RedactedCause cause = below == null ? null : copies.get(below);
        boolean cut = below != null && cause == null && !inChain.containsKey(below);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable original = chain.get(i);
            String message = messageOf(original);
            String scrubbed = secret.scrub(message);
            if (cut && i == chain.size() - 1) {
                scrubbed = (scrubbed == null ? "" : scrubbed + " ") + "(deeper causes not kept)";
            }
            StackTraceElement[] frames = framesOf(original);
            StackTraceElement[] scrubbedFrames = scrubFrames(frames, secret);
            RedactedCause copy = new RedactedCause(original.getClass().getName(), scrubbed,
                    !java.util.Objects.equals(message, scrubbed) || frames != scrubbedFrames, cause);
            copy.setStackTrace(scrubbedFrames);
            copies.put(original, copy);
            cause = copy;
        }
        for (Throwable original : chain) {
            addSuppressed(original, copies.get(original), secret, copies, suppressedDepth);
        }
        return cause;
    }

    private static void addSuppressed(Throwable original, RedactedCause copy, Secret secret,
                                      Map<Throwable, RedactedCause> copies, int depth) {
        if (depth >= MAX_SUPPRESSED_DEPTH) {
            return;
        }
        Throwable[] suppressed;
        try {
            suppressed = original.getSuppressed();
        } catch (RuntimeException unreadable) {
            return;
        }
        for (Throwable s : suppressed) {
            RedactedCause sCopy = copyChain(s, secret, copies, depth + 1);
            if (sCopy != copy) {
                copy.addSuppressed(sCopy);
            }
        }
    }

    private static String messageOf(Throwable t) {
        try {
            return t.getMessage();
        } catch (RuntimeException unreadable) {
            return UNREADABLE;
        }
    }

    private static StackTraceElement[] framesOf(Throwable t) {
        try {
            StackTraceElement[] frames = t.getStackTrace();
            for (StackTraceElement frame : frames) {
                if (frame == null) {
                    return new StackTraceElement[0];
                }
            }
            return frames;
        } catch (RuntimeException unreadable) {
            return new StackTraceElement[0];
        }
    }

    /** The frames with the secret masked in every name; the same array when none held it. */
    private static StackTraceElement[] scrubFrames(StackTraceElement[] frames, Secret secret) {
        StackTraceElement[] result = frames;
        for (int i = 0; i < frames.length; i++) {
            StackTraceElement f = frames[i];
            if (secret.contains(f.toString())) {
                if (result == frames) {
                    result = frames.clone();
                }
                result[i] = new StackTraceElement(secret.scrub(f.getClassLoaderName()),
                        secret.scrub(f.getModuleName()), secret.scrub(f.getModuleVersion()),
                        secret.scrub(f.getClassName()), secret.scrub(f.getMethodName()),
                        secret.scrub(f.getFileName()), f.getLineNumber());
            }
        }
        return result;
    }

    /**
     * The class of the exception this one stands in for.
     *
     * @return a fully qualified class name
     */
    public String originalClass() {
        return originalClass;
    }

    /** Prints like the original would, with a marker when a session id was masked in it. */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return originalClass + (masked ? " [session id masked]" : "") + (message == null ? "" : ": " + message);
    }
}
