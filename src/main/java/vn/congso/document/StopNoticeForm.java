package vn.congso.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu số 05, Thông báo dừng giải quyết hồ sơ (DVCQG status 8).
 *
 * @param legalBasis the rule the stop rests on; may be null
 * @param instructions what the applicant does next (take the papers back, refund...); may be null
 */
public record StopNoticeForm(
        Issuer issuer,
        String documentNumber,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        Instant receivedAt,
        String legalBasis,
        String reason,
        String instructions,
        Signer signer,
        Instant issuedAt,
        List<String> copiesTo) {

    public StopNoticeForm {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
    }
}
