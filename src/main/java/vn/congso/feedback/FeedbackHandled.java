package vn.congso.feedback;

import java.time.Instant;

/**
 * An officer completed a handling stage of a feedback: REJECTED (deadline 2 working days from receipt),
 * SUPPLEMENT_REQUESTED (first request, 5 working days), ANSWERED (15 working days) or PUBLISHED (2 working days
 * after the answer); {@code onTime} says whether the stage met its deadline on the working calendar.
 */
public record FeedbackHandled(long feedbackId, Long agencyId, String stage, boolean onTime, Instant at) {
}
