package vn.congso.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A generic result on paper (a certificate, a decision, a confirmation) with its result code ({@code MaKetQua})
 * and a QR code opening the public verification page.
 *
 * @param title the document kind in capitals, e.g. "GIẤY XÁC NHẬN"
 * @param subject the one-line summary under the title ("Về việc ..."); may be null
 * @param recipient the "Kính gửi" line; may be null
 * @param paragraphs the body, one string per paragraph
 */
public record ResultDocument(
        Issuer issuer,
        String documentNumber,
        String title,
        String subject,
        String recipient,
        List<String> paragraphs,
        Signer signer,
        Instant issuedAt,
        List<String> copiesTo,
        String resultCode,
        String verificationUrl) {

    public ResultDocument {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(resultCode, "resultCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        copiesTo = copiesTo == null ? List.of() : List.copyOf(copiesTo);
    }
}
