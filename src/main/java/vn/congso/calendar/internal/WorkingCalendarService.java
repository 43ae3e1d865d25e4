package vn.congso.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.congso.calendar.DayOff;
import vn.congso.calendar.DueDate;
import vn.congso.calendar.Duration;
import vn.congso.calendar.DurationUnit;
import vn.congso.calendar.WorkingCalendar;
import vn.congso.calendar.WorkingWindow;
import vn.congso.shared.ApiException;
import vn.congso.shared.Formats;

/** {@link WorkingCalendar} on the cached calendars: no query per call once a calendar's year is built. */
@Service
class WorkingCalendarService implements WorkingCalendar {

    private final CalendarCache cache;

    WorkingCalendarService(CalendarCache cache) {
        this.cache = cache;
    }

    /** Largest amount accepted per unit: about ten years, far beyond any procedure's time limit. */
    static int maxAmount(DurationUnit unit) {
        return switch (unit) {
            case WORKING_HOURS -> 20_000;
            case WORKING_DAYS -> 2_500;
            case DAYS -> 3_660;
            case MONTHS -> 120;
        };
    }

    @Override
    public DueDate due(Instant from, Duration duration, Long agencyId, LocalTime cutoff) {
        if (duration.amount() > maxAmount(duration.unit())) {
            throw ApiException.badRequest("calendar.amount.invalid", duration.amount(), maxAmount(duration.unit()));
        }
        return time(agencyId).due(from, duration, cutoff);
    }

    @Override
    public long workingMinutesBetween(Instant a, Instant b, Long agencyId) {
        long seconds = time(agencyId).secondsBetween(a, b);
        return seconds / 60;
    }

    @Override
    public Instant addWorkingMinutes(Instant from, long minutes, Long agencyId) {
        return time(agencyId).addSeconds(from, Math.multiplyExact(minutes, 60L));
    }

    @Override
    public Instant shiftForPause(Instant due, Instant pausedAt, Instant resumedAt, Long agencyId) {
        WorkingTime time = time(agencyId);
        long paused = time.secondsBetween(pausedAt, resumedAt);
        return paused <= 0 ? due : time.addSeconds(due, paused);
    }

    @Override
    public Instant nextWorkingMoment(Instant at, Long agencyId) {
        return time(agencyId).nextWorkingMoment(at);
    }

    @Override
    public boolean isWorkingDay(LocalDate day, Long agencyId) {
        return time(agencyId).isWorkingDay(day);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate day, Long agencyId) {
        return time(agencyId).nextWorkingDay(day);
    }

    @Override
    public boolean isDueWithinWorkingMinutes(Instant now, Instant due, long minutes, Long agencyId) {
        if (now.isAfter(due)) {
            return false;
        }
        return time(agencyId).secondsBetween(now, due) <= minutes * 60;
    }

    @Override
    public List<WorkingWindow> windows(LocalDate day, Long agencyId) {
        return time(agencyId).windows(day);
    }

    @Override
    public List<WorkingWindow> weeklyWindows(Long agencyId) {
        return cache.forAgency(agencyId).weekly().windows();
    }

    @Override
    public long dailyWorkingMinutes(Long agencyId) {
        return cache.forAgency(agencyId).weekly().standardDaySeconds() / 60;
    }

    @Override
    public List<DayOff> daysOff(int year, Long agencyId) {
        return cache.forAgency(agencyId).plan(year).daysOff();
    }

    private WorkingTime time(Long agencyId) {
        return new WorkingTime(cache.forAgency(agencyId), Formats.ZONE);
    }
}
