package vn.congso.feedback.internal;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import vn.congso.shared.FieldProblem;

/**
 * Free text as people type it: NFC, line breaks kept (\r\n → \n), other control characters dropped, trimmed. It is
 * stored as typed and escaped wherever it is shown (Thymeleaf {@code th:text}, JSON), never interpreted as HTML.
 */
final class Texts {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Texts() {
    }

    static String multiline(String text) {
        if (text == null) {
            return null;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        String cleaned = CONTROL.matcher(normal).replaceAll("").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Checks a required (or optional) text's length, adding a problem for the field when it does not fit. */
    static void length(List<FieldProblem> problems, String field, String value, int min, int max, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(FieldProblem.of(field, "feedback.required"));
            }
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(FieldProblem.of(field, "feedback.too-long", max));
        } else if (value.codePointCount(0, value.length()) < min) {
            problems.add(FieldProblem.of(field, "feedback.too-short", min));
        }
    }

    static String random(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Compares secrets in constant time. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
