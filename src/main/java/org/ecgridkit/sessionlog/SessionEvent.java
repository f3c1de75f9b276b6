package org.ecgridkit.sessionlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One API call made within a session: an entry of a {@code SessionLogInfo}'s {@code Events} in the
 * {@linkplain ServiceContract#PUBLISHED_WSDL published contract}. Immutable and thread-safe.
 *
 * <p>{@code apiCall} and {@code returnCode} are the service's own names, kept as strings: the
 * service adds operations and codes over time, and a name this client does not know is passed
 * through rather than refused.
 *
 * @param apiCall the operation called, e.g. {@code "Login"}, {@code "SessionLog"}
 * @param at when the call was made
 * @param elapsed how long the service took to answer it
 * @param ip the caller's IP address, when the service recorded one
 * @param returnCode how the call ended, e.g. {@code "Success"}, {@code "AccessDenied"}
 * @param comment the service's remark on the call, when it made one
 */
public record SessionEvent(String apiCall, Instant at, Duration elapsed, Optional<String> ip,
                           String returnCode, Optional<String> comment) {

    /** The return code of a call that succeeded. */
    public static final String SUCCESS = "Success";

    /**
     * Creates an event, checking that every component is present.
     *
     * @param apiCall the operation called
     * @param at when the call was made
     * @param elapsed how long the service took to answer it
     * @param ip the caller's IP address, or empty
     * @param returnCode how the call ended
     * @param comment the service's remark, or empty
     * @throws NullPointerException if any component is null
     */
    public SessionEvent {
        Objects.requireNonNull(apiCall, "apiCall");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(returnCode, "returnCode");
        Objects.requireNonNull(comment, "comment");
    }

    /**
     * Whether the call failed: its return code is anything but {@value #SUCCESS}.
     *
     * @return {@code true} if the call did not succeed
     */
    public boolean failed() {
        return !SUCCESS.equals(returnCode);
    }
}
