package org.ecgridkit.sessionlog.internal.mapping;

import java.time.Instant;

/**
 * How a value that JAXB could not convert reaches the mapping with its reason.
 *
 * <p>When one of our adapters throws, JAXB reports the error to its event handler and carries on
 * with the field left null, which would read as a missing element; the RI's ports offer no public
 * way to change that handler. So our adapters never throw on bad input: they return a sentinel
 * (compared by identity, never equal to a value they parsed) and record the first failure of the
 * attempt here, per thread; {@link EntryCheck} turns a sentinel into "has an invalid value" with
 * that failure as the cause. The mapping checks entries and fields in document order and stops at
 * the first problem, which is the one recorded first.
 */
public final class InvalidValues {

    /** Stands for an {@code xs:dateTime} that did not parse. */
    static final Instant INSTANT = Instant.ofEpochSecond(-1, 1);
    /** Stands for an {@code xs:int} that did not parse; outside the boxing cache, so a distinct object. */
    @SuppressWarnings("UnnecessaryBoxing")
    static final Integer INTEGER = Integer.valueOf(Integer.MIN_VALUE);

    private static final ThreadLocal<RuntimeException> FIRST = new ThreadLocal<>();

    private InvalidValues() {
    }

    /** Records a conversion failure, unless one was already recorded in this attempt. */
    static void record(RuntimeException failure) {
        if (FIRST.get() == null) {
            FIRST.set(failure);
        }
    }

    /** The first failure recorded in this thread's attempt, or null. */
    static RuntimeException first() {
        return FIRST.get();
    }

    /** Forgets what the last attempt recorded; called as each attempt starts and ends. */
    public static void clear() {
        FIRST.remove();
    }

    /** Whether a value is one of the sentinels. */
    static boolean isInvalid(Object value) {
        return value == INSTANT || value == INTEGER;
    }
}
