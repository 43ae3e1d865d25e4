package vn.congso.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu số 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the dossier, one row per hand-over.
 *
 * @param competentAgency the agency (unit) that decides the dossier; may be null
 */
public record ProcessControlForm(
        Issuer issuer,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        Instant receivedAt,
        Instant appointmentAt,
        String competentAgency,
        List<HandOver> handOvers) {

    public ProcessControlForm {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        handOvers = handOvers == null ? List.of() : List.copyOf(handOvers);
    }

    /**
     * One hand-over of the dossier. Times may be null while the receiving side has not confirmed; the result is
     * null until the step is finished.
     */
    public record HandOver(
            String fromUnit,
            String fromPerson,
            Instant deliveredAt,
            String toUnit,
            String toPerson,
            Instant receivedAt,
            Timeliness result,
            String note) {

        public HandOver {
            Objects.requireNonNull(fromUnit, "fromUnit");
            Objects.requireNonNull(toUnit, "toUnit");
        }
    }
}
