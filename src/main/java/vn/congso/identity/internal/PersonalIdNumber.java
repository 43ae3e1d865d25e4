package vn.congso.identity.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Số định danh cá nhân (the number on the chip-based citizen ID card): 12 digits, typed with spaces, dots or
 * full-width digits, stored as the 12 digits.
 * <p>
 * Its structure (Decree 137/2015/NĐ-CP, art. 7, and the Ministry of Public Security's implementing circular): 3
 * digits for the province of birth registration (001–096), 1 digit for sex and century of birth (0/1 = 1900s,
 * 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 1800s), 2 digits for the year of birth, 6 random digits. The year
 * check catches a mistyped number or date of birth before the account is created.
 */
final class PersonalIdNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]+");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private PersonalIdNumber() {
    }

    /** The 12 digits, or empty when the input holds anything else than 12 digits and separators. */
    static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
        if (!TWELVE_DIGITS.matcher(s).matches()) {
            return Optional.empty();
        }
        int province = Integer.parseInt(s.substring(0, 3));
        return province >= 1 && province <= 96 ? Optional.of(s) : Optional.empty();
    }

    /** The year of birth the number encodes (century digit and two year digits). */
    static int birthYear(String id) {
        int centuryDigit = id.charAt(3) - '0';
        int century = switch (centuryDigit) {
            case 0, 1 -> 1900;
            case 2, 3 -> 2000;
            case 4, 5 -> 2100;
            case 6, 7 -> 2200;
            default -> 1800;
        };
        return century + Integer.parseInt(id.substring(4, 6));
    }
}
