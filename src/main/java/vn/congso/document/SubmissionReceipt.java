package vn.congso.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a citizen downloads right after submitting online (not an official form: the dossier is not received
 * yet, so no time limit runs until the agency accepts it).
 *
 * @param portalName e.g. "CỔNG DỊCH VỤ CÔNG TỈNH ĐẮK LẮK"
 * @param receivingAgency the agency the dossier was sent to
 * @param appointmentAt the expected result time if already known; may be null
 * @param processingTime the statutory time limit as text, e.g. "05 ngày làm việc"; may be null
 * @param nextSteps "what happens next" paragraphs; empty prints the standard text
 * @param trackingUrl the public tracking page, printed and encoded in the QR code
 * @param checkValue the value the citizen types with the dossier code to track it
 */
public record SubmissionReceipt(
        String portalName,
        String receivingAgency,
        String dossierCode,
        String procedureName,
        String applicantName,
        Instant submittedAt,
        Instant appointmentAt,
        String processingTime,
        List<String> nextSteps,
        String trackingUrl,
        String checkValue) {

    public SubmissionReceipt {
        Objects.requireNonNull(portalName, "portalName");
        Objects.requireNonNull(receivingAgency, "receivingAgency");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    }
}
