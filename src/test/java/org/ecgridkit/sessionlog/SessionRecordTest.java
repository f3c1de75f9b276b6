package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionRecordTest {

    private static final Instant CREATED = Instant.parse("2026-05-07T08:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-05-07T09:00:00Z");
    private static final SessionRecord RECORD =
            new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", 12345, 100, 200, CREATED, EXPIRES);

    @Test
    void durationIsExpiresMinusCreated() {
        assertThat(RECORD.duration()).isEqualTo(Duration.ofHours(1));
        SessionRecord backwards = new SessionRecord("X", 1, 1, 1, EXPIRES, CREATED);
        assertThat(backwards.duration()).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void activeFromCreatedInclusiveToExpiresExclusive() {
        assertThat(RECORD.isActiveAt(CREATED.minusNanos(1))).isFalse();
        assertThat(RECORD.isActiveAt(CREATED)).isTrue();
        assertThat(RECORD.isActiveAt(EXPIRES.minusNanos(1))).isTrue();
        assertThat(RECORD.isActiveAt(EXPIRES)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> RECORD.isActiveAt(null)).withMessage("instant");
    }

    @Test
    void toStringShowsOnlyTheLastFourCharactersOfTheSessionId() {
        String text = RECORD.toString();
        assertThat(text).contains("sessionId=****7890")
                .doesNotContain("A1B2C3D4").doesNotContain("EF1234567890")
                .contains("userId=12345", "networkId=100", "mailboxId=200",
                        "created=2026-05-07T08:00:00Z", "expires=2026-05-07T09:00:00Z");
    }

    @Test
    void shortSessionIdsAreMaskedWhole() {
        assertThat(new SessionRecord("abc1234", 1, 1, 1, CREATED, EXPIRES).toString())
                .contains("sessionId=****,").doesNotContain("1234");
    }

    @Test
    void recordsWithEqualFieldsAreEqual() {
        SessionRecord same = new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", 12345, 100, 200, CREATED, EXPIRES);
        assertThat(same).isEqualTo(RECORD).hasSameHashCodeAs(RECORD);
        assertThat(new SessionRecord("other", 12345, 100, 200, CREATED, EXPIRES)).isNotEqualTo(RECORD);
    }

    @Test
    void referenceFieldsAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new SessionRecord(null, 1, 1, 1, CREATED, EXPIRES))
                .withMessage("sessionId");
        assertThatNullPointerException().isThrownBy(() -> new SessionRecord("x", 1, 1, 1, null, EXPIRES))
                .withMessage("created");
        assertThatNullPointerException().isThrownBy(() -> new SessionRecord("x", 1, 1, 1, CREATED, null))
                .withMessage("expires");
    }
}
