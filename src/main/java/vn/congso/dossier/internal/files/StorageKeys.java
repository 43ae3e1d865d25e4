package vn.congso.dossier.internal.files;

import java.util.regex.Pattern;

/** The key rules of {@link FileStorage#checkKey(String)}. */
final class StorageKeys {

    static final int MAX_LENGTH = 1024;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9/_.-]+");

    private StorageKeys() {
    }

    static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !ALLOWED.matcher(key).matches()
                || key.contains("..")) {
            throw bad(key);
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                throw bad(key);
            }
        }
        return key;
    }

    private static IllegalArgumentException bad(String key) {
        String shown = key == null ? "null"
                : '"' + (key.length() > 80 ? key.substring(0, 80) + "…" : key).replaceAll("\\p{Cntrl}", "?") + '"';
        return new IllegalArgumentException("Bad file storage key: " + shown);
    }
}
