package vn.congso.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import vn.congso.calendar.DayOff;
import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;
import vn.congso.shared.Formats;

/**
 * Holidays of a year by the Labour Code 2019 (Art. 112), for the holidays the year's official schedule does
 * not fix: 01/01; Tết 5 days; Hùng Kings 10/3 lunar; 30/4; 1/5; 2/9 and one adjacent day; 24/11 from 2026.
 * A holiday on a weekly rest day is compensated on the next working day (Art. 111(3)).
 * <p>
 * The Prime Minister fixes Tết's 5 days and National Day's adjacent day each year. Without a decision we use
 * documented defaults: Tết = the last day of the lunar year and the first four days of the new year (the
 * "one before, four after" custom); the adjacent day of 2/9 is 3/9 when 2/9 is a Monday, Thursday or Sunday
 * (so the holiday joins a weekend), else 1/9.
 */
final class StatutoryHolidays {

    /** Ngày Văn hóa Việt Nam (24/11) is a paid holiday from 2026 (Resolution 80-NQ/TW; Labour Code amendment). */
    static final int CULTURE_DAY_FROM = 2026;

    private final LunarCalendar lunar;

    StatutoryHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    /**
     * The statutory days off of the year (holidays and compensatory days) by date.
     *
     * @param fixedBySchedule holidays the official schedule fixes this year: not computed here
     * @param restDay         weekly rest days of the calendar
     * @param workingOtherwise whether a day would be worked (weekly pattern and schedule entries); compensatory
     *                        days go to the next such day
     */
    Map<LocalDate, DayOff> of(int year, Set<Holiday> fixedBySchedule, Predicate<DayOfWeek> restDay,
                              Predicate<LocalDate> workingOtherwise) {
        List<DayOff> holidays = new ArrayList<>();
        add(holidays, fixedBySchedule, LocalDate.of(year, 1, 1), Holiday.NEW_YEAR, "Tết Dương lịch (01/01)", "New Year's Day (1 January)");
        if (!fixedBySchedule.contains(Holiday.TET)) {
            tet(holidays, year);
        }
        add(holidays, fixedBySchedule, lunar.toSolar(new LunarCalendar.LunarDate(10, 3, year, false)), Holiday.HUNG_KINGS,
                "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)");
        add(holidays, fixedBySchedule, LocalDate.of(year, 4, 30), Holiday.REUNIFICATION_DAY,
                "Ngày Chiến thắng (30/4)", "Reunification Day (30 April)");
        add(holidays, fixedBySchedule, LocalDate.of(year, 5, 1), Holiday.LABOUR_DAY,
                "Ngày Quốc tế Lao động (1/5)", "International Labour Day (1 May)");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        add(holidays, fixedBySchedule, nationalDay, Holiday.NATIONAL_DAY, "Quốc khánh (2/9)", "National Day (2 September)");
        add(holidays, fixedBySchedule, adjacentToNationalDay(nationalDay), Holiday.NATIONAL_DAY,
                "Quốc khánh (ngày liền kề 2/9)", "National Day (adjacent day)");
        if (year >= CULTURE_DAY_FROM) {
            add(holidays, fixedBySchedule, LocalDate.of(year, 11, 24), Holiday.CULTURE_DAY,
                    "Ngày Văn hóa Việt Nam (24/11)", "Vietnam Culture Day (24 November)");
        }
        holidays.sort(Comparator.comparing(DayOff::date));
        TreeMap<LocalDate, DayOff> days = new TreeMap<>();
        List<DayOff> onRestDays = new ArrayList<>();
        List<DayOff> onOtherHolidays = new ArrayList<>();
        for (DayOff h : holidays) {
            // A holiday on a weekly rest day, or on the same day as another holiday, is taken on the next working day.
            if (days.putIfAbsent(h.date(), h) != null) {
                onOtherHolidays.add(h);
            } else if (restDay.test(h.date().getDayOfWeek())) {
                onRestDays.add(h);
            }
        }
        List<DayOff> toCompensate = new ArrayList<>(onRestDays);
        toCompensate.addAll(onOtherHolidays);
        toCompensate.sort(Comparator.comparing(DayOff::date));
        for (DayOff h : toCompensate) {
            LocalDate c = h.date().plusDays(1);
            for (int guard = 0; guard < 60 && (days.containsKey(c) || !workingOtherwise.test(c)); guard++) {
                c = c.plusDays(1);
            }
            days.put(c, compensatory(c, h, onOtherHolidays.contains(h)));
        }
        return days;
    }

    private void tet(List<DayOff> holidays, int year) {
        LocalDate firstDay = lunar.newYear(year);
        LocalDate lastDayOfYear = firstDay.minusDays(1);
        int lastLunarDay = lunar.toLunar(lastDayOfYear).day();
        holidays.add(new DayOff(lastDayOfYear, Kind.HOLIDAY, Holiday.TET,
                "Tết Nguyên đán (" + lastLunarDay + " tháng Chạp, ngày cuối năm âm lịch)",
                "Lunar New Year (last day of the lunar year)", DayOff.Source.STATUTORY));
        for (int i = 0; i < 4; i++) {
            holidays.add(new DayOff(firstDay.plusDays(i), Kind.HOLIDAY, Holiday.TET,
                    "Tết Nguyên đán (mùng " + (i + 1) + " tháng Giêng)",
                    "Lunar New Year (day " + (i + 1) + " of the first lunar month)", DayOff.Source.STATUTORY));
        }
    }

    static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
        DayOfWeek day = nationalDay.getDayOfWeek();
        boolean after = day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY || day == DayOfWeek.SUNDAY;
        return LocalDate.of(nationalDay.getYear(), Month.SEPTEMBER, after ? 3 : 1);
    }

    private static void add(List<DayOff> holidays, Set<Holiday> fixed, LocalDate date, Holiday holiday, String vi, String en) {
        if (!fixed.contains(holiday)) {
            holidays.add(new DayOff(date, Kind.HOLIDAY, holiday, vi, en, DayOff.Source.STATUTORY));
        }
    }

    private static DayOff compensatory(LocalDate day, DayOff holiday, boolean onAnotherHoliday) {
        String date = Formats.date(holiday.date());
        return new DayOff(day, Kind.COMPENSATORY, holiday.holiday(),
                "Nghỉ bù " + holiday.reasonVi() + ", ngày " + date + (onAnotherHoliday ? " trùng ngày lễ khác" : " trùng ngày nghỉ hằng tuần"),
                "Compensatory day off: " + holiday.reasonEn() + " fell on " + (onAnotherHoliday ? "another holiday" : "a weekly rest day")
                        + " (" + date + ")",
                DayOff.Source.STATUTORY);
    }
}
