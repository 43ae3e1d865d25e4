package vn.congso.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10);
    final Instant now = Instant.parse("2026-11-28T07:30:00Z");

    @Test
    void theWaitDoublesAfterEachFailureStartingFromTheBase() {
        assertThat(policy.nextAttempt(1, now)).contains(now.plusSeconds(30));
        assertThat(policy.nextAttempt(2, now)).contains(now.plusSeconds(60));
        assertThat(policy.nextAttempt(3, now)).contains(now.plusSeconds(120));
        assertThat(policy.nextAttempt(4, now)).contains(now.plusSeconds(240));
    }

    @Test
    void theWaitNeverExceedsTheCap() {
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theMessageIsGivenUpAfterTheLastAttempt() {
        assertThat(policy.nextAttempt(9, now)).isPresent();
        assertThat(policy.nextAttempt(10, now)).isEmpty();
    }
}
