package vn.congso.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu số 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ.
 *
 * @param dossierCode may be null (refused at the desk before a code was given)
 * @param legalBasis the rule the refusal rests on; may be null
 */
public record RefusalForm(
        Issuer issuer,
        String documentNumber,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        String legalBasis,
        List<String> reasons,
        String officerName,
        Instant issuedAt) {

    public RefusalForm {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(issuedAt, "issuedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
