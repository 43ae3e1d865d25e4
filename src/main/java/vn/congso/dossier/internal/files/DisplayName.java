package vn.congso.dossier.internal.files;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name under which an uploaded file is shown and offered for download: the user's own name, cleaned. Browsers
 * send anything from {@code C:\Users\An\Desktop\Giấy khai sinh.pdf} to names with right-to-left overrides that
 * make {@code gpj.exe} look like {@code exe.jpg}; what comes out is NFC, without folders, control or invisible
 * formatting characters, without characters Windows refuses in file names, at most {@value #MAX_LENGTH}
 * characters, and always ends with the extension of the type found in the bytes.
 */
public final class DisplayName {

    public static final int MAX_LENGTH = 150;
    /** Used when nothing printable is left of the user's name ("tệp" = file, unaccented to stay safe everywhere). */
    static final String FALLBACK = "tep";

    private DisplayName() {
    }

    public static String of(String originalName, FileType type) {
        String name = printable(Normalizer.normalize(originalName == null ? "" : originalName, Normalizer.Form.NFC));
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = trim(name);
        String base = name;
        String extension = type.extension();
        int dot = name.lastIndexOf('.');
        if (dot > 0 && type.extensions().contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            base = trim(name.substring(0, dot));
            extension = name.substring(dot + 1);
        }
        base = trim(firstCodePoints(base, MAX_LENGTH - 1 - extension.length()));
        return (base.isEmpty() ? FALLBACK : base) + "." + extension;
    }

    /** Drops control, format (bidi overrides, zero-width), private-use and unassigned characters; spaces become ' '. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                     Character.UNASSIGNED -> {
                    if (c == '\t' || c == '\n' || c == '\r') {
                        out.append(' ');
                    }
                }
                case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
                        out.append(' ');
                default -> out.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
            }
        });
        return Normalizer.normalize(out.toString().replaceAll(" {2,}", " "), Normalizer.Form.NFC);
    }

    /** Without leading/trailing spaces and dots (a leading dot hides a file, Windows drops trailing ones). */
    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == ' ' || name.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == ' ' || name.charAt(end - 1) == '.')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String firstCodePoints(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
