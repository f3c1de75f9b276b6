package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecgridkit.sessionlog.SessionLogSummary.AddressUse;
import org.ecgridkit.sessionlog.SessionLogSummary.FailedCall;
import org.ecgridkit.sessionlog.SessionLogSummary.Overlap;
import org.ecgridkit.sessionlog.SessionLogSummary.Period;
import org.ecgridkit.sessionlog.SessionLogSummary.ReturnCodeCount;
import org.ecgridkit.sessionlog.SessionLogSummary.SessionSpan;
import org.ecgridkit.sessionlog.SessionLogSummary.StatusCount;
import org.junit.jupiter.api.Test;

class SessionLogSummaryTest {

    private static final Instant T0 = Instant.parse("2026-05-06T08:00:00Z");

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static SessionEvent call(String name, int minute, String ip, String returnCode) {
        return new SessionEvent(name, at(minute), Duration.ofMillis(5), Optional.ofNullable(ip), returnCode, Optional.empty());
    }

    private static SessionRecord session(String id, int user, int from, int expires, SessionStatus status, Integer ended,
                                         SessionEvent... calls) {
        return new SessionRecord(id, user, 1, 2, at(from), at(expires), status,
                Optional.ofNullable(ended).map(SessionLogSummaryTest::at), Optional.empty(), List.of(calls));
    }

