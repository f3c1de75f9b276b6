package org.ecgridkit.sessionlog.internal.failure;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a failed attempt is, read from its cause chain in one walk: the one place that knows which
 * exception means what. The retry advice ({@link RetryAdvisor}) and the translation into the public
 * exceptions ({@link FailureTranslator}) both decide from it, and so do not disagree about what a
 * failure is.
 *
 * <p>The walk follows each link's cause and, where a parser keeps the failure under its input that
 * way, its nested or linked exception ({@link Causes#next}), so a body cut short is found as the
 * I/O failure it is however the parser reported it. For every {@link FailureKind} it notes the first
 * link that shows it; the failure's {@link #kind()} is the first kind in precedence order that it
 * shows. Malformed bytes in a response are a content problem, though Java reports them as I/O: when
 * the first I/O failure of the chain is one, the failure is not a network failure.
 */
public final class Diagnosis {

    private final RuntimeException failure;
    /** The first link of each kind the chain shows. */
    private final Map<FailureKind, Throwable> shown = new EnumMap<>(FailureKind.class);
    private final Throwable root;
    private final FailureKind kind;

    private Diagnosis(RuntimeException failure) {
        this.failure = failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable last = failure;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = Causes.next(t)) {
            last = t;
            for (FailureKind candidate : FailureKind.values()) {
                if (candidate.shownBy() != null && candidate.shownBy().isInstance(t)
                        && (t == failure || !candidate.onlyOnTop())) {
                    shown.putIfAbsent(candidate, t);
                }
            }
        }
        this.root = last;
        this.kind = classify();
    }

    /**
     * Diagnoses a failed attempt.
     *
     * @param failure what the attempt threw
     * @return the diagnosis
     */
    public static Diagnosis of(RuntimeException failure) {
        return new Diagnosis(failure);
    }

    private FailureKind classify() {
        Throwable io = shown.get(FailureKind.NETWORK_IO);
        boolean network = io != null && !(io instanceof CharConversionException || io instanceof CharacterCodingException);
        for (FailureKind candidate : FailureKind.values()) {
            if (shown.containsKey(candidate) && (network || !candidate.isNetwork())) {
                return candidate;
            }
        }
        return FailureKind.BAD_RESPONSE;
    }

    /**
     * What the failure is: the first kind, in precedence order, that its chain shows.
     *
     * @return the kind; {@link FailureKind#BAD_RESPONSE} when it shows none
     */
    public FailureKind kind() {
        return kind;
    }

    /**
     * Whether a link of the chain shows the kind, whatever else the chain shows.
     *
     * @param candidate the kind
     * @return true if some link shows it
     */
    public boolean shows(FailureKind candidate) {
        return shown.containsKey(candidate);
    }

    /**
     * The first link of the chain that shows a kind.
     *
     * @param candidate the kind
     * @param type the link's type, the kind's exception or a supertype of it
     * @param <T> the type
     * @return the link, or null when no link shows the kind
     */
    public <T extends Throwable> T evidence(FailureKind candidate, Class<T> type) {
        return type.cast(shown.get(candidate));
    }

    /**
     * The failure as the attempt threw it.
     *
     * @return the failure
     */
    public RuntimeException failure() {
        return failure;
    }

    /**
     * The last link of the chain, which says best what a response that is not what the contract
     * describes looked like.
     *
     * @return the root cause, or the failure itself when it has none
     */
    public Throwable root() {
        return root;
    }

    /**
     * The first I/O failure of the chain, which names a network failure in messages.
     *
     * @return the I/O failure, or null
     */
    public IOException io() {
        return evidence(FailureKind.NETWORK_IO, IOException.class);
    }
}
