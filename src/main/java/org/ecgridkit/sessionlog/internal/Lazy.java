package org.ecgridkit.sessionlog.internal;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value made on first use, once, however many threads ask at the same time; reads after that
 * take no lock. Used for the client's ports, which are built only for the contracts in use.
 *
 * @param <T> the value
 */
final class Lazy<T> {

    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    /** The value, made now if this is the first use. */
    T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = factory.get();
                    value = made;
                }
            }
        }
        return made;
    }

    /** Hands the value to {@code action} if it was ever made. */
    synchronized void ifMade(Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }
}
