package org.ecgridkit.sessionlog.internal.http;

/**
 * What the server sent back in one exchange, read in full (within {@code maxResponseBytes}).
 *
 * @param status the HTTP status code
 * @param reason the reason phrase, or null
 * @param contentType the {@code Content-Type} header, or null
 * @param retryAfter the {@code Retry-After} header, or null
 * @param body the body, empty when there was none
 */
public record HttpAnswer(int status, String reason, String contentType, String retryAfter, byte[] body) {

    /**
     * Whether the status is 2xx.
     *
     * @return true for a successful answer
     */
    public boolean isSuccess() {
        return status / 100 == 2;
    }
}
