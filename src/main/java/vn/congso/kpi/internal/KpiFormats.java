package vn.congso.kpi.internal;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Numbers on the dashboard pages: percentages with one decimal and points with two, in the page's language. */
@Component("kpiFmt")
public class KpiFormats {

    public String percent(Double ratio) {
        if (ratio == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(ratio * 100) + " %";
    }

    public String points(Double points) {
        if (points == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f.format(points);
    }

    public String count(Long n) {
        return n == null ? "—" : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** The colour class of a status: good, bad, neutral; the word is always printed beside it. */
    public String tone(Results.Status status) {
        return switch (status) {
            case ON_TARGET -> "ok";
            case BELOW_TARGET -> "bad";
            case MEASURED -> "info";
            case NO_DATA, NOT_MEASURED -> "grey";
        };
    }

    private static Locale locale() {
        Locale l = LocaleContextHolder.getLocale();
        return "en".equals(l.getLanguage()) ? Locale.UK : Locale.forLanguageTag("vi-VN");
    }
}
