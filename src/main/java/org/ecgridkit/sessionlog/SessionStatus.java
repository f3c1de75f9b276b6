package org.ecgridkit.sessionlog;

/**
 * The state of a session as the service reports it. Immutable and thread-safe, like every enum.
 */
public enum SessionStatus {
    /** The session is still open: it has neither been logged out nor expired. */
    OPEN,
    /** The session was closed by a Logout. */
    CLOSED,
    /** The session expired after a period of inactivity. */
    EXPIRED,
    /**
     * The contract carries no status (the {@linkplain ServiceContract#DOCUMENTED documented}
     * contract), or the service sent a value this client does not know.
     */
    UNKNOWN
}
