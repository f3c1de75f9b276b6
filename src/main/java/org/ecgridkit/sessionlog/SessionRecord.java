package org.ecgridkit.sessionlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.ecgridkit.sessionlog.internal.SecretMask;

/**
 * One session from a user's session log: the {@code SessionIDInfo} element of the SessionLog
 * response. Immutable and thread-safe.
 *
 * <p>The session id is a secret (a historical session token), so {@link #toString()} shows only
 * its last four characters.
 *
 * @param sessionId the session token of this historical session
 * @param userId the numeric id of the user who owned the session
 * @param networkId the network id associated with the session
 * @param mailboxId the default mailbox id of the session
 * @param created when the session was created
 * @param expires when the session expired or was invalidated
 */
public record SessionRecord(String sessionId, int userId, int networkId, int mailboxId,
                            Instant created, Instant expires) {

    /**
     * Creates a record, checking that the reference fields are present.
     *
     * @param sessionId the session token of this historical session
     * @param userId the numeric id of the user who owned the session
     * @param networkId the network id associated with the session
     * @param mailboxId the default mailbox id of the session
     * @param created when the session was created
     * @param expires when the session expired or was invalidated
     * @throws NullPointerException if {@code sessionId}, {@code created} or {@code expires} is null
     */
    public SessionRecord {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
    }

    /**
     * How long the session lasted: {@code expires - created}. Negative if the service reported an
     * expiry before the creation.
     *
     * @return the session's duration
     */
    public Duration duration() {
        return Duration.between(created, expires);
    }

    /**
     * Whether the session was active at an instant: {@code created <= instant < expires}.
     *
     * @param instant the moment to test
     * @return {@code true} if the session was active then
     * @throws NullPointerException if {@code instant} is null
     */
    public boolean isActiveAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(created) && instant.isBefore(expires);
    }

    /**
     * A description with the session id masked: only its last four characters show.
     *
     * @return e.g. {@code SessionRecord[sessionId=****7890, userId=12345, ...]}
     */
    @Override
    public String toString() {
        return "SessionRecord[sessionId=" + SecretMask.mask(sessionId)
                + ", userId=" + userId
                + ", networkId=" + networkId
                + ", mailboxId=" + mailboxId
                + ", created=" + created
                + ", expires=" + expires + ']';
    }
}
