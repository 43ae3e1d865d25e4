package vn.congso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.calendar.DurationUnit.DAYS;
import static vn.congso.calendar.DurationUnit.MONTHS;
import static vn.congso.calendar.DurationUnit.WORKING_DAYS;
import static vn.congso.calendar.DurationUnit.WORKING_HOURS;
import static vn.congso.calendar.internal.Calendars.at;
import static vn.congso.calendar.internal.Calendars.local;
import static vn.congso.calendar.internal.Calendars.official;
import static vn.congso.calendar.internal.Calendars.time;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.congso.calendar.DueDate;
import vn.congso.calendar.Duration;
import vn.congso.calendar.DurationUnit;

/** Due dates on the province calendar (DOMAIN.md §5), read as a person would: dd/MM/yyyy HH:mm in Vietnam. */
class DueDateTest {

    private static final LocalTime CUTOFF_15 = LocalTime.of(15, 0);

    private final WorkingTime time = time(official());

    @Test
    void threeWorkingDaysFromThursday12February2026SkipTetAndEndTuesday24At0900() {
        DueDate due = due("2026-02-12 09:00", 3, WORKING_DAYS);
        assertThat(local(due.due())).isEqualTo("24/02/2026 09:00");
        assertThat(local(due.start())).isEqualTo("12/02/2026 09:00");
        assertThat(due.dueDay()).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aDossierReceivedInTheEveningStartsAtTheNextMorningWindow() {
        DueDate due = due("2026-03-10 19:45", 4, WORKING_HOURS);
        assertThat(local(due.start())).isEqualTo("11/03/2026 07:30");
        assertThat(local(due.due())).isEqualTo("11/03/2026 11:30");
    }

    @Test
    void aDossierReceivedAtTheWeekendStartsOnMondayMorning() {
        DueDate due = due("2026-03-14 10:00", 1, WORKING_DAYS);
        assertThat(local(due.start())).isEqualTo("16/03/2026 07:30");
        assertThat(local(due.due())).isEqualTo("16/03/2026 17:30");
    }

    @Test
    void aDossierReceivedDuringTetStartsOnTheFirstWorkingDayAfterIt() {
        DueDate due = due("2026-02-18 10:00", 2, WORKING_HOURS);
        assertThat(local(due.start())).isEqualTo("23/02/2026 07:30");
        assertThat(local(due.due())).isEqualTo("23/02/2026 09:30");
    }

    @Test
    void aDossierReceivedAtLunchStartsWhenTheAfternoonWindowOpens() {
        DueDate due = due("2026-03-10 11:30", 2, WORKING_HOURS);
        assertThat(local(due.start())).isEqualTo("10/03/2026 13:30");
        assertThat(local(due.due())).isEqualTo("10/03/2026 15:30");
    }

    @Test
    void timeRunningOutExactlyAtTheEndOfTheAfternoonIsDueAt1730NotTheNextMorning() {
        assertThat(local(due("2026-03-10 13:30", 4, WORKING_HOURS).due())).isEqualTo("10/03/2026 17:30");
        assertThat(local(due("2026-03-10 07:30", 1, WORKING_DAYS).due())).isEqualTo("10/03/2026 17:30");
        assertThat(local(due("2026-03-09 18:00", 2, WORKING_DAYS).due())).isEqualTo("11/03/2026 17:30");
    }

    @Test
    void timeRunningOutExactlyAtTheEndOfTheMorningIsDueAt1130() {
        assertThat(local(due("2026-03-10 07:30", 4, WORKING_HOURS).due())).isEqualTo("10/03/2026 11:30");
        assertThat(local(due("2026-03-10 16:30", 5, WORKING_HOURS).due())).isEqualTo("11/03/2026 11:30");
    }

    @Test
    void aDossierReceivedAfterTheCutoffCountsFromTheNextWorkingDay() {
        DueDate late = time.due(at("2026-03-12 15:01"), Duration.of(1, WORKING_DAYS), CUTOFF_15);
        assertThat(local(late.start())).isEqualTo("13/03/2026 07:30");
        assertThat(local(late.due())).isEqualTo("13/03/2026 17:30");
        DueDate onTime = time.due(at("2026-03-12 14:59"), Duration.of(1, WORKING_DAYS), CUTOFF_15);
        assertThat(local(onTime.due())).isEqualTo("13/03/2026 14:59");
        DueDate friday = time.due(at("2026-02-13 16:00"), Duration.of(4, WORKING_HOURS), CUTOFF_15);
        assertThat(local(friday.due())).as("Friday before Tết").isEqualTo("23/02/2026 11:30");
    }

    @Test
    void theCutoffAlsoMovesTheFirstCalendarDay() {
        DueDate late = time.due(at("2026-03-12 16:00"), Duration.of(1, DAYS), CUTOFF_15);
        assertThat(late.dueDay()).as("received Thursday after 15:00: as if received Friday").isEqualTo(LocalDate.of(2026, 3, 16));
        DueDate early = time.due(at("2026-03-12 10:00"), Duration.of(1, DAYS), CUTOFF_15);
        assertThat(early.dueDay()).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void calendarDaysStartTheNextDayAndEndAtMidnightOfTheLastDay() {
        DueDate due = due("2026-03-10 16:00", 2, DAYS);
        assertThat(due.dueDay()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(local(due.due())).as("24:00 of 12/03").isEqualTo("13/03/2026 00:00");
        assertThat(local(due.start())).isEqualTo("10/03/2026 16:00");
    }

    @Test
    void calendarDaysEndingOnAHolidayEndAtTheEndOfTheNextWorkingDay() {
        DueDate due = due("2026-04-28 10:00", 2, DAYS);
        assertThat(due.dueDay()).as("30/04 and 01/05 holidays, then the weekend").isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(local(due.due())).isEqualTo("05/05/2026 00:00");
        assertThat(due("2026-04-24 10:00", 2, DAYS).dueDay()).as("Sunday 26/04, then Hùng Kings Monday").isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void monthsEndOnTheSameDayOfTheMonthOrTheLastDayOfAShorterMonth() {
        assertThat(due("2026-03-16 10:00", 1, MONTHS).dueDay()).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(due("2025-01-31 10:00", 1, MONTHS).dueDay()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(local(due("2025-01-31 10:00", 1, MONTHS).due())).isEqualTo("01/03/2025 00:00");
    }

    @Test
    void monthsHandleTheLeapDay() {
        assertThat(due("2024-01-31 10:00", 1, MONTHS).dueDay()).as("2024 is a leap year").isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(due("2024-02-29 10:00", 12, MONTHS).dueDay()).as("no 29/02/2025: 28/02, a Friday").isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void monthsEndingOnADayOffMoveToTheNextWorkingDay() {
        assertThat(due("2026-03-31 10:00", 1, MONTHS).dueDay()).as("30/04 holiday → 04/05").isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(due("2026-05-31 10:00", 3, MONTHS).dueDay()).as("31/08 swapped day off, 1–2/09 National Day")
                .isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    void aSwappedWorkingSaturdayCountsAsAWorkingDay() {
        assertThat(local(due("2026-01-09 16:30", 2, WORKING_HOURS).due())).isEqualTo("10/01/2026 08:30");
        assertThat(due("2026-01-08 10:00", 2, DAYS).dueDay()).as("Saturday 10/01/2026 is worked").isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void countingCrossesTheYearAndTheNewYearBreak() {
        assertThat(local(due("2025-12-31 16:30", 2, WORKING_HOURS).due())).isEqualTo("05/01/2026 08:30");
    }

    @Test
    void zeroWorkingTimeIsDueWhenCountingStarts() {
        assertThat(local(due("2026-03-14 10:00", 0, WORKING_HOURS).due())).isEqualTo("16/03/2026 07:30");
        assertThat(due("2026-03-10 10:00", 0, DAYS).dueDay()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aPauseSpanningTetDoesNotCountTet() {
        var pausedAt = at("2026-02-13 15:30");
        var resumedAt = at("2026-02-23 09:30");
        assertThat(time.secondsBetween(pausedAt, resumedAt)).as("2 h on Friday 13/02 + 2 h on Monday 23/02").isEqualTo(4 * 3600);
        var originalDue = at("2026-02-25 10:00");
        var effectiveDue = time.addSeconds(originalDue, time.secondsBetween(pausedAt, resumedAt));
        assertThat(local(effectiveDue)).isEqualTo("25/02/2026 16:00");
    }

    @Test
    void shiftingADueDateAt1730MovesIntoTheNextWorkingDay() {
        assertThat(local(time.addSeconds(at("2026-03-13 17:30"), 3600))).isEqualTo("16/03/2026 08:30");
    }

    @Test
    void workingTimeBetweenTwoMomentsSkipsNightsWeekendsAndIsNegativeBackwards() {
        assertThat(time.secondsBetween(at("2026-03-13 16:30"), at("2026-03-16 08:30"))).isEqualTo(2 * 3600);
        assertThat(time.secondsBetween(at("2026-03-16 08:30"), at("2026-03-13 16:30"))).isEqualTo(-2 * 3600);
        assertThat(time.secondsBetween(at("2025-12-31 07:30"), at("2026-01-05 17:30"))).isEqualTo(16 * 3600);
    }

    @Test
    void countingBackwardsSkipsTetToo() {
        assertThat(local(time.addSeconds(at("2026-02-24 09:00"), -8 * 3600))).isEqualTo("23/02/2026 09:00");
        assertThat(local(time.addSeconds(at("2026-02-23 09:00"), -8 * 3600))).isEqualTo("13/02/2026 09:00");
    }

    @Test
    void theNextWorkingMomentIsTheMomentItselfInsideAWindow() {
        assertThat(local(time.nextWorkingMoment(at("2026-03-10 09:15")))).isEqualTo("10/03/2026 09:15");
        assertThat(local(time.nextWorkingMoment(at("2026-03-10 17:30")))).isEqualTo("11/03/2026 07:30");
        assertThat(local(time.nextWorkingMoment(at("2026-12-31 17:45")))).isEqualTo("04/01/2027 07:30");
    }

    private DueDate due(String from, int amount, DurationUnit unit) {
        return time.due(at(from), Duration.of(amount, unit), null);
    }
}
