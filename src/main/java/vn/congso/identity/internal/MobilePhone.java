package vn.congso.identity.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number as people write it ({@code 0912 345 678}, {@code +84 912 345 678},
 * {@code 0084912345678}), stored as ten digits starting with 0. Mobile prefixes are checked loosely (03, 05, 07,
 * 08, 09) so a new operator prefix in those ranges is accepted.
 */
final class MobilePhone {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]+");
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");

    private MobilePhone() {
    }

    static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC)).replaceAll("");
        if (s.startsWith("+84")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("0084")) {
            s = "0" + s.substring(4);
        } else if (s.startsWith("84") && s.length() == 11) {
            s = "0" + s.substring(2);
        }
        return MOBILE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }
}
