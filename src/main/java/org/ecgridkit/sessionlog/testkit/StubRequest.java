package org.ecgridkit.sessionlog.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.failure.SecretMask;

/**
 * One request as it reached a {@link SessionLogStub}: the contract and operation the
 * client called, the parameters it put in the SOAP body, and the SOAP version it spoke. Immutable
 * and thread-safe.
 *
 * <p>Parameters an operation does not take read as zero or empty: {@code userId} is 0 for the
 * published {@code SessionLog} (which always means the session's own user, as {@code UserID} 0
 * does in the documented contract) and for {@code SessionLogCurrent}; {@code maxRecords} is 0 for
 * {@code SessionLogCurrent}; the window is present for {@code SessionLogEx} only. A
 * {@code Login} has an empty session id and its {@link #loginName()}; its password is never
 * recorded. A {@code Logout} has the session id it ended.
 *
 * <p>{@link #sessionId()} is the value as sent, so that a test can check what its code passed;
 * {@link #toString()} masks it like {@link org.ecgridkit.sessionlog.SessionRecord#toString()}
 * does, so a failing assertion does not print it.
 *
 * @param sessionId the {@code SessionID} element's text (empty when the element was missing)
 * @param userId the {@code UserID} element's value, or 0 when the operation takes none
 * @param maxRecords the {@code MaxRecords} element's value, or 0 when the operation takes none
 * @param soapVersion the SOAP version of the request, read from its content type
 * @param contract the contract the request was written in: {@link ServiceContract#DOCUMENTED} or
 *     {@link ServiceContract#PUBLISHED_WSDL}, never {@code AUTO}
 * @param operation the operation called, as the wire names it: {@code "SessionLog"},
 *     {@code "SessionLogEx"}, {@code "SessionLogCurrent"}, {@code "Login"} or {@code "Logout"}
 * @param startTime {@code SessionLogEx}'s {@code StartTime}; empty for the other operations
 * @param endTime {@code SessionLogEx}'s {@code EndTime}; empty for the other operations
 * @param loginName a {@code Login}'s login name ({@code UserName} in the documented contract,
 *     {@code LoginName} in the published one); empty for the other operations
 */
public record StubRequest(String sessionId, int userId, int maxRecords, SoapVersion soapVersion,
                          ServiceContract contract, String operation,
                          Optional<Instant> startTime, Optional<Instant> endTime, Optional<String> loginName) {

    private static final Set<String> OPERATIONS = Set.of("SessionLog", "SessionLogEx", "SessionLogCurrent", "Login",
            "Logout");

    /**
     * Creates a request record.
     *
     * @param sessionId the {@code SessionID} element's text
     * @param userId the {@code UserID} element's value, or 0
     * @param maxRecords the {@code MaxRecords} element's value, or 0
     * @param soapVersion the SOAP version of the request
     * @param contract the contract the request was written in
     * @param operation {@code "SessionLog"}, {@code "SessionLogEx"}, {@code "SessionLogCurrent"},
     *     {@code "Login"} or {@code "Logout"}
     * @param startTime {@code SessionLogEx}'s {@code StartTime}, or empty
     * @param endTime {@code SessionLogEx}'s {@code EndTime}, or empty
     * @param loginName a {@code Login}'s login name, or empty
     * @throws NullPointerException if any reference component is null
     * @throws IllegalArgumentException if {@code contract} is {@code AUTO} or {@code operation} is
     *     not one of the five names
     */
    public StubRequest {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(soapVersion, "soapVersion");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(loginName, "loginName");
        if (contract == ServiceContract.AUTO) {
            throw new IllegalArgumentException("a request is written in one contract, not AUTO");
        }
        if (!OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException("operation must be one of " + OPERATIONS + ", was " + operation);
        }
    }

    /**
     * Creates a record of the documented contract's {@code SessionLog(SessionID, UserID, MaxRecords)}.
     *
     * @param sessionId the {@code SessionID} element's text
     * @param userId the {@code UserID} element's value
     * @param maxRecords the {@code MaxRecords} element's value
     * @param soapVersion the SOAP version of the request
     * @throws NullPointerException if {@code sessionId} or {@code soapVersion} is null
     */
    public StubRequest(String sessionId, int userId, int maxRecords, SoapVersion soapVersion) {
        this(sessionId, userId, maxRecords, soapVersion, ServiceContract.DOCUMENTED, "SessionLog",
                Optional.empty(), Optional.empty());
    }

    /**
     * Creates a record of a request that is not a Login, so has no login name.
     *
     * @param sessionId the {@code SessionID} element's text
     * @param userId the {@code UserID} element's value, or 0
     * @param maxRecords the {@code MaxRecords} element's value, or 0
     * @param soapVersion the SOAP version of the request
     * @param contract the contract the request was written in
     * @param operation the operation called
     * @param startTime {@code SessionLogEx}'s {@code StartTime}, or empty
     * @param endTime {@code SessionLogEx}'s {@code EndTime}, or empty
     * @throws NullPointerException if any reference argument is null
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public StubRequest(String sessionId, int userId, int maxRecords, SoapVersion soapVersion,
                       ServiceContract contract, String operation, Optional<Instant> startTime,
                       Optional<Instant> endTime) {
        this(sessionId, userId, maxRecords, soapVersion, contract, operation, startTime, endTime, Optional.empty());
    }

    /**
     * A description with the session id masked: only its last four characters show.
     *
     * @return e.g. {@code StubRequest[sessionId=****E1F0, userId=0, maxRecords=20, soapVersion=SOAP_1_1,
     *     contract=DOCUMENTED, operation=SessionLog]}, with {@code startTime} and {@code endTime} for
     *     {@code SessionLogEx}
     */
    @Override
    public String toString() {
        return "StubRequest[sessionId=" + SecretMask.mask(sessionId) + ", userId=" + userId
                + ", maxRecords=" + maxRecords + ", soapVersion=" + soapVersion
                + ", contract=" + contract + ", operation=" + operation
                + startTime.map(t -> ", startTime=" + t).orElse("")
                + endTime.map(t -> ", endTime=" + t).orElse("")
                + loginName.map(name -> ", loginName=" + name).orElse("") + ']';
    }
}
