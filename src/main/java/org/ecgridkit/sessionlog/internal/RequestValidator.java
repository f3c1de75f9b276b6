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
        if (sessionId == null) {
            throw new IllegalArgumentException("sessionId must not be null");
        }
        if (sessionId.isBlank()) {
            throw new IllegalArgumentException("sessionId must not be blank");
        }
        int bad = firstNonXmlCharIndex(sessionId);
        if (bad >= 0) {
            throw new IllegalArgumentException("sessionId contains a character XML 1.0 cannot carry (U+"
                    + String.format("%04X", sessionId.codePointAt(bad)) + " at index " + bad + ")");
        }
        if (userId < 0) {
            throw new IllegalArgumentException("userId must be 0 (the session's own user) or positive, was " + userId);
        }
        if (maxRecords < 1 || maxRecords > MAX_RECORDS_LIMIT) {
            throw new IllegalArgumentException("maxRecords must be within 1.." + MAX_RECORDS_LIMIT + ", was " + maxRecords);
        }
    }

    /**
     * Finds the first character outside XML 1.0's {@code Char} production
     * (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]), counting an
     * unpaired surrogate as outside.
     */
    private static int firstNonXmlCharIndex(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
