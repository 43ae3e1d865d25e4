package vn.congso.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

import vn.congso.calendar.DueDate;
import vn.congso.calendar.Duration;
import vn.congso.calendar.DurationUnit;
import vn.congso.calendar.WorkingWindow;

/**
 * Due-date arithmetic on one calendar (DOMAIN.md §5), to the second, in the calendar's time zone.
 * Working units count working seconds through the year plans; calendar days and months follow the Civil Code
 * (Art. 147–148): the first day is not counted, the period ends at 24:00 of its last day, and a last day that is
 * a rest day or holiday moves to the next working day.
 */
final class WorkingTime {

    private static final int DAY = 86_400;

    private final ResolvedCalendar calendar;
    private final ZoneRules zone;

    WorkingTime(ResolvedCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone.getRules();
    }

    DueDate due(Instant from, Duration duration, LocalTime cutoff) {
        Local local = local(from);
        LocalDate day = LocalDate.ofEpochDay(local.epochDay);
        boolean afterCutoff = cutoff != null && isWorkingDay(day) && LocalTime.ofSecondOfDay(local.second).isAfter(cutoff);
        LocalDate firstDay = afterCutoff ? nextWorkingDay(day) : day;
        int amount = duration.amount();
        DurationUnit unit = duration.unit();
        if (unit == DurationUnit.WORKING_HOURS || unit == DurationUnit.WORKING_DAYS) {
            Instant start = nextWorkingMoment(afterCutoff ? startOf(firstDay) : from);
            long seconds = unit == DurationUnit.WORKING_HOURS ? amount * 3600L : amount * calendar.weekly().standardDaySeconds();
            Instant due = addSeconds(start, seconds);
            return new DueDate(from, start, due, localDate(due), amount, unit, cutoff);
        }
        Instant start = afterCutoff ? nextWorkingMoment(startOf(firstDay)) : from;
        LocalDate last = unit == DurationUnit.DAYS ? firstDay.plusDays(amount) : firstDay.plusMonths(amount);
        if (!isWorkingDay(last)) {
            last = nextWorkingDay(last);
        }
        return new DueDate(from, start, startOf(last.plusDays(1)), last, amount, unit, cutoff);
    }

    /** Counts working seconds forward (backward when negative); a count ending at a window's end ends there. */
    Instant addSeconds(Instant from, long seconds) {
        if (seconds == 0) {
            return from;
        }
        Local local = local(from);
        YearPlan plan = calendar.plan(local.year);
        long target = plan.position(local.day(plan), local.second) + seconds;
        while (target > plan.total()) {
            target -= plan.total();
            plan = calendar.plan(plan.year() + 1);
        }
        while (target <= 0) {
            plan = calendar.plan(plan.year() - 1);
            target += plan.total();
        }
        int day = plan.dayEndingAt(target);
        return instant(plan.firstEpochDay() + day, plan.secondEndingAt(day, target));
    }

    /** Working seconds from a to b, negative when b is before a. */
    long secondsBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return -secondsBetween(b, a);
        }
        Local la = local(a);
        Local lb = local(b);
        YearPlan plan = calendar.plan(la.year);
        long result = -plan.position(la.day(plan), la.second);
        while (plan.year() < lb.year) {
            result += plan.total();
            plan = calendar.plan(plan.year() + 1);
        }
        return result + plan.position(lb.day(plan), lb.second);
    }

    Instant nextWorkingMoment(Instant at) {
        Local local = local(at);
        YearPlan plan = calendar.plan(local.year);
        long position = plan.position(local.day(plan), local.second);
        int[] windows = plan.windowsOf(local.day(plan));
        for (int i = 0; i < windows.length; i += 2) {
            if (local.second >= windows[i] && local.second < windows[i + 1]) {
                return at;
            }
        }
        while (position >= plan.total()) {
            plan = calendar.plan(plan.year() + 1);
            position = 0;
        }
        int day = plan.dayStartingAt(position);
        return instant(plan.firstEpochDay() + day, plan.secondStartingAt(day, position));
    }

    boolean isWorkingDay(LocalDate date) {
        return calendar.plan(date.getYear()).works(date.getDayOfYear() - 1);
    }

    LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        for (int guard = 0; guard < 3660 && !isWorkingDay(next); guard++) {
            next = next.plusDays(1);
        }
        return next;
    }

    List<WorkingWindow> windows(LocalDate date) {
        return WeeklyWindows.toWindows(date.getDayOfWeek(), calendar.plan(date.getYear()).windowsOf(date.getDayOfYear() - 1));
    }

    Instant startOf(LocalDate date) {
        return instant(date.toEpochDay(), 0);
    }

    LocalDate localDate(Instant instant) {
        return LocalDate.ofEpochDay(local(instant).epochDay);
    }

    private Local local(Instant instant) {
        long localSecond = instant.getEpochSecond() + zone.getOffset(instant).getTotalSeconds();
        long epochDay = Math.floorDiv(localSecond, DAY);
        int year = epochDay >= 0 && epochDay < 100_000 ? LocalDate.ofEpochDay(epochDay).getYear() : yearOrOutOfRange(epochDay);
        return new Local(epochDay, (int) Math.floorMod(localSecond, DAY), year);
    }

    private static int yearOrOutOfRange(long epochDay) {
        if (epochDay < LocalDate.of(ResolvedCalendar.MIN_YEAR, 1, 1).toEpochDay()
                || epochDay > LocalDate.of(ResolvedCalendar.MAX_YEAR, 12, 31).toEpochDay()) {
            throw ResolvedCalendar.outOfRange();
        }
        return LocalDate.ofEpochDay(epochDay).getYear();
    }

    private Instant instant(long epochDay, int secondOfDay) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(epochDay * DAY + secondOfDay, 0, ZoneOffset.UTC);
        ZoneOffset offset = zone.getOffset(local);
        return Instant.ofEpochSecond(epochDay * DAY + secondOfDay - offset.getTotalSeconds());
    }

    /** A moment as the calendar sees it: local day, second of that day, and its year. */
    private record Local(long epochDay, int second, int year) {
        int day(YearPlan plan) {
            return (int) (epochDay - plan.firstEpochDay());
        }
    }
}
