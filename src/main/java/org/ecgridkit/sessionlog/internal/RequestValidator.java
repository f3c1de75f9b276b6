package org.ecgridkit.sessionlog.internal;

/**
 * Checks SessionLog arguments before anything goes on the wire, so a bad argument fails fast with
 * a message naming the parameter instead of a SOAP fault from the server (or a silently truncated
 * {@code short}).
 */
public final class RequestValidator {
    /** The wire type of MaxRecords is xs:short. */
    private static final int MAX_RECORDS_LIMIT = Short.MAX_VALUE;

    private RequestValidator() {
    }

    /**
     * Validates the three arguments of a SessionLog call.
     *
     * @param sessionId must be non-null, not blank, and carry only characters XML 1.0 allows
     * @param userId must be 0 (the session's own user) or a positive user id
     * @param maxRecords must be within 1..32767
     * @throws IllegalArgumentException naming the parameter that is wrong; never echoing the session id
     */
    public static void validate(String sessionId, int userId, int maxRecords) {
        validateSessionId(sessionId);
        if (userId < 0) {
            throw new IllegalArgumentException("userId must be 0 (the session's own user) or positive, was " + userId);
        }
        if (maxRecords < 1 || maxRecords > MAX_RECORDS_LIMIT) {
            throw new IllegalArgumentException("maxRecords must be within 1.." + MAX_RECORDS_LIMIT + ", was " + maxRecords);
        }
    }

    /**
     * Validates a session id.
     *
     * @param sessionId must be non-null, not blank, and carry only characters XML 1.0 allows
     * @throws IllegalArgumentException saying what is wrong, never echoing the session id
     */
    public static void validateSessionId(String sessionId) {
        validateToken(sessionId, "sessionId");
    }

    /**
     * Validates a value sent as the {@code SessionID} (a session id or an API key).
     *
     * @param token must be non-null, not blank, and carry only characters XML 1.0 allows
     * @param name the parameter's name, for the message (e.g. {@code "apiKey"})
     * @throws IllegalArgumentException naming the parameter, never echoing the value
     */
    public static void validateToken(String token, String name) {
        if (token == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (token.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        XmlChars.requireXmlText(token, name);
    }
}
