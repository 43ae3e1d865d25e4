package vn.congso.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text as users type it: names are kept exactly as typed (normalised to NFC), and searched or
 * sorted through a folded form without diacritics, case or the đ/d distinction, so that
 * {@code "giay phep xay dung"}, {@code "GIẤY PHÉP XÂY DỰNG"} and an NFD-encoded input all meet.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** NFC with collapsed whitespace; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Lower case, no diacritics, đ → d, punctuation → single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        String lower = withoutMarks.toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(lower).replaceAll(" ").strip();
    }

    /** The folded words of a text, in order, without empty ones. */
    public static List<String> words(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" ")).filter(w -> !w.isBlank()).toList();
    }

    /** Digits only, accepting full-width digits and spaces/dots/dashes as typed (ids, phone numbers). */
    public static String digits(String text) {
        if (text == null) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        for (char c : normal.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
