package vn.congso.feedback.internal;

import java.time.Instant;

/** One feedback (phản ánh, kiến nghị) with its sender, routing, deadlines and each handling stage as recorded. */
record FeedbackItem(
        long id,
        String code,
        String checkCode,
        String procedureCode,
        String procedureName,
        Long dossierId,
        String dossierCode,
        Long agencyId,
        String senderName,
        String senderEmail,
        String senderPhone,
        Long senderAccountId,
        String language,
        String title,
        String content,
        FeedbackStatus status,
        Instant receivedAt,
        Instant rejectDueAt,
        Instant supplementDueAt,
        Instant answerDueAt,
        Instant publishDueAt,
        Instant rejectedAt,
        String rejectReason,
        Boolean rejectOnTime,
        Instant supplementRequestedAt,
        String supplementRequest,
        Boolean supplementOnTime,
        Instant supplementedAt,
        String supplement,
        Instant answeredAt,
        String answer,
        Boolean answerOnTime,
        String answeredBy,
        Instant publishedAt,
        Boolean publishOnTime,
        int likes,
        int dislikes,
        long version) {

    /** The deadline of the stage the agency has to complete next (null when nothing is due from the agency). */
    Instant nextDue() {
        return switch (status) {
            case RECEIVED -> answerDueAt;
            case ANSWERED -> publishDueAt;
            default -> null;
        };
    }
}
