package vn.congso.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

import vn.congso.calendar.DayOff;
import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;
import vn.congso.shared.ApiException;

/**
 * A calendar ready for arithmetic: its weekly windows (its own, or the province's), its schedule days (the
 * province's official days overlaid with the agency's own) and, built on first use and kept, one
 * {@link YearPlan} per year.
 * <p>
 * A day is decided in this order: a schedule day for that date; else a statutory holiday or compensatory day,
 * computed only for the holidays that the year's schedule does not fix (entering any day of a holiday, e.g. the
 * official Tết range, replaces the statutory default for that holiday and year); else the weekly windows.
 */
final class ResolvedCalendar {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private static final int[] NONE = new int[0];

    private final long id;
    private final Long agencyId;
    private final WeeklyWindows weekly;
    private final Map<LocalDate, DayOff> days = new HashMap<>();
    private final Map<Integer, Set<Holiday>> fixedByYear = new HashMap<>();
    private final StatutoryHolidays statutory;
    private final AtomicReferenceArray<YearPlan> plans = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    ResolvedCalendar(long id, Long agencyId, WeeklyWindows weekly, List<ScheduleEntry> official, List<ScheduleEntry> agencyOwn,
                     LunarCalendar lunar) {
        this.id = id;
        this.agencyId = agencyId;
        this.weekly = weekly;
        this.statutory = new StatutoryHolidays(lunar);
        Map<LocalDate, ScheduleEntry> merged = new HashMap<>();
        official.forEach(e -> {
            merged.put(e.date(), e);
            days.put(e.date(), e.toDayOff(DayOff.Source.OFFICIAL));
        });
        agencyOwn.forEach(e -> {
            merged.put(e.date(), e);
            days.put(e.date(), e.toDayOff(DayOff.Source.AGENCY));
        });
        merged.values().stream().filter(e -> e.holiday() != Holiday.OTHER).forEach(e ->
                fixedByYear.computeIfAbsent(e.holidayYear(), y -> EnumSet.noneOf(Holiday.class)).add(e.holiday()));
    }

    long id() {
        return id;
    }

    Long agencyId() {
        return agencyId;
    }

    WeeklyWindows weekly() {
        return weekly;
    }

    static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    static ApiException outOfRange() {
        return ApiException.badRequest("calendar.out-of-range", MIN_YEAR, MAX_YEAR);
    }

    YearPlan plan(int year) {
        if (!inRange(year)) {
            throw outOfRange();
        }
        YearPlan plan = plans.get(year - MIN_YEAR);
        if (plan == null) {
            plan = build(year);
            if (!plans.compareAndSet(year - MIN_YEAR, null, plan)) {
                plan = plans.get(year - MIN_YEAR);
            }
        }
        return plan;
    }

    private YearPlan build(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        Map<LocalDate, DayOff> holidays = statutory.of(year, fixedByYear.getOrDefault(year, Set.of()),
                day -> !weekly.works(day), this::workedWithoutStatutoryHolidays);
        int[][] windows = new int[length][];
        List<DayOff> departures = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            LocalDate date = first.plusDays(i);
            DayOfWeek weekday = date.getDayOfWeek();
            boolean usual = weekly.works(weekday);
            DayOff reason = days.get(date);
            if (reason == null) {
                reason = holidays.get(date);
            }
            boolean works = reason == null ? usual : reason.kind() == Kind.WORKING_DAY;
            windows[i] = !works ? NONE : usual ? weekly.secondsOf(weekday) : weekly.standardDay();
            if (works != usual && reason != null) {
                departures.add(reason);
            }
        }
        return new YearPlan(year, windows, departures);
    }

    private boolean workedWithoutStatutoryHolidays(LocalDate date) {
        DayOff day = days.get(date);
        return day == null ? weekly.works(date.getDayOfWeek()) : day.kind() == Kind.WORKING_DAY;
    }
}
