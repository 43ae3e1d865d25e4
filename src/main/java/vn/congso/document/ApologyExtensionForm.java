package vn.congso.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu số 04, Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết: sent at the latest one working day before
 * the due date, at most once per dossier (DOMAIN.md §5).
 *
 * @param copiesTo the "Nơi nhận" lines after "Như trên"; may be empty
 */
public record ApologyExtensionForm(
        Issuer issuer,
        String documentNumber,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        Instant receivedAt,
        Instant originalDueAt,
        Instant newAppointmentAt,
        String reason,
        Signer signer,
        Instant issuedAt,
        List<String> copiesTo) {

    public ApologyExtensionForm {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        Objects.requireNonNull(newAppointmentAt, "newAppointmentAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
    }
}
