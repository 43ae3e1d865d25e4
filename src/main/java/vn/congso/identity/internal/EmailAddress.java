package vn.congso.identity.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address, the login of local accounts: trimmed and stored in lower case. */
final class EmailAddress {

    static final int MAX = 200;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {
    }

    static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return s.length() <= MAX && SHAPE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }
}
