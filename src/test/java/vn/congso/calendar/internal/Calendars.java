package vn.congso.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;
import vn.congso.calendar.WorkingWindow;
import vn.congso.shared.Formats;

/**
 * Calendars for unit tests, without Spring: the province calendar exactly as the migrations load it (official
 * schedules 2024–2026, run on an in-memory H2 once per JVM), a calendar with statutory rules only, and
 * agency overrides built with {@link #day}.
 */
final class Calendars {

    private static ResolvedCalendar official;
    private static List<ScheduleEntry> officialDays;

    private Calendars() {
    }

    /** The province calendar of the migrations (V40_0, V40_1). */
    static synchronized ResolvedCalendar official() {
        if (official == null) {
            DriverManagerDataSource db = new DriverManagerDataSource(
                    "jdbc:h2:mem:calendar-unit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
            Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
            CalendarRepository repository = new CalendarRepository(JdbcClient.create(db));
            officialDays = repository.entries();
            official = new CalendarCache(repository, null, 3600).forAgency(null);
        }
        return official;
    }

    static synchronized List<ScheduleEntry> officialDays() {
        official();
        return officialDays;
    }

    /** Default windows, no schedule: every holiday computed from the Labour Code. */
    static ResolvedCalendar statutoryOnly() {
        return new ResolvedCalendar(1, null, WeeklyWindows.DEFAULT, List.of(), List.of(), LunarCalendar.VIETNAM);
    }

    /** An agency calendar inheriting the official days, with its own days and (when given) its own windows. */
    static ResolvedCalendar agency(List<WorkingWindow> windows, ScheduleEntry... own) {
        return new ResolvedCalendar(2, 99L, windows.isEmpty() ? WeeklyWindows.DEFAULT : WeeklyWindows.of(windows), officialDays(),
                List.of(own), LunarCalendar.VIETNAM);
    }

    static ScheduleEntry day(String date, Kind kind, Holiday holiday, String reason) {
        return new ScheduleEntry(0, 2, LocalDate.parse(date), kind, holiday, reason, reason, null, Instant.EPOCH, "test");
    }

    static List<WorkingWindow> withSaturdayMorning() {
        List<WorkingWindow> windows = new ArrayList<>(WeeklyWindows.defaultWindows());
        windows.add(WorkingWindow.of(java.time.DayOfWeek.SATURDAY, "07:30", "11:30"));
        return windows;
    }

    static WorkingTime time(ResolvedCalendar calendar) {
        return new WorkingTime(calendar, Formats.ZONE);
    }

    /** A moment in Vietnam time, written "2026-02-12 09:00". */
    static Instant at(String local) {
        return LocalDateTime.parse(local.replace(' ', 'T')).atZone(Formats.ZONE).toInstant();
    }

    static String local(Instant instant) {
        return Formats.DATE_TIME.format(instant.atZone(Formats.ZONE));
    }
}
