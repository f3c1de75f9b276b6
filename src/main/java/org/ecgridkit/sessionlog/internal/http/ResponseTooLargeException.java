package org.ecgridkit.sessionlog.internal.http;

/** The response body is longer than the client's {@code maxResponseBytes}; never retried. */
public final class ResponseTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(long limit, String how) {
        super("the response " + how + " exceeds maxResponseBytes (" + limit + " bytes)");
    }
}
