package vn.congso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.calendar.internal.Calendars.agency;
import static vn.congso.calendar.internal.Calendars.at;
import static vn.congso.calendar.internal.Calendars.day;
import static vn.congso.calendar.internal.Calendars.local;
import static vn.congso.calendar.internal.Calendars.official;
import static vn.congso.calendar.internal.Calendars.time;
import static vn.congso.calendar.internal.Calendars.withSaturdayMorning;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congso.calendar.DayOff;
import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;
import vn.congso.calendar.Duration;
import vn.congso.calendar.DurationUnit;

/** An agency's override calendar adds its own days and windows and inherits the rest from the province. */
class AgencyCalendarTest {

    @Test
    void aCommuneLocalHolidayIsOffForTheCommuneButNotForTheProvince() {
        ResolvedCalendar commune = agency(List.of(), day("2026-03-10", Kind.EXTRA_DAY_OFF, Holiday.OTHER, "Lễ hội truyền thống của xã"));
        assertThat(time(commune).isWorkingDay(LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(time(official()).isWorkingDay(LocalDate.of(2026, 3, 10))).isTrue();
        DayOff local = commune.plan(2026).daysOff().stream().filter(d -> d.date().equals(LocalDate.of(2026, 3, 10))).findFirst().orElseThrow();
        assertThat(local.source()).isEqualTo(DayOff.Source.AGENCY);
        assertThat(local.reasonVi()).isEqualTo("Lễ hội truyền thống của xã");
    }

    @Test
    void anAgencyInheritsTheOfficialScheduleOfTheProvince() {
        WorkingTime commune = time(agency(List.of(), day("2026-03-10", Kind.EXTRA_DAY_OFF, Holiday.OTHER, "Lễ hội")));
        assertThat(local(commune.due(at("2026-02-12 09:00"), Duration.of(3, DurationUnit.WORKING_DAYS), null).due()))
                .isEqualTo("24/02/2026 09:00");
        assertThat(commune.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
    }

    @Test
    void anAgencyCanWorkADayTheProvinceHasOff() {
        WorkingTime desk = time(agency(List.of(), day("2026-01-02", Kind.WORKING_DAY, Holiday.OTHER, "Bộ phận Một cửa trực")));
        assertThat(desk.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(time(official()).isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
    }

    @Test
    void anAgencyReceivingOnSaturdayMorningsCountsThatWindow() {
        ResolvedCalendar desk = agency(withSaturdayMorning());
        WorkingTime time = time(desk);
        assertThat(local(time.due(at("2026-03-13 16:30"), Duration.of(2, DurationUnit.WORKING_HOURS), null).due()))
                .isEqualTo("14/03/2026 08:30");
        assertThat(desk.weekly().standardDaySeconds()).as("a working day is still 8 hours").isEqualTo(8 * 3600);
        assertThat(time.isWorkingDay(LocalDate.of(2024, 2, 10))).as("Tết (mùng 1) on Saturday 10/02/2024 is a holiday").isFalse();
        assertThat(time.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday 14/02/2026 (27 tháng Chạp) is a rest day, not a holiday")
                .isTrue();
    }

    @Test
    void aHolidayOnADayTheAgencyWorksIsNotCompensated() {
        // 01/05/2027 is a Saturday: the province (Mon–Fri) takes Monday 03/05 off; a desk open on Saturdays does not.
        assertThat(time(official()).isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
        WorkingTime desk = time(agency(withSaturdayMorning()));
        assertThat(desk.isWorkingDay(LocalDate.of(2027, 5, 1))).isFalse();
        assertThat(desk.isWorkingDay(LocalDate.of(2027, 5, 3))).isTrue();
    }
}
