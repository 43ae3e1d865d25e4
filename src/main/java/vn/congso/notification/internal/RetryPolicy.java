package vn.congso.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed message again: after {@code base} for the first failure, doubling with each further one
 * ({@code base × 2^(failures−1)}), never waiting longer than {@code max}; after {@code maxAttempts} failed
 * attempts the message is given up.
 */
record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    RetryPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Back-off needs 0 < base <= max and at least one attempt");
        }
    }

    /** The time of the next attempt after {@code failedAttempts} failures, or empty when it is time to give up. */
    Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(failedAttempts)));
    }

    Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 31) {
            return max;
        }
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
