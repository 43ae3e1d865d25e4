package vn.congso.dossier;

import java.time.Instant;

/** A dossier was created (online submission or walk-in/postal intake) and got its code. */
public record DossierSubmitted(long dossierId, String code, String procedureCode, String procedureName, Channel channel,
                               long receivingAgencyId, Long competentAgencyId, Applicant applicant, Instant submittedAt,
                               String trackingUrl, String checkCode) {
}
