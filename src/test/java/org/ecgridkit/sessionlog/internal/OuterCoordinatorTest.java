package org.ecgridkit.sessionlog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;
import org.junit.jupiter.api.Test;

/**
 * JAXB's active coordinator is held for exactly the length of an attempt: present while it runs
 * (so JAXB's per-event push and pop never empty the thread-local), gone from the thread afterwards,
 * whether the attempt returned or threw, so a pooled thread keeps nothing of ours.
 */
class OuterCoordinatorTest {

    private static final String SESSION_ID = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0";

    @Test
    void isActiveDuringAnAttemptOnly() {
        CallContext call = CallContext.start(Duration.ofSeconds(5));
        Coordinator during = call.runAttempt(Coordinator::_getInstance);
        assertThat(during).isInstanceOf(OuterCoordinator.class);
        assertThat(Coordinator._getInstance()).isNull();
    }

    @Test
    void isGoneAfterAnAttemptThatThrew() {
        CallContext call = CallContext.start(Duration.ofSeconds(5));
        assertThatThrownBy(() -> call.runAttempt(() -> {
            throw new IllegalStateException("attempt failed");
        })).hasMessage("attempt failed");
        assertThat(Coordinator._getInstance()).isNull();
    }

    @Test
    void nestedAttemptsRestoreTheOuterOne() {
        CallContext outer = CallContext.start(Duration.ofSeconds(5));
        CallContext inner = CallContext.start(Duration.ofSeconds(5));
        boolean restored = outer.runAttempt(() -> {
            Coordinator before = Coordinator._getInstance();
            Coordinator nested = inner.runAttempt(Coordinator::_getInstance);
            return nested != before && Coordinator._getInstance() == before;
        });
        assertThat(restored).isTrue();
        assertThat(Coordinator._getInstance()).isNull();
    }

    @Test
    void leavesNothingOnTheThreadAfterRealCalls() {
        SessionRecord record = new SessionRecord(SESSION_ID, 12345, 100, 200,
                Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z"));
        try (SessionLogStub stub = SessionLogStub.start().speaks(ServiceContract.DOCUMENTED).respondWith(record);
             SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint())
                     .contract(ServiceContract.DOCUMENTED).build()) {
            List<SessionRecord> records = client.sessionLog(SESSION_ID, 12345, 10);
            assertThat(records).containsExactly(record);
            assertThat(Coordinator._getInstance()).isNull();

            stub.respondWithFault(ErrorCategory.AUTHENTICATION, "session expired");
            assertThatThrownBy(() -> client.sessionLog(SESSION_ID, 12345, 10)).isInstanceOf(EcGridOsException.class);
            assertThat(Coordinator._getInstance()).isNull();
        }
    }
}
