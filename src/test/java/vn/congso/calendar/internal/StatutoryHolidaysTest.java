package vn.congso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.calendar.internal.Calendars.statutoryOnly;
import static vn.congso.calendar.internal.Calendars.time;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congso.calendar.DayOff;
import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;

/** Years without an official schedule follow the Labour Code with the documented defaults. */
class StatutoryHolidaysTest {

    private final ResolvedCalendar calendar = statutoryOnly();
    private final WorkingTime time = time(calendar);

    @Test
    void tetWithoutADecisionIsTheLastDayOfTheLunarYearAndFourDaysAfterWithWeekendDaysCompensated() {
        // Tết 2027 (Đinh Mùi) is Saturday 06/02/2027: Fri 05 (last day), Sat 06, Sun 07, Mon 08, Tue 09; Sat and Sun → Wed 10, Thu 11.
        assertThat(offDays("2027-02-01", "2027-02-14")).containsExactly("2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11");
        assertThat(day("2027-02-10").kind()).isEqualTo(Kind.COMPENSATORY);
        assertThat(day("2027-02-10").reasonVi()).contains("Nghỉ bù").contains("06/02/2027");
    }

    @Test
    void hungKingsDayAnd30AprilOnAWeekendAreCompensatedOnTheNextFreeWorkingDays() {
        // 2023: Hùng Kings Sat 29/04, 30/04 Sun, 01/05 Mon → off Mon 01, Tue 02 (Hùng), Wed 03 (30/4), as the 2023 schedule did.
        assertThat(offDays("2023-04-24", "2023-05-07")).containsExactly("2023-05-01", "2023-05-02", "2023-05-03");
        assertThat(day("2023-05-02").holiday()).isEqualTo(Holiday.HUNG_KINGS);
        assertThat(day("2023-05-03").holiday()).isEqualTo(Holiday.REUNIFICATION_DAY);
    }

    @Test
    void nationalDayTakesTheAdjacentDayThatJoinsAWeekend() {
        assertThat(offDays("2027-08-30", "2027-09-06")).as("2/9/2027 is a Thursday").containsExactly("2027-09-02", "2027-09-03");
        assertThat(offDays("2028-08-28", "2028-09-04")).as("2/9/2028 is a Saturday").containsExactly("2028-09-01", "2028-09-04");
        assertThat(offDays("2029-08-27", "2029-09-07")).as("2/9/2029 is a Sunday").containsExactly("2029-09-03", "2029-09-04");
    }

    @Test
    void newYearOnASaturdayIsCompensatedOnMonday() {
        assertThat(offDays("2028-01-01", "2028-01-07")).containsExactly("2028-01-03");
    }

    @Test
    void vietnamCultureDayIsAHolidayFrom2026Only() {
        assertThat(time.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
        assertThat(day("2027-11-24").holiday()).isEqualTo(Holiday.CULTURE_DAY);
        assertThat(time.isWorkingDay(LocalDate.of(2023, 11, 24))).as("a Friday in 2023").isTrue();
    }

    @Test
    void twoHolidaysOnTheSameDayGiveACompensatoryDay() {
        // The rule applied to 1947, the one year of 1900–2200 in which 10/3 lunar falls on 30/4 (a Wednesday).
        assertThat(offDays("1947-04-28", "1947-05-04")).containsExactly("1947-04-30", "1947-05-01", "1947-05-02");
        assertThat(day("1947-05-02").reasonEn()).contains("another holiday");
    }

    @Test
    void aYearGivesElevenWeekdaysOffBefore2026AndTwelveFrom2026() {
        assertThat(calendar.plan(2022).daysOff()).filteredOn(DayOff::isDayOff).hasSize(11);
        assertThat(calendar.plan(2027).daysOff()).filteredOn(DayOff::isDayOff).hasSize(12);
    }

    private List<String> offDays(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5 && !time.isWorkingDay(d)).map(LocalDate::toString).toList();
    }

    private DayOff day(String date) {
        LocalDate d = LocalDate.parse(date);
        return calendar.plan(d.getYear()).daysOff().stream().filter(x -> x.date().equals(d)).findFirst().orElseThrow();
    }
}
