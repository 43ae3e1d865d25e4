package vn.congso.calendar;

import java.time.LocalDate;

/**
 * An administrator changed a working calendar: a day was added to or removed from a year's schedule
 * ({@code day} set), or the weekly working windows changed ({@code day} null: any day may be affected).
 * {@code agencyId} is null for the province calendar, which every agency without its own day inherits.
 * Published in the transaction of the change; due dates already computed are not recomputed by the calendar.
 */
public record CalendarChanged(long calendarId, Long agencyId, LocalDate day, Change change, String reason) {

    public enum Change {
        DAY_ADDED, DAY_REMOVED, WINDOWS_CHANGED
    }
}
