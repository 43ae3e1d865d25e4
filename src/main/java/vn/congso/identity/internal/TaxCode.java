package vn.congso.identity.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mã số thuế / mã số doanh nghiệp: 10 digits for an enterprise, or 13 written {@code 0123456789-001} for a branch
 * or dependent unit. Typed with spaces, dots, full-width digits or without the dash; stored as {@code 0123456789}
 * or {@code 0123456789-001}.
 */
final class TaxCode {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.]+");
    private static final Pattern CODE = Pattern.compile("(\\d{10})(?:-?(\\d{3}))?");

    private TaxCode() {
    }

    static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
        Matcher m = CODE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String branch = m.group(2);
        if (branch == null) {
            return Optional.of(m.group(1));
        }
        return "000".equals(branch) ? Optional.empty() : Optional.of(m.group(1) + "-" + branch);
    }
}
