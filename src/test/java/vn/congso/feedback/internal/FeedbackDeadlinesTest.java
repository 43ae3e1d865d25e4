package vn.congso.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congso.calendar.WorkingCalendar;
import vn.congso.shared.Formats;
import vn.congso.support.CongsoTest;

/** Decision 766 feedback deadlines counted on the province's working calendar (DOMAIN.md §5, §6). */
@CongsoTest
class FeedbackDeadlinesTest {

    @Autowired
    WorkingCalendar calendar;

    static Instant at(String local) {
        return LocalDateTime.parse(local.replace(' ', 'T')).atZone(Formats.ZONE).toInstant();
    }

    @Test
    void feedbackReceivedOnTheFridayBeforeTetCountsFromTheFirstWorkingDayAfterIt() {
        FeedbackDeadlines deadlines = new FeedbackDeadlines(calendar);

        // Friday 13/02/2026 10:00: 5.5 working hours left that day, then Tết (Sat 14 – Sun 22/02) is not counted.
        FeedbackDeadlines.OnReceipt due = deadlines.onReceipt(at("2026-02-13 10:00"), null);

        assertThat(due.reject()).as("2 working days").isEqualTo(at("2026-02-24 10:00"));
        assertThat(due.firstSupplement()).as("5 working days").isEqualTo(at("2026-02-27 10:00"));
        assertThat(due.answer()).as("15 working days").isEqualTo(at("2026-03-13 10:00"));
    }

    @Test
    void theAnswerIsPublishedWithinTwoWorkingDaysSkippingTheAprilAndMayHolidays() {
        FeedbackDeadlines deadlines = new FeedbackDeadlines(calendar);

        // Answered Wed 29/04/2026 16:30: 1 h that day, 30/4 and 1/5 are holidays, then Mon 04/05 (8 h) and 7 h on Tue 05/05.
        assertThat(deadlines.publish(at("2026-04-29 16:30"), null)).isEqualTo(at("2026-05-05 16:30"));
    }

    @Test
    void theDueStateIsWithinThenDueSoonInTheLastWorkingDayThenOverdue() {
        FeedbackDeadlines deadlines = new FeedbackDeadlines(calendar);
        Instant due = at("2026-02-24 10:00");

        assertThat(deadlines.state(at("2026-02-13 10:00"), due, null)).isEqualTo(FeedbackDeadlines.DueState.WITHIN);
        assertThat(deadlines.state(at("2026-02-13 16:00"), due, null)).as("1.5 h Friday + Monday's 8 h > 8 h").isEqualTo(FeedbackDeadlines.DueState.WITHIN);
        assertThat(deadlines.state(at("2026-02-23 11:00"), due, null)).as("under one working day left").isEqualTo(FeedbackDeadlines.DueState.DUE_SOON);
        assertThat(deadlines.state(at("2026-02-24 10:00"), due, null)).as("at the due instant: still on time").isEqualTo(FeedbackDeadlines.DueState.DUE_SOON);
        assertThat(deadlines.state(at("2026-02-24 10:01"), due, null)).isEqualTo(FeedbackDeadlines.DueState.OVERDUE);
    }
}
