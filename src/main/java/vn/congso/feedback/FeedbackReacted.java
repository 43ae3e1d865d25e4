package vn.congso.feedback;

import java.time.Instant;

/** Someone liked ({@code like}) or disliked a published answer; one reaction per person, never changed. */
public record FeedbackReacted(long feedbackId, Long agencyId, boolean like, Instant at) {
}
