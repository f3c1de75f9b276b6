package org.ecgridkit.sessionlog.internal.http;

import java.io.IOException;

/**
 * The connection failed while the response body was arriving (cut short, bad chunk framing): the
 * server answered but the answer did not get through, which a retry can fix.
 */
public final class BrokenBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    BrokenBodyException(IOException cause) {
        super("the connection failed while the response body was read: " + cause.getMessage(), cause);
    }
}
