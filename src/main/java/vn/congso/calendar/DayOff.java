package vn.congso.calendar;

import java.time.LocalDate;

/**
 * A day that departs from the weekly pattern of a calendar: a weekday without work (holiday, compensatory day,
 * extra day off) or a rest day worked (a swapped working Saturday), with its reason in Vietnamese and English
 * and where the rule comes from.
 */
public record DayOff(LocalDate date, Kind kind, Holiday holiday, String reasonVi, String reasonEn, Source source) {

    /** What the day is. Every kind but {@link #WORKING_DAY} is a day without work. */
    public enum Kind {
        /** A statutory holiday (Labour Code Art. 112). */
        HOLIDAY,
        /** Nghỉ bù: a holiday fell on a weekly rest day (Labour Code Art. 111(3)). */
        COMPENSATORY,
        /** A day off by a yearly decision (swapped working day, bridge) or a local decision. */
        EXTRA_DAY_OFF,
        /** Làm bù: a weekly rest day worked in exchange for a day off. */
        WORKING_DAY
    }

    /** The holiday a day belongs to; {@link #OTHER} for local or unrelated days. */
    public enum Holiday {
        NEW_YEAR("Tết Dương lịch", "New Year's Day"),
        TET("Tết Nguyên đán", "Lunar New Year (Tết)"),
        HUNG_KINGS("Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),
        REUNIFICATION_DAY("Ngày Chiến thắng 30/4", "Reunification Day (30 April)"),
        LABOUR_DAY("Ngày Quốc tế Lao động 1/5", "International Labour Day (1 May)"),
        NATIONAL_DAY("Quốc khánh 2/9", "National Day (2 September)"),
        CULTURE_DAY("Ngày Văn hóa Việt Nam 24/11", "Vietnam Culture Day (24 November)"),
        OTHER("Ngày nghỉ, ngày làm việc khác", "Other day off or working day");

        private final String nameVi;
        private final String nameEn;

        Holiday(String nameVi, String nameEn) {
            this.nameVi = nameVi;
            this.nameEn = nameEn;
        }

        public String nameVi() {
            return nameVi;
        }

        public String nameEn() {
            return nameEn;
        }
    }

    /** Where the day comes from. */
    public enum Source {
        /** Computed from the Labour Code when the year's official schedule does not fix this holiday. */
        STATUTORY,
        /** The official schedule of the year, entered for the province calendar. */
        OFFICIAL,
        /** An agency's own calendar (overrides the province calendar). */
        AGENCY
    }

    public boolean isDayOff() {
        return kind != Kind.WORKING_DAY;
    }
}
