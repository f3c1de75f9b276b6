package org.ecgridkit.sessionlog.cli;

import java.time.Instant;
import java.util.List;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;

/**
 * What {@code --demo} replays: the example response on the vendor's SessionLog page, served by a
 * {@link SessionLogStub} on loopback so that the real client, JAX-WS stack and all, fetches it.
 */
final class DemoSessionLog {

    /** Sent by the demo instead of a real session id, which the demo never needs or reads. */
    static final String SESSION_ID = "DEMO-SESSION-ID-NOT-A-SECRET";

    /** The two sessions of the vendor's example response, in its order. */
    static final List<SessionRecord> RECORDS = List.of(
            new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", 12345, 100, 200,
                    Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z")),
            new SessionRecord("B2C3D4E5-F6A7-8901-BCDE-F12345678901", 12345, 100, 200,
                    Instant.parse("2026-05-06T14:30:00Z"), Instant.parse("2026-05-06T15:30:00Z")));

    /** Said on standard error before the demo's output, so nobody mistakes it for real data. */
    static final String NOTICE = "demo: the vendor's example session log, replayed by an embedded SOAP server on loopback";

    private DemoSessionLog() {
    }

    /** Starts a stub serving the example session log. */
    static SessionLogStub start() {
        return SessionLogStub.start().respondWith(RECORDS);
    }
}
