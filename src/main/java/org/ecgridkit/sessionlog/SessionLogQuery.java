package org.ecgridkit.sessionlog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a SessionLog call asks for: whose sessions, how many at most, and optionally a time window.
 * Immutable and thread-safe; each method returns a new query.
 *
 * <pre>{@code
 * client.sessionLog(sessionId, SessionLogQuery.ofUser(4711).maxRecords(50)
 *         .between(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z")));
 * }</pre>
 *
 * <p>How each contract carries it out: on the {@linkplain ServiceContract#PUBLISHED_WSDL published}
 * contract, the sessions of another user, with or without a window, are one {@code SessionLogEx}
 * request (with no window: 2000-01-01 to a day from now, which covers every session the service can
 * hold; a window reaching before 2000-01-01 or after 9999-12-31T23:59:59Z is sent cut to that range,
 * which selects the same sessions); the session's own sessions are one {@code SessionLog} request. The
 * {@linkplain ServiceContract#DOCUMENTED documented} contract has no window on the wire, and neither
 * has the published {@code SessionLog}: there the client asks for the {@code maxRecords} most recent
 * sessions and keeps those that {@linkplain #between started within the window}, so fewer than
 * {@code maxRecords} may come back even when older sessions in the window exist.
 */
public final class SessionLogQuery {

    /** The default record limit: the most the service returns. */
    public static final int DEFAULT_MAX_RECORDS = 100;
    private static final int MAX_RECORDS_LIMIT = Short.MAX_VALUE;

    private final int userId;
    private final int maxRecords;
    private final Instant from;
    private final Instant to;

    private SessionLogQuery(int userId, int maxRecords, Instant from, Instant to) {
        this.userId = userId;
        this.maxRecords = maxRecords;
        this.from = from;
        this.to = to;
    }

    /**
     * The sessions of the user who owns the session id (user id 0 on the wire), at most
     * {@value #DEFAULT_MAX_RECORDS}, with no window.
     *
     * @return the query
     */
    public static SessionLogQuery ownSessions() {
        return new SessionLogQuery(0, DEFAULT_MAX_RECORDS, null, null);
    }

    /**
     * The sessions of a user, at most {@value #DEFAULT_MAX_RECORDS}, with no window.
     *
     * @param userId the user's numeric id; 0 means the user who owns the session id
     * @return the query
     * @throws IllegalArgumentException if {@code userId} is negative
     */
    public static SessionLogQuery ofUser(int userId) {
        if (userId < 0) {
            throw new IllegalArgumentException("userId must be 0 (the session's own user) or positive, was " + userId);
        }
        return new SessionLogQuery(userId, DEFAULT_MAX_RECORDS, null, null);
    }

    /**
     * The same query with another record limit.
     *
     * @param maxRecords 1 to 32767 (the wire type is a {@code short}); the service returns at most 100
     * @return a new query
     * @throws IllegalArgumentException if {@code maxRecords} is out of range
     */
    public SessionLogQuery maxRecords(int maxRecords) {
        if (maxRecords < 1 || maxRecords > MAX_RECORDS_LIMIT) {
            throw new IllegalArgumentException("maxRecords must be within 1.." + MAX_RECORDS_LIMIT + ", was " + maxRecords);
        }
        return new SessionLogQuery(userId, maxRecords, from, to);
    }

    /**
     * The same query limited to sessions that started within a window, {@code from} inclusive,
     * {@code to} exclusive. See the class description for how each contract carries it out.
     *
     * @param from the window's start
     * @param to the window's end, after {@code from}
     * @return a new query
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public SessionLogQuery between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from, was from=" + from + ", to=" + to);
        }
        return new SessionLogQuery(userId, maxRecords, from, to);
    }

    /**
     * Whose sessions: 0 for the user who owns the session id.
     *
     * @return the user id
     */
    public int userId() {
        return userId;
    }

    /**
     * The most records to return.
     *
     * @return the record limit
     */
    public int maxRecords() {
        return maxRecords;
    }

    /**
     * The window's start, inclusive.
     *
     * @return the start, or empty when there is no window
     */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /**
     * The window's end, exclusive.
     *
     * @return the end, or empty when there is no window
     */
    public Optional<Instant> to() {
        return Optional.ofNullable(to);
    }

    /**
     * Whether a session started within the window: always true without one.
     *
     * @param session the session
     * @return {@code true} if the query keeps it
     */
    public boolean covers(SessionRecord session) {
        return from == null || (!session.created().isBefore(from) && session.created().isBefore(to));
    }

    /**
     * Queries are equal when they ask for the same thing.
     *
     * @param other the object to compare with
     * @return whether it is an equal query
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SessionLogQuery that && userId == that.userId && maxRecords == that.maxRecords
                && Objects.equals(from, that.from) && Objects.equals(to, that.to);
    }

    /**
     * A hash consistent with {@link #equals(Object)}.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(userId, maxRecords, from, to);
    }

    /**
     * A description for logs.
     *
     * @return e.g. {@code SessionLogQuery[userId=4711, maxRecords=100, from=..., to=...]}
     */
    @Override
    public String toString() {
        return "SessionLogQuery[userId=" + userId + ", maxRecords=" + maxRecords
                + (from == null ? "" : ", from=" + from + ", to=" + to) + ']';
    }
}
