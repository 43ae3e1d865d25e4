package vn.congso.shared;

import java.util.Locale;

/** Amounts in VND (no decimals), shown as {@code 1.500.000 đ} in Vietnamese and {@code 1,500,000 VND} in English. */
public final class Money {

    private Money() {
    }

    public static String format(long vnd, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String grouped = String.format(Locale.ROOT, "%,d", vnd);
        return english ? grouped + " VND" : grouped.replace(',', '.') + " đ";
    }
}
