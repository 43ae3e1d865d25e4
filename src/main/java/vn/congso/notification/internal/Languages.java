package vn.congso.notification.internal;

import java.util.Locale;

/** The two languages people read notifications in: Vietnamese (the default) and English. */
final class Languages {

    static final Locale VI = Locale.forLanguageTag("vi");

    private Languages() {
    }

    /** "en" for anything English, otherwise "vi". */
    static String code(String language) {
        return language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "vi";
    }

    static Locale locale(String language) {
        return "en".equals(code(language)) ? Locale.ENGLISH : VI;
    }
}
