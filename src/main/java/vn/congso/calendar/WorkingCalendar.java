package vn.congso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The question other modules ask the calendar: when is something due, and how much working time lies between
 * two moments (DOMAIN.md §5). Every method takes the agency whose calendar applies; {@code null} means the
 * province calendar, and an agency without its own calendar inherits the province's (or its parent agency's).
 * Times are instants; the calendar works in Asia/Ho_Chi_Minh, to the second. An unknown agency or a moment
 * outside 1900–2200 is refused with a 400 {@link vn.congso.shared.ApiException}.
 */
public interface WorkingCalendar {

    /**
     * The due date of a time limit counted from the moment of valid reception.
     * Working hours and working days (1 day = the calendar's daily working hours) count through working
     * windows, starting at the next window when received outside one, and end at a window's end when the time
     * runs out exactly there. Calendar days and months follow Civil Code Art. 147–148. With a cut-off
     * (e.g. 15:00), a dossier received after it on a working day counts from the start of the next working day.
     *
     * @param cutoff may be null (no cut-off)
     */
    DueDate due(Instant from, Duration duration, Long agencyId, LocalTime cutoff);

    default DueDate due(Instant from, Duration duration, Long agencyId) {
        return due(from, duration, agencyId, null);
    }

    /** Whole working minutes (truncated) from a to b; negative when b is before a (e.g. time left after the due date). */
    long workingMinutesBetween(Instant a, Instant b, Long agencyId);

    /**
     * The instant reached after counting the given working minutes forward from {@code from} (backward when
     * negative); a count that runs out at a window's end ends there.
     */
    Instant addWorkingMinutes(Instant from, long minutes, Long agencyId);

    /**
     * The effective due date after a pause (supplement request): the due instant shifted forward by the working
     * time between {@code pausedAt} and {@code resumedAt}, to the second. Days off inside the pause (Tết) do not
     * count. Call once per pause, feeding the result of the previous call.
     */
    Instant shiftForPause(Instant due, Instant pausedAt, Instant resumedAt, Long agencyId);

    /** The first working moment at or after the instant (the instant itself when inside a window). */
    Instant nextWorkingMoment(Instant at, Long agencyId);

    boolean isWorkingDay(LocalDate day, Long agencyId);

    /** The first working day strictly after the given day. */
    LocalDate nextWorkingDay(LocalDate day, Long agencyId);

    /** For alerts: the due instant is not yet passed and at most the given working minutes remain before it. */
    boolean isDueWithinWorkingMinutes(Instant now, Instant due, long minutes, Long agencyId);

    /** The working windows of a day (empty on a day off; a swapped working day has the standard windows). */
    List<WorkingWindow> windows(LocalDate day, Long agencyId);

    /** The weekly working windows of the calendar. */
    List<WorkingWindow> weeklyWindows(Long agencyId);

    /** Working minutes of a standard working day (480 by default): the length of one working day. */
    long dailyWorkingMinutes(Long agencyId);

    /**
     * The year's departures from the weekly pattern, in date order: each weekday without work and each rest day
     * worked, with its reason.
     */
    List<DayOff> daysOff(int year, Long agencyId);
}
