package org.ecgridkit.sessionlog.testkit;

import java.util.Objects;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.SecretMask;

/**
 * One SessionLog request as it reached a {@link SessionLogStub}: the three parameters the client
 * put in the SOAP body, and the SOAP version it spoke. Immutable and thread-safe.
 *
 * <p>{@link #sessionId()} is the value as sent, so that a test can check what its code passed;
 * {@link #toString()} masks it like {@link org.ecgridkit.sessionlog.SessionRecord#toString()}
 * does, so a failing assertion does not print it.
 *
 * @param sessionId the {@code SessionID} element's text (empty when the element was missing)
 * @param userId the {@code UserID} element's value
 * @param maxRecords the {@code MaxRecords} element's value
 * @param soapVersion the SOAP version of the request, read from its content type
 */
public record StubRequest(String sessionId, int userId, int maxRecords, SoapVersion soapVersion) {

    /**
     * Creates a request record.
     *
     * @param sessionId the {@code SessionID} element's text
     * @param userId the {@code UserID} element's value
     * @param maxRecords the {@code MaxRecords} element's value
     * @param soapVersion the SOAP version of the request
     * @throws NullPointerException if {@code sessionId} or {@code soapVersion} is null
     */
    public StubRequest {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(soapVersion, "soapVersion");
    }

    /**
     * A description with the session id masked: only its last four characters show.
     *
     * @return e.g. {@code StubRequest[sessionId=****E1F0, userId=0, maxRecords=20, soapVersion=SOAP_1_1]}
     */
    @Override
    public String toString() {
        return "StubRequest[sessionId=" + SecretMask.mask(sessionId) + ", userId=" + userId
                + ", maxRecords=" + maxRecords + ", soapVersion=" + soapVersion + ']';
    }
}
