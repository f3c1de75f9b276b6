package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void standardFollowsTheVendorsGuidance() {
        RetryPolicy standard = RetryPolicy.standard();
        assertThat(standard.maxAttempts()).isEqualTo(3);
        assertThat(standard.baseDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(standard.maxDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryPolicy.builder().build()).isEqualTo(standard).hasSameHashCodeAs(standard);
        assertThat(standard).hasToString("RetryPolicy[maxAttempts=3, baseDelay=PT0.2S, maxDelay=PT5S]");
    }

    @Test
    void noneMakesOneAttempt() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.none()).isNotEqualTo(RetryPolicy.standard());
    }

    @Test
    void builderTakesEachSetting() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(50))
                .maxDelay(Duration.ofSeconds(1)).build();
        assertThat(policy.maxAttempts()).isEqualTo(5);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void builderRejectsBadValuesNamingThem() {
        RetryPolicy.Builder builder = RetryPolicy.builder();
        assertThatThrownBy(() -> builder.maxAttempts(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> builder.maxAttempts(101)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> builder.baseDelay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseDelay");
        assertThatThrownBy(() -> builder.maxDelay(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> builder.baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxDelay");
    }
}
