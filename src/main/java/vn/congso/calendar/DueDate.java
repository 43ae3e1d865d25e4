package vn.congso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The answer to "by when": the moment the time limit runs out ({@code due}), the moment counting started
 * ({@code start}: the next working moment for working units, the reception itself for calendar units, the next
 * working day when received after the cut-off) and the calendar day on which the period ends ({@code dueDay}).
 * For calendar days and months the period ends at 24:00 of {@code dueDay}, so {@code due} is 00:00 of the day
 * after: a dossier finished at any moment of {@code dueDay} is on time ({@code end ≤ due}).
 */
public record DueDate(Instant from, Instant start, Instant due, LocalDate dueDay, int amount, DurationUnit unit,
                      LocalTime cutoff) {

    public Duration duration() {
        return Duration.of(amount, unit);
    }

    /** Classification of DOMAIN.md §5: on time when the end of processing is not after the due instant. */
    public boolean isOnTime(Instant end) {
        return !end.isAfter(due);
    }
}
