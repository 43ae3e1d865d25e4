package vn.congso.dossier;

import java.time.Instant;

/**
 * A dossier moved from one state to another (published in the same transaction; listeners run after commit from
 * the event publication registry). {@code appointment} is the current appointment (due) date, when known.
 * A dossier's creation is told by {@link DossierSubmitted} alone, not by this event: each event costs a row per
 * listener in the registry and a run of each listener, on the busiest path of the platform (online submission).
 */
public record DossierStatusChanged(long dossierId, String code, String procedureName, DossierStatus from, DossierStatus to,
                                   Instant at, String reason, Applicant applicant, Instant appointment, long receivingAgencyId,
                                   Long competentAgencyId, Channel channel, String trackingUrl) {

    public int dvcqgFrom() {
        return from == null ? 0 : from.dvcqgCode();
    }

    public int dvcqgTo() {
        return to.dvcqgCode();
    }
}
