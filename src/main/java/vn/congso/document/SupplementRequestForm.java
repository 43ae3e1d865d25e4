package vn.congso.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu số 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what is missing or incorrect, and why.
 *
 * @param dossierCode may be null when the dossier was not received yet (guidance at the desk)
 * @param receivedAt may be null
 * @param contactName who to call with questions; may be null
 * @param contactPhone may be null
 * @param officerName the guiding officer who signs ("Người hướng dẫn")
 */
public record SupplementRequestForm(
        Issuer issuer,
        String documentNumber,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        Instant receivedAt,
        List<Item> items,
        String contactName,
        String contactPhone,
        String officerName,
        Instant issuedAt) {

    public SupplementRequestForm {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(issuedAt, "issuedAt");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One thing to add or correct, and the reason (may be null). */
    public record Item(String description, String reason) {

        public Item {
            Objects.requireNonNull(description, "description");
        }
    }
}
