package org.ecgridkit.sessionlog.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;

/** Session logs for the audit formats' tests: a hostile server's, and one as long as the service returns. */
final class AuditLogs {

    /** What an injected script would do if it ran: the browser test looks for both effects. */
    static final String SCRIPT = "<script>document.title='PWNED';document.body.append('PWNED')</script>";
    static final String IMG = "<img src=x onerror=\"document.title='PWNED'\">";

    /**
     * Server text with markup in every field that reaches the report (a comment, an IP, a call, a
     * return code, a version, a session id), control and bidi characters, overlapping sessions of
     * one user, a failed call and an open session.
     */
    static final List<SessionRecord> HOSTILE = List.of(
            new SessionRecord("</title>" + SCRIPT + "-1111", 7, 1, 2,
                    Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T10:00:00Z"), SessionStatus.CLOSED,
                    Optional.of(Instant.parse("2026-05-07T09:30:00Z")), Optional.of("v\"4\"" + SCRIPT), List.of(
                            event("Login", "2026-05-07T08:00:01Z", IMG, "Success", null),
                            event("SessionLogEx" + SCRIPT, "2026-05-07T08:10:00Z", "203.0.113.10", "AccessDenied",
                                    "denied " + SCRIPT + " &amp; more\u202e\u009b2J\nline"),
                            event("ParcelUpload", "2026-05-07T09:00:00Z", "203.0.113.10", "<b>Bold</b>", "'quoted'"))),
            new SessionRecord("B2C3D4E5-F6A7-8901-BCDE-F12345678901", 7, 1, 2,
                    Instant.parse("2026-05-07T09:00:00Z"), Instant.parse("2026-05-07T11:00:00Z"), SessionStatus.OPEN,
                    Optional.empty(), Optional.empty(), List.of(
                            event("Login", "2026-05-07T09:00:00Z", "198.51.100.23", "Success", null),
                            event("Logout", "2026-05-07T09:20:00Z", "198.51.100.23", "SessionTimeout", null))),
            new SessionRecord("C3D4E5F6-A7B8-9012-CDEF-123456789012", 8, 1, 2,
                    Instant.parse("2026-05-01T22:00:00Z"), Instant.parse("2026-05-01T23:00:00Z"), SessionStatus.EXPIRED,
                    Optional.of(Instant.parse("2026-05-01T23:00:00Z")), Optional.empty(), List.of(
                            event("Login", "2026-05-01T22:00:00Z", "2001:db8::17", "Success", null))));

    private AuditLogs() {
    }

    /** As many sessions as the service returns at most (100), two users, each with a few calls, some failed. */
    static List<SessionRecord> maximum() {
        List<SessionRecord> records = new ArrayList<>();
        Instant start = Instant.parse("2026-04-01T06:00:00Z");
        SessionStatus[] statuses = {SessionStatus.CLOSED, SessionStatus.EXPIRED, SessionStatus.CLOSED, SessionStatus.OPEN};
        for (int i = 0; i < 100; i++) {
            Instant created = start.plus(Duration.ofMinutes(97L * i));
            SessionStatus status = statuses[i % statuses.length];
            Instant expires = created.plus(Duration.ofHours(1));
            Optional<Instant> ended = status == SessionStatus.OPEN ? Optional.empty()
                    : Optional.of(status == SessionStatus.EXPIRED ? expires : created.plus(Duration.ofMinutes(20 + i % 30)));
            List<SessionEvent> events = new ArrayList<>();
            for (int c = 0; c < 1 + i % 4; c++) {
                events.add(new SessionEvent(c == 0 ? "Login" : "ParcelInBox", created.plus(Duration.ofMinutes(3L * c)),
                        Duration.ofMillis(10 + c), Optional.of("192.0.2." + (i % 7)), c == 2 && i % 5 == 0 ? "AccessDenied" : "Success",
                        Optional.empty()));
            }
            records.add(new SessionRecord(String.format("%08X-0000-4000-8000-%012d", i, i), 100 + i % 2, 1, 2,
                    created, expires, status, ended, Optional.of("v4.1"), events));
        }
        return List.copyOf(records);
    }

    private static SessionEvent event(String call, String at, String ip, String returnCode, String comment) {
        return new SessionEvent(call, Instant.parse(at), Duration.ofMillis(12), Optional.ofNullable(ip), returnCode,
                Optional.ofNullable(comment));
    }
}
