package vn.congso.shared.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.congso.shared.Formats;
import vn.congso.shared.Money;

/** Formatting for templates ({@code ${@fmt.money(x)}}): Vietnamese conventions from UX.md. */
@Component("fmt")
public class ViewFormats {

    public String money(Long vnd) {
        return vnd == null ? "" : Money.format(vnd, LocaleContextHolder.getLocale());
    }

    public String date(Object value) {
        if (value instanceof LocalDate d) {
            return Formats.date(d);
        }
        if (value instanceof Instant i) {
            return Formats.date(i);
        }
        if (value instanceof OffsetDateTime o) {
            return Formats.date(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return Formats.date(z.toInstant());
        }
        return value == null ? "" : value.toString();
    }

    public String dateTime(Object value) {
        if (value instanceof Instant i) {
            return Formats.dateTime(i);
        }
        if (value instanceof OffsetDateTime o) {
            return Formats.dateTime(o.toInstant());
        }
        if (value instanceof ZonedDateTime z) {
            return Formats.dateTime(z.toInstant());
        }
        return date(value);
    }

    /** "Thứ Hai, 28/11/2026" / "Monday, 28/11/2026". */
    public String dayAndDate(Object value) {
        LocalDate d = value instanceof LocalDate ld ? ld
                : value instanceof Instant i ? i.atZone(Formats.ZONE).toLocalDate()
                : value instanceof OffsetDateTime o ? o.atZoneSameInstant(Formats.ZONE).toLocalDate() : null;
        if (d == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String day = "vi".equals(locale.getLanguage()) ? vietnameseWeekday(d) : d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day + ", " + Formats.date(d);
    }

    static String vietnameseWeekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    public boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** Picks the Vietnamese or English text of a pair, falling back to Vietnamese. */
    public String pick(String vi, String en) {
        return english() && en != null && !en.isBlank() ? en : vi;
    }
}
