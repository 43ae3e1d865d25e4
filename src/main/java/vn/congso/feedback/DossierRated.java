package vn.congso.feedback;

import java.time.Instant;

/**
 * The applicant rated the handling of a returned dossier (once per dossier). {@code rating} is SATISFIED,
 * ACCEPTABLE or DISSATISFIED; {@code channel} is ONLINE (e-mail link, tracking page, own account) or COUNTER
 * (tablet at the desk); {@code agencyId} is the competent agency (the receiving one when none is recorded).
 */
public record DossierRated(long dossierId, String dossierCode, Long agencyId, String rating, String channel, Instant at) {
}
