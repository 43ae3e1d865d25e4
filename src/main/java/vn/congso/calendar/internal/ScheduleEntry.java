package vn.congso.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;

import vn.congso.calendar.DayOff;
import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;

/** One day of a calendar's yearly schedule as an administrator (or the initial load) entered it. */
record ScheduleEntry(long id, long calendarId, LocalDate date, Kind kind, Holiday holiday, String reasonVi, String reasonEn,
                     String source, Instant createdAt, String createdBy) {

    DayOff toDayOff(DayOff.Source origin) {
        return new DayOff(date, kind, holiday, reasonVi, reasonEn, origin);
    }

    /**
     * The year whose holiday this day belongs to: a New Year day entered in December (a bridge before 1 January)
     * belongs to the next year.
     */
    int holidayYear() {
        return holiday == Holiday.NEW_YEAR && date.getMonth() == Month.DECEMBER ? date.getYear() + 1 : date.getYear();
    }
}
