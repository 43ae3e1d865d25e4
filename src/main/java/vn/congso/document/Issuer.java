package vn.congso.document;

import java.util.Objects;

/**
 * The agency block at the top left of a form and the place of the date line (Decree 30/2020 layout).
 *
 * @param parentAgency the governing agency in normal case, e.g. "Ủy ban nhân dân tỉnh Đắk Lắk"; may be null
 * @param agency the issuing agency or one-stop department in normal case, e.g. "Ủy ban nhân dân phường Buôn Ma
 *     Thuột": the header prints it in capitals, the body as given ("… tiếp nhận hồ sơ của: …")
 * @param place the place in the date line, e.g. "Đắk Lắk" → "Đắk Lắk, ngày 28 tháng 11 năm 2026"
 */
public record Issuer(String parentAgency, String agency, String place) {

    public Issuer {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(place, "place");
    }
}
