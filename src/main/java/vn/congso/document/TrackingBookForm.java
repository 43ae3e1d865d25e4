package vn.congso.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Mẫu số 07, Sổ theo dõi hồ sơ: the register of dossiers received by an agency in a period. */
public record TrackingBookForm(Issuer issuer, LocalDate periodFrom, LocalDate periodTo, List<Row> rows) {

    public TrackingBookForm {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * One dossier. Every time except {@code receivedAt} may be null (not happened yet); {@code status} is free
     * text such as "Đang giải quyết"; the signature column stays empty for a pen.
     */
    public record Row(
            int number,
            String dossierCode,
            String procedureName,
            String applicantName,
            String address,
            String phone,
            Instant receivedAt,
            Instant appointmentAt,
            String transferredTo,
            Instant finishedAt,
            Instant returnedAt,
            String status,
            Timeliness timeliness,
            String note) {

        public Row {
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(procedureName, "procedureName");
            Objects.requireNonNull(applicantName, "applicantName");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }
}