    @Test
    void anEmptyLogHasNoPeriodAndEmptyParts() {
        SessionLogSummary summary = SessionLogSummary.of(List.of());
        assertThat(summary.sessionCount()).isZero();
        assertThat(summary.userCount()).isZero();
        assertThat(summary.period()).isEmpty();
        assertThat(summary.byStatus()).isEmpty();
        assertThat(summary.statusReported()).isFalse();
        assertThat(summary.callsReported()).isFalse();
        assertThat(summary.callCount()).isZero();
        assertThat(summary.addresses()).isEmpty();
        assertThat(summary.returnCodes()).isEmpty();
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.open()).isEmpty();
        assertThat(summary.longest()).isEmpty();
        assertThat(summary.overlaps()).isEmpty();
        assertThat(summary.overlapCount()).isZero();
    }

    @Test
    void documentedContractRecordsHaveNoStatusAndNoCalls() {
        SessionLogSummary summary = SessionLogSummary.of(List.of(
                new SessionRecord("A1B2C3D4-E5F6-7890", 7, 1, 2, at(0), at(60)),
                new SessionRecord("B2C3D4E5-F6A7-8901", 7, 1, 2, at(120), at(180))));
        assertThat(summary.sessionCount()).isEqualTo(2);
        assertThat(summary.userCount()).isEqualTo(1);
        assertThat(summary.period()).contains(new Period(at(0), at(180)));
        assertThat(summary.byStatus()).containsExactly(new StatusCount(SessionStatus.UNKNOWN, 2));
        assertThat(summary.statusReported()).isFalse();
        assertThat(summary.callsReported()).isFalse();
        assertThat(summary.addresses()).isEmpty();
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.open()).as("an unknown status is never taken for open").isEmpty();
        assertThat(summary.longest()).extracting(s -> s.session().sessionId())
                .containsExactly("A1B2C3D4-E5F6-7890", "B2C3D4E5-F6A7-8901");
        assertThat(summary.overlaps()).isEmpty();
    }

    @Test
    void countsStatusesAddressesAndReturnCodesAndListsFailuresInTimeOrder() {
        SessionRecord first = session("S1-0000000001", 1, 0, 60, SessionStatus.CLOSED, 30,
                call("Login", 0, "203.0.113.10", "Success"),
                call("SessionLogEx", 20, "203.0.113.10", "AccessDenied"),
                call("WhoAmI", 25, null, "Success"));
        SessionRecord second = session("S2-0000000002", 2, 100, 160, SessionStatus.OPEN, null,
                call("Login", 100, "198.51.100.23", "Success"),
                call("ParcelUpload", 101, "203.0.113.10", "SessionTimeout"),
                call("SessionLog", 10, "198.51.100.23", "AccessDenied"));
        SessionRecord third = session("S3-0000000003", 2, 200, 260, SessionStatus.EXPIRED, 260);
        SessionLogSummary summary = SessionLogSummary.of(List.of(first, second, third));

        assertThat(summary.userCount()).isEqualTo(2);
        assertThat(summary.period()).contains(new Period(at(0), at(260)));
        assertThat(summary.byStatus()).containsExactly(new StatusCount(SessionStatus.OPEN, 1),
                new StatusCount(SessionStatus.CLOSED, 1), new StatusCount(SessionStatus.EXPIRED, 1));
        assertThat(summary.statusReported()).isTrue();
        assertThat(summary.callCount()).isEqualTo(6);
        assertThat(summary.addresses()).containsExactly(
                new AddressUse("203.0.113.10", 3, 2, at(0), at(101)),
                new AddressUse("198.51.100.23", 2, 1, at(10), at(100)));
        assertThat(summary.returnCodes()).containsExactly(new ReturnCodeCount("Success", 3),
                new ReturnCodeCount("AccessDenied", 2), new ReturnCodeCount("SessionTimeout", 1));
        assertThat(summary.returnCodes()).extracting(ReturnCodeCount::failed).containsExactly(false, true, true);
        assertThat(summary.failures()).containsExactly(
                new FailedCall(second, second.events().get(2)),
                new FailedCall(first, first.events().get(1)),
                new FailedCall(second, second.events().get(1)));
        assertThat(summary.open()).containsExactly(second);
    }

    @Test
    void longestUsesTheEndTimeAndForAnOpenSessionItsExpiry() {
        SessionRecord closedEarly = session("closed-early", 1, 0, 600, SessionStatus.CLOSED, 10);
        SessionRecord open = session("open-session", 1, 1000, 1090, SessionStatus.OPEN, null);
        List<SessionRecord> records = new ArrayList<>(List.of(closedEarly, open));
        for (int i = 0; i < 6; i++) {
            records.add(session("short-" + i, 1, 2000 + 100 * i, 2000 + 100 * i + 30, SessionStatus.EXPIRED, 2000 + 100 * i + 30));
        }
        SessionLogSummary summary = SessionLogSummary.of(records);
        assertThat(summary.longest()).hasSize(SessionLogSummary.LONGEST_LIMIT);
        assertThat(summary.longest().get(0)).isEqualTo(new SessionSpan(open, at(1000), at(1090)));
        assertThat(summary.longest().get(0).duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(summary.longest()).extracting(s -> s.session().sessionId())
                .as("equally long sessions keep the log's order").containsExactly("open-session",
                        "short-0", "short-1", "short-2", "short-3");
    }

    @Test
    void overlapsAreSessionsOfOneUserWhoseSpansIntersect() {
        SessionRecord a = session("a", 1, 0, 60, SessionStatus.CLOSED, 40);
        SessionRecord b = session("b", 1, 30, 90, SessionStatus.EXPIRED, 90);
        SessionRecord touching = session("touching", 1, 90, 120, SessionStatus.CLOSED, 100);
        SessionRecord otherUser = session("other-user", 2, 10, 50, SessionStatus.CLOSED, 50);
        SessionRecord inside = session("inside", 1, 35, 80, SessionStatus.OPEN, null);
        SessionRecord empty = session("empty", 1, 36, 36, SessionStatus.CLOSED, 36);
        SessionLogSummary summary = SessionLogSummary.of(List.of(a, b, touching, otherUser, inside, empty));
        assertThat(summary.overlaps()).containsExactly(
                new Overlap(a, b, at(30), at(40)),
                new Overlap(a, inside, at(35), at(40)),
                new Overlap(b, inside, at(35), at(80)));
        assertThat(summary.overlaps()).extracting(Overlap::userId).containsOnly(1);
        assertThat(summary.overlapCount()).isEqualTo(3);
    }

    @Test
    void manyOverlapsAreCountedAllButListedUpToTheLimit() {
        List<SessionRecord> records = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            records.add(session("s" + i, 5, i, 100_000, SessionStatus.OPEN, null));
        }
        long started = System.nanoTime();
        SessionLogSummary summary = SessionLogSummary.of(records);
        assertThat(summary.overlapCount()).isEqualTo(2000 * 1999 / 2);
        assertThat(summary.overlaps()).hasSize(SessionLogSummary.OVERLAP_LIMIT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void isImmutable() {
        List<SessionRecord> records = new ArrayList<>(List.of(session("x", 1, 0, 10, SessionStatus.OPEN, null,
                call("Login", 0, "::1", "Denied"))));
        SessionLogSummary summary = SessionLogSummary.of(records);
        records.clear();
        assertThat(summary.sessionCount()).isEqualTo(1);
        assertThat(Modifier.isFinal(SessionLogSummary.class.getModifiers())).isTrue();
        for (List<?> list : List.of(summary.byStatus(), summary.addresses(), summary.returnCodes(), summary.failures(),
                summary.open(), summary.longest(), summary.overlaps())) {
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(List.of(Period.class, StatusCount.class, AddressUse.class, ReturnCodeCount.class, FailedCall.class,
                SessionSpan.class, Overlap.class)).allMatch(Class::isRecord);
    }

    @Test
    void refusesNulls() {
        assertThatNullPointerException().isThrownBy(() -> SessionLogSummary.of(null)).withMessage("records");
        List<SessionRecord> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> SessionLogSummary.of(withNull));
    }
}
