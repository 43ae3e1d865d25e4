package vn.congso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.calendar.internal.Calendars.official;
import static vn.congso.calendar.internal.Calendars.time;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congso.calendar.DayOff;
import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;

/** The province calendar as the migrations load it: the official civil-service schedules of 2024–2026. */
class OfficialSchedulesTest {

    private final WorkingTime time = time(official());

    @Test
    void tet2024IsOffFromThursday8ToWednesday14February() {
        assertOffFromTo("2024-02-08", "2024-02-14");
    }

    @Test
    void tet2025IsOffFromSaturday25JanuaryToSunday2February() {
        assertOffFromTo("2025-01-25", "2025-02-02");
    }

    @Test
    void tet2026IsOffFromSaturday14ToSunday22February() {
        assertOffFromTo("2026-02-14", "2026-02-22");
    }

    @Test
    void hungKingsDayIsOff18April2024And7April2025() {
        assertOffFromTo("2024-04-18", "2024-04-18");
        assertOffFromTo("2025-04-07", "2025-04-07");
    }

    @Test
    void hungKingsDay2026OnSundayIsCompensatedOnMonday27April() {
        assertThat(time.isWorkingDay(date("2026-04-24"))).isTrue();
        assertOffFromTo("2026-04-25", "2026-04-27");
        DayOff monday = departure("2026-04-27");
        assertThat(monday.kind()).isEqualTo(Kind.COMPENSATORY);
        assertThat(monday.holiday()).isEqualTo(Holiday.HUNG_KINGS);
        assertThat(monday.reasonVi()).contains("26/04/2026");
    }

    @Test
    void reunificationAndLabourDay2024AreFiveDaysWithMonday29AprilSwappedForSaturday4May() {
        assertOffFromTo("2024-04-27", "2024-05-01");
        assertThat(time.isWorkingDay(date("2024-05-04"))).isTrue();
        assertThat(departure("2024-05-04").kind()).isEqualTo(Kind.WORKING_DAY);
    }

    @Test
    void reunificationAndLabourDay2025AreFiveDaysWithFriday2MaySwappedForSaturday26April() {
        assertThat(time.isWorkingDay(date("2025-04-26"))).as("swapped working Saturday").isTrue();
        assertOffFromTo("2025-04-30", "2025-05-04");
    }

    @Test
    void reunificationAndLabourDay2026AreThursdayAndFriday() {
        assertOffFromTo("2026-04-30", "2026-05-03");
    }

    @Test
    void nationalDayIsOffWithItsAdjacentDayEachYear() {
        assertOffFromTo("2024-08-31", "2024-09-03");
        assertOffFromTo("2025-08-30", "2025-09-02");
        assertOffFromTo("2026-08-29", "2026-09-02");
        assertThat(time.isWorkingDay(date("2026-08-22"))).as("Saturday worked in exchange for Monday 31/08/2026").isTrue();
    }

    @Test
    void vietnamCultureDay2026IsOff() {
        assertOffFromTo("2026-11-24", "2026-11-24");
        assertThat(departure("2026-11-24").holiday()).isEqualTo(Holiday.CULTURE_DAY);
    }

    @Test
    void newYear2026IsFourDaysWithFriday2JanuarySwappedForSaturday10January() {
        assertOffFromTo("2026-01-01", "2026-01-04");
        assertThat(time.isWorkingDay(date("2026-01-10"))).isTrue();
        assertThat(time.windows(date("2026-01-10"))).as("a swapped Saturday is worked with the standard windows").hasSize(2);
    }

    @Test
    void the2026DaysOffListEveryWeekdayOffAndEveryWorkedSaturdayInDateOrder() {
        List<String> days = official().plan(2026).daysOff().stream().map(d -> d.date() + " " + d.kind()).toList();
        assertThat(days).containsExactly(
                "2026-01-01 HOLIDAY", "2026-01-02 EXTRA_DAY_OFF", "2026-01-10 WORKING_DAY",
                "2026-02-16 HOLIDAY", "2026-02-17 HOLIDAY", "2026-02-18 HOLIDAY", "2026-02-19 HOLIDAY", "2026-02-20 HOLIDAY",
                "2026-04-27 COMPENSATORY", "2026-04-30 HOLIDAY", "2026-05-01 HOLIDAY",
                "2026-08-22 WORKING_DAY", "2026-08-31 EXTRA_DAY_OFF", "2026-09-01 HOLIDAY", "2026-09-02 HOLIDAY",
                "2026-11-24 HOLIDAY");
        assertThat(official().plan(2026).daysOff()).allSatisfy(d -> {
            assertThat(d.source()).isEqualTo(DayOff.Source.OFFICIAL);
            assertThat(d.reasonVi()).isNotBlank();
            assertThat(d.reasonEn()).isNotBlank();
        });
    }

    @Test
    void everyLoadedYearFixesEveryHolidaySoNoStatutoryDayLeaksIn() {
        for (int year = 2024; year <= 2026; year++) {
            assertThat(official().plan(year).daysOff()).as("year %s", year)
                    .allSatisfy(d -> assertThat(d.source()).isEqualTo(DayOff.Source.OFFICIAL));
        }
    }

    @Test
    void theInitialLoadIsRecordedWithTheSameDaysAsTheSchedule() {
        assertThat(Calendars.officialDays()).hasSize(45).allSatisfy(d -> assertThat(d.createdBy()).isEqualTo("system"));
    }

    private void assertOffFromTo(String first, String last) {
        LocalDate from = date(first);
        LocalDate to = date(last);
        assertThat(time.isWorkingDay(from.minusDays(1)) || from.minusDays(1).getDayOfWeek().getValue() > 5)
                .as("the day before %s", from).isTrue();
        assertThat(from.datesUntil(to.plusDays(1)).filter(time::isWorkingDay).toList()).as("working days in %s–%s", from, to).isEmpty();
        assertThat(time.isWorkingDay(to.plusDays(1)) || to.plusDays(1).getDayOfWeek().getValue() > 5)
                .as("the day after %s", to).isTrue();
        assertThat(time.nextWorkingDay(from.minusDays(1))).as("first working day after the break").isAfter(to);
    }

    private DayOff departure(String day) {
        LocalDate d = date(day);
        return official().plan(d.getYear()).daysOff().stream().filter(x -> x.date().equals(d)).findFirst().orElseThrow();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
