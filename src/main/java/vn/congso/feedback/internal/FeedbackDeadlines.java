package vn.congso.feedback.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.congso.calendar.Duration;
import vn.congso.calendar.DurationUnit;
import vn.congso.calendar.WorkingCalendar;

/**
 * Decision 766 deadlines for handling feedback, on the working calendar of the agency it was routed to: reject
 * within 2 working days of receipt, ask the sender for more information (first request) within 5, answer within
 * 15 (the time the sender takes to supply what was asked does not count), publish within 2 after answering.
 */
@Component
class FeedbackDeadlines {

    static final Duration REJECT = Duration.of(2, DurationUnit.WORKING_DAYS);
    static final Duration FIRST_SUPPLEMENT = Duration.of(5, DurationUnit.WORKING_DAYS);
    static final Duration ANSWER = Duration.of(15, DurationUnit.WORKING_DAYS);
    static final Duration PUBLISH = Duration.of(2, DurationUnit.WORKING_DAYS);

    /** "Due soon" when at most one working day is left. */
    static final long DUE_SOON_MINUTES = 8 * 60;

    record OnReceipt(Instant reject, Instant firstSupplement, Instant answer) {
    }

    enum DueState { WITHIN, DUE_SOON, OVERDUE }

    private final WorkingCalendar calendar;

    FeedbackDeadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    OnReceipt onReceipt(Instant receivedAt, Long agencyId) {
        return new OnReceipt(calendar.due(receivedAt, REJECT, agencyId).due(), calendar.due(receivedAt, FIRST_SUPPLEMENT, agencyId).due(),
                calendar.due(receivedAt, ANSWER, agencyId).due());
    }

    Instant publish(Instant answeredAt, Long agencyId) {
        return calendar.due(answeredAt, PUBLISH, agencyId).due();
    }

    /** The answer deadline moved forward by the working time spent waiting for the sender. */
    Instant answerAfterPause(Instant answerDue, Instant pausedAt, Instant resumedAt, Long agencyId) {
        return calendar.shiftForPause(answerDue, pausedAt, resumedAt, agencyId);
    }

    DueState state(Instant now, Instant due, Long agencyId) {
        if (now.isAfter(due)) {
            return DueState.OVERDUE;
        }
        return calendar.isDueWithinWorkingMinutes(now, due, DUE_SOON_MINUTES, agencyId) ? DueState.DUE_SOON : DueState.WITHIN;
    }
}
