package vn.congso.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu số 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: given to the applicant when a dossier is validly received.
 *
 * @param documentNumber the "Số:" of the receipt; may be null
 * @param dossierSets number of sets of the dossier received ("Số lượng hồ sơ: 01 (bộ)")
 * @param processingTime the statutory time limit as text, e.g. "05 ngày làm việc"; may be null
 * @param feeVnd fees and charges in VND; null when the procedure has none
 * @param resultDeliveryPlace where the result is handed back; may be null
 * @param trackingUrl public tracking page printed as a QR code; null prints no QR code
 * @param checkValue the short value a citizen types to track the dossier; may be null
 * @param notes free notes printed at the end; may be null
 */
public record ReceiptForm(
        Issuer issuer,
        String documentNumber,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        List<Component> components,
        int dossierSets,
        String processingTime,
        Instant receivedAt,
        Instant appointmentAt,
        Long feeVnd,
        String resultDeliveryPlace,
        Channel channel,
        String officerName,
        String trackingUrl,
        String checkValue,
        String notes) {

    public ReceiptForm {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** One received paper: its name and how many originals and copies were handed in. */
    public record Component(String name, int originals, int copies) {

        public Component {
            Objects.requireNonNull(name, "name");
        }
    }
}
