package org.ecgridkit.sessionlog.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.ecgridkit.sessionlog.testkit.StubRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionAuditTest {
    private static final Instant NINE = Instant.parse("2026-05-07T09:00:00Z");
    private static final SessionRecord EIGHT_TO_NINE = new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890",
            12345, 100, 200, Instant.parse("2026-05-07T08:00:00Z"), NINE);
    private static final SessionRecord HALF_EIGHT_TO_HALF_NINE = new SessionRecord("B2C3D4E5-F6A7-8901-BCDE-F12345678901",
            12345, 100, 200, Instant.parse("2026-05-07T08:30:00Z"), Instant.parse("2026-05-07T09:30:00Z"));

    private final SessionLogStub stub = SessionLogStub.start();
    private final SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint()).build();

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    @Test
    void keepsOnlyTheSessionsOpenAtTheMoment() {
        stub.respondWith(EIGHT_TO_NINE, HALF_EIGHT_TO_HALF_NINE);

        List<SessionRecord> open = new SessionAudit(client, "test-session-id").openAt(12345, NINE);

        assertEquals(List.of(HALF_EIGHT_TO_HALF_NINE), open);
        StubRequest sent = stub.requests().get(0);
        assertEquals("test-session-id", sent.sessionId());
        assertEquals(12345, sent.userId());
        assertEquals(100, sent.maxRecords());
    }

    @Test
    void anExpiredSessionIsAnAuthenticationFault() {
        stub.respondWithFault(ErrorCategory.AUTHENTICATION, "Session expired.");

        EcGridOsFaultException fault = assertThrows(EcGridOsFaultException.class,
                () -> new SessionAudit(client, "expired-session-id").openAt(12345, NINE));

        assertEquals(ErrorCategory.AUTHENTICATION, fault.category());
    }
}
