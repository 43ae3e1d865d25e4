/**
 * Working calendars and due dates (DOMAIN.md §5): weekly working windows, statutory holidays (solar and
 * Vietnamese lunar, computed at UTC+7), yearly official schedules, and due-date arithmetic in working hours,
 * working days, calendar days (Civil Code Art. 147–148) and months, with cut-offs and pauses.
 * <p>
 * Other modules ask {@link vn.congso.calendar.WorkingCalendar} (due dates, working time between two moments,
 * pauses, working days) and may listen to {@link vn.congso.calendar.CalendarChanged}. The province calendar
 * applies unless an agency (or one of its ancestors) has an override calendar; administrators edit schedules
 * through {@code /api/v1/admin/calendar}, every change audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.congso.calendar;
