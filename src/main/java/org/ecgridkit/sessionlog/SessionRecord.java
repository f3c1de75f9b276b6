package org.ecgridkit.sessionlog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecgridkit.sessionlog.internal.failure.SecretMask;

/**
 * One session from a user's session log. Immutable and thread-safe.
 *
 * <p>The first six components are in both contracts: the {@code SessionIDInfo} element of the
 * {@linkplain ServiceContract#DOCUMENTED documented} contract and the {@code SessionLogInfo} element
 * of the {@linkplain ServiceContract#PUBLISHED_WSDL published} one (whose {@code StartTime} is
 * {@code created}). The last four come from the published contract only; a documented record has
 * status {@link SessionStatus#UNKNOWN}, no end time, no version and no events.
 *
 * <p>The session id is a secret (a historical session token), so {@link #toString()} shows only
 * its last four characters.
 *
 * @param sessionId the session token of this historical session
 * @param userId the numeric id of the user who owned the session
 * @param networkId the network id associated with the session
 * @param mailboxId the default mailbox id of the session
 * @param created when the session was created
 * @param expires when the session expired, or will expire if it stays idle
 * @param status the session's state; {@link SessionStatus#UNKNOWN} when the contract carries none
 * @param ended when the session ended (logged out or expired); empty while it is open, and for the
 *     documented contract
 * @param version the version of the client or API the session used, when the service reports one
 * @param events the API calls made in the session, in the order the service listed them; an
 *     unmodifiable list, empty when there are none or the contract carries none
 */
public record SessionRecord(String sessionId, int userId, int networkId, int mailboxId,
                            Instant created, Instant expires, SessionStatus status, Optional<Instant> ended,
                            Optional<String> version, List<SessionEvent> events) {

    /**
     * Creates a record, checking that the reference components are present. The list of events
     * is copied.
     *
     * @param sessionId the session token of this historical session
     * @param userId the numeric id of the user who owned the session
     * @param networkId the network id associated with the session
     * @param mailboxId the default mailbox id of the session
     * @param created when the session was created
     * @param expires when the session expired, or will expire if it stays idle
     * @param status the session's state
     * @param ended when the session ended, or empty
     * @param version the version the session used, or empty
     * @param events the API calls made in the session
     * @throws NullPointerException if any component, or any event, is null
     */
    public SessionRecord {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(version, "version");
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    /**
     * Creates a record of the documented contract's six fields: status
     * {@link SessionStatus#UNKNOWN}, no end time, no version and no events.
     *
     * @param sessionId the session token of this historical session
     * @param userId the numeric id of the user who owned the session
     * @param networkId the network id associated with the session
     * @param mailboxId the default mailbox id of the session
     * @param created when the session was created
     * @param expires when the session expired or was invalidated
     * @throws NullPointerException if {@code sessionId}, {@code created} or {@code expires} is null
     */
    public SessionRecord(String sessionId, int userId, int networkId, int mailboxId,
                         Instant created, Instant expires) {
        this(sessionId, userId, networkId, mailboxId, created, expires,
                SessionStatus.UNKNOWN, Optional.empty(), Optional.empty(), List.of());
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
     * A description with the session id masked: only its last four characters show. Events are
     * counted, not listed.
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
                + ", expires=" + expires
                + ", status=" + status
                + ", ended=" + ended.map(Instant::toString).orElse("none")
                + ", version=" + version.orElse("none")
                + ", events=" + events.size() + ']';
    }
}
