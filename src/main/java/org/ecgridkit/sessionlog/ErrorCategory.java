package org.ecgridkit.sessionlog;

/**
 * What kind of error a SOAP fault from ECGridOS reports, decoded from the fault's
 * {@code detail}. See {@link EcGridOsFaultException#category()}.
 * Immutable and thread-safe, like every enum.
 */
public enum ErrorCategory {
    /** The session id is invalid or has expired: log in again. */
    AUTHENTICATION,
    /** The session is valid but may not see the requested user's sessions. */
    AUTHORIZATION,
    /** The requested user (or another object the call names) does not exist. */
    OBJECT_NOT_FOUND,
    /** A parameter was rejected by the service. */
    INVALID_PARAMETER,
    /** The service failed internally; a later call may succeed. */
    SYSTEM_ERROR,
    /** The fault carried no detail this client recognises, or a code with no documented category. */
    UNKNOWN
}
