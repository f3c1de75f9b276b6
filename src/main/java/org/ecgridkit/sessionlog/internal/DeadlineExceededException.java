package org.ecgridkit.sessionlog.internal;

import java.io.IOException;
import java.time.Duration;

/** The call timeout ran out while an exchange was on the wire; ends the call, never retried. */
public final class DeadlineExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param callTimeout the call timeout that ran out, for the message
     */
    public DeadlineExceededException(Duration callTimeout) {
        super("the call timeout of " + Durations.describe(callTimeout) + " elapsed");
    }
}
