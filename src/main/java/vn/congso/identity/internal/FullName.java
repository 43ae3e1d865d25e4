package vn.congso.identity.internal;

import java.util.regex.Pattern;

import vn.congso.shared.VietnameseText;

/**
 * "Họ, chữ đệm và tên" in one field, as on the ID card: kept exactly as typed, in NFC with single spaces. Letters
 * of any script with their marks, spaces, and the apostrophe and hyphen of names such as {@code H'Hen Niê}.
 */
final class FullName {

    static final int MAX = 100;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}' ’.\\-]+");
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*");

    private FullName() {
    }

    /** NFC, collapsed spaces, trimmed; null stays null. */
    static String clean(String typed) {
        return VietnameseText.clean(typed);
    }

    static boolean isValid(String cleaned) {
        return cleaned != null && ALLOWED.matcher(cleaned).matches() && LETTER.matcher(cleaned).matches();
    }
}
