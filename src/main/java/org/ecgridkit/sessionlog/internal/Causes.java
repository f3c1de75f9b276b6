package org.ecgridkit.sessionlog.internal;

import java.util.IdentityHashMap;
import java.util.Map;

/** Walks a cause chain, safely even when it loops. */
final class Causes {

    private Causes() {
    }

    /** The first throwable of the type in the chain starting at {@code failure}, or null. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The last throwable of the chain. */
    static Throwable root(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            root = t;
        }
        return root;
    }
}
