package org.ecgridkit.sessionlog.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecgridkit.sessionlog.Credentials;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;

/**
 * What {@code --demo} serves, from a {@link SessionLogStub} on loopback so that the real client,
 * JAX-WS stack and all, fetches it. By default a session log in the published contract (the one
 * the live service probably speaks), built from the values of the vendor's example response
 * (its two session ids, user, network, mailbox and dates) and widened to what that contract
 * shows: an open, a closed and an expired session, with their API calls, one of them refused.
 * With {@code --contract documented} the vendor's example response itself, as its page prints it.
 */
final class DemoSessionLog {

    /** Sent by the demo instead of a real session id, which the demo never needs or reads. */
    private static final String LOGIN_NAME = "demo";
    private static final String PASSWORD = "demo-password-not-a-secret";

    private static final String VERSION = "v4.1 (Build 472)";
    private static final String OFFICE_IP = "203.0.113.10";
    private static final String BRANCH_IP = "198.51.100.23";

    /**
     * The two sessions of the vendor's example response, in its order, with what the documented
     * contract cannot carry: the first is still open, the second was closed by Logout; then a
     * third that expired. Addresses are from the documentation ranges (RFC 5737, RFC 3849).
     */
    static final List<SessionRecord> PUBLISHED_RECORDS = List.of(
            new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", 12345, 100, 200,
                    Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z"),
                    SessionStatus.OPEN, Optional.empty(), Optional.of(VERSION), List.of(
                            event("Login", "2026-05-07T08:00:00.120Z", 48, OFFICE_IP, "Success", null),
                            event("WhoAmI", "2026-05-07T08:00:01.305Z", 6, OFFICE_IP, "Success", null),
                            event("SessionLogEx", "2026-05-07T08:02:14.870Z", 11, OFFICE_IP, "AccessDenied",
                                    "UserID 67890 is not in your network"),
                            event("SessionLog", "2026-05-07T08:02:30.004Z", 23, OFFICE_IP, "Success", null))),
            new SessionRecord("B2C3D4E5-F6A7-8901-BCDE-F12345678901", 12345, 100, 200,
                    Instant.parse("2026-05-06T14:30:00Z"), Instant.parse("2026-05-06T15:30:00Z"),
                    SessionStatus.CLOSED, Optional.of(Instant.parse("2026-05-06T14:47:12Z")), Optional.of(VERSION),
                    List.of(
                            event("Login", "2026-05-06T14:30:00.050Z", 51, BRANCH_IP, "Success", null),
                            event("ParcelUpload", "2026-05-06T14:35:41.600Z", 1234, BRANCH_IP, "Success",
                                    "invoice-20260506.edi, 18 KB"),
                            event("Logout", "2026-05-06T14:47:12Z", 4, BRANCH_IP, "Success", null))),
            new SessionRecord("C3D4E5F6-A7B8-9012-CDEF-123456789012", 12345, 100, 200,
                    Instant.parse("2026-05-06T09:15:00Z"), Instant.parse("2026-05-06T10:15:00Z"),
                    SessionStatus.EXPIRED, Optional.of(Instant.parse("2026-05-06T10:15:00Z")), Optional.empty(),
                    List.of(
                            event("Login", "2026-05-06T09:15:00.310Z", 45, "2001:db8::17", "Success", null),
                            event("SessionLogCurrent", "2026-05-06T09:15:02Z", 2, null, "Success", null))));

    /** The two sessions of the vendor's example response, exactly as its page shows them. */
    static final List<SessionRecord> DOCUMENTED_RECORDS = List.of(
            new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", 12345, 100, 200,
                    Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z")),
            new SessionRecord("B2C3D4E5-F6A7-8901-BCDE-F12345678901", 12345, 100, 200,
                    Instant.parse("2026-05-06T14:30:00Z"), Instant.parse("2026-05-06T15:30:00Z")));

    /** Said on standard error before the demo's output, so nobody mistakes it for real data. */
    static final String PUBLISHED_NOTICE = "demo: a session log in the service's published contract, built from the"
            + " vendor's example values and served by an embedded SOAP server on loopback";
    /** The notice of {@code --demo --contract documented}. */
    static final String DOCUMENTED_NOTICE =
            "demo: the vendor's example session log, replayed by an embedded SOAP server on loopback";

    private DemoSessionLog() {
    }

    /**
     * Starts a stub that speaks one contract only, as a real server does: the documented one for
     * {@code --contract documented}, else the published one, so that {@code auto} shows finding it.
     */
    static SessionLogStub start(ServiceContract contract) {
        SessionLogStub stub = SessionLogStub.start().acceptLogin(LOGIN_NAME, PASSWORD);
        return contract == ServiceContract.DOCUMENTED
                ? stub.speaks(ServiceContract.DOCUMENTED).respondWith(DOCUMENTED_RECORDS)
                : stub.speaks(ServiceContract.PUBLISHED_WSDL).respondWith(PUBLISHED_RECORDS);
    }

    /** The demo's credentials: a Login, as a real user's would be, so the demo logs in and out too. */
    static Credentials credentials() {
        return Credentials.login(LOGIN_NAME, PASSWORD.toCharArray());
    }

    /** The notice for the demo of a contract. */
    static String notice(ServiceContract contract) {
        return contract == ServiceContract.DOCUMENTED ? DOCUMENTED_NOTICE : PUBLISHED_NOTICE;
    }

    private static SessionEvent event(String call, String at, long millis, String ip, String returnCode, String comment) {
        return new SessionEvent(call, Instant.parse(at), Duration.ofMillis(millis), Optional.ofNullable(ip),
                returnCode, Optional.ofNullable(comment));
    }
}
