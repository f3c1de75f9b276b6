package org.ecgridkit.sessionlog.internal;

import java.io.InterruptedIOException;

/** The calling thread was interrupted while its SessionLog exchange was on the wire. */
public final class CallInterruptedException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message says the thread was interrupted. */
    public CallInterruptedException() {
        super("the calling thread was interrupted");
    }
}
