/**
 * Working calendars and due dates (DOMAIN.md §5): weekly working windows, statutory holidays (solar and
 * Vietnamese lunar, computed at UTC+7), yearly official schedules, and due-date arithmetic in working hours,
 * working days, calendar days (Civil Code Art. 147–148) and months, with cut-offs and pauses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.congso.calendar;
