package org.ecgridkit.sessionlog.internal;

/** The response body is longer than the client's {@code maxResponseBytes}; never retried. */
final class ResponseTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(long limit, String how) {
        super("the response " + how + " exceeds maxResponseBytes (" + limit + " bytes)");
    }
}
