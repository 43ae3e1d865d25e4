package vn.congso.document.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Small text rules shared by the forms. */
final class Texts {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    /** What a paper form prints where a value is to be filled in by hand. */
    static final String DOTS = "………………………";

    private Texts() {
    }

    /** NFC (precomposed Vietnamese letters), {@code \n} line breaks, no tabs or other control characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints()
                .filter(cp -> cp == '\n' || !Character.isISOControl(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String orDots(String text) {
        return blank(text) ? DOTS : text;
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(VI);
    }

    /** Counts on forms are written with two digits: "01 (bộ)". */
    static String twoDigits(int n) {
        return n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
    }
}
