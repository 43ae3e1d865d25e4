package vn.congso.feedback;

import java.time.Instant;

/**
 * Feedback (phản ánh, kiến nghị) was filed. When it is about a dossier, {@code dossierId}/{@code dossierCode} are set
 * and it counts as a complaint about that dossier (Decision 766 dossier satisfaction); {@code procedureCode} is the
 * procedure it is about (also set for a dossier). {@code agencyId} is the agency it was routed to (null: the province).
 */
public record FeedbackReceived(long feedbackId, String code, Long agencyId, String procedureCode, String dossierCode, Long dossierId,
                               Instant at) {
}
