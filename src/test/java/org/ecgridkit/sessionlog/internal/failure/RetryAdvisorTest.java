package org.ecgridkit.sessionlog.internal.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ecgridkit.sessionlog.RetryPolicy;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryAdvisorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void retryAfterInSeconds() {
        assertThat(RetryAdvisor.parseRetryAfter("7", NOW)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryAdvisor.parseRetryAfter(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void retryAfterAsAnHttpDate() {
        assertThat(RetryAdvisor.parseRetryAfter("Wed, 25 Nov 2026 12:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAdvisor.parseRetryAfter("Wed, 25 Nov 2026 11:00:00 GMT", NOW)).as("in the past").isEqualTo(Duration.ZERO);
    }

    @Test
    void malformedRetryAfterIsIgnored() {
        assertThat(RetryAdvisor.parseRetryAfter(null, NOW)).isNull();
        assertThat(RetryAdvisor.parseRetryAfter("soon", NOW)).isNull();
        assertThat(RetryAdvisor.parseRetryAfter("-5", NOW)).isNull();
        assertThat(RetryAdvisor.parseRetryAfter("99999999999999999999999", NOW)).isNull();
    }

    @RepeatedTest(20)
    void fullJitterStaysUnderTheExponentialCeiling() {
        RetryPolicy policy = RetryPolicy.standard();
        assertThat(RetryAdvisor.fullJitter(1, policy)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        assertThat(RetryAdvisor.fullJitter(2, policy)).isBetween(Duration.ZERO, Duration.ofMillis(400));
        assertThat(RetryAdvisor.fullJitter(10, policy)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        assertThat(RetryAdvisor.fullJitter(99, policy)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
    }

    @Test
    void jitterReallyVaries() {
        RetryPolicy policy = RetryPolicy.standard();
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> RetryAdvisor.fullJitter(3, policy)).distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }
}
