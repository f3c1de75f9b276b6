package org.ecgridkit.sessionlog.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets calls into a client until it is closed, and runs the client's release action once the last
 * call admitted before {@link #close()} has finished. So closing a client never pulls the port from
 * under a call on the wire or an async call already queued, and no lock is ever held across one.
 */
public final class CallGate {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private final Runnable release;

    /**
     * Creates an open gate.
     *
     * @param release what to run, exactly once, when the gate is closed and no call is in flight
     */
    public CallGate(Runnable release) {
        this.release = release;
    }

    /**
     * Admits a call; every successful {@code enter()} must be paired with one {@link #exit()}.
     *
     * @throws IllegalStateException if the gate is closed
     */
    public void enter() {
        inFlight.incrementAndGet();
        if (closed.get()) {
            exit();
            throw new IllegalStateException("this SessionLogClient is closed");
        }
    }

    /** Marks an admitted call as finished, releasing if it was the last one after close. */
    public void exit() {
        if (inFlight.decrementAndGet() == 0 && closed.get()) {
            releaseOnce();
        }
    }

    /**
     * Closes the gate: no new call is admitted, and the release runs now if nothing is in flight,
     * else when the last admitted call exits.
     *
     * @return {@code true} the first time, {@code false} if the gate was already closed
     */
    public boolean close() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        if (inFlight.get() == 0) {
            releaseOnce();
        }
        return true;
    }

    /**
     * Whether {@link #close()} has been called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return closed.get();
    }

    private void releaseOnce() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }
}
