package vn.congso.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import vn.congso.shared.Formats;

/** Dates and times as the forms print them, always in Asia/Ho_Chi_Minh. */
final class VnDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private VnDates() {
    }

    /**
     * The place-and-date line: "Đắk Lắk, ngày 05 tháng 3 năm 2026". Decree 30/2020 (Annex I): days below 10 and
     * the months 1 and 2 take a leading zero, other months do not.
     */
    static String dateLine(String place, Instant instant) {
        if (instant == null) {
            return place + ", ngày … tháng … năm …";
        }
        LocalDate date = instant.atZone(Formats.ZONE).toLocalDate();
        int month = date.getMonthValue();
        return place + ", ngày " + Texts.twoDigits(date.getDayOfMonth())
                + " tháng " + (month <= 2 ? "0" + month : Integer.toString(month))
                + " năm " + date.getYear();
    }

    /** "24/02/2026", or dots when unknown. */
    static String date(Instant instant) {
        return instant == null ? Texts.DOTS : Formats.date(instant);
    }

    static String date(LocalDate date) {
        return date == null ? Texts.DOTS : Formats.date(date);
    }

    /** "08:30 ngày 24/02/2026", or dots when unknown. */
    static String timeAndDate(Instant instant) {
        if (instant == null) {
            return Texts.DOTS;
        }
        ZonedDateTime local = instant.atZone(Formats.ZONE);
        return TIME.format(local) + " ngày " + Formats.DATE.format(local);
    }

    /** "24/02/2026 08:30" for narrow table cells; empty when unknown. */
    static String compact(Instant instant) {
        return instant == null ? "" : Formats.dateTime(instant);
    }
}
