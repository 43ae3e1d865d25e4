package vn.congso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congso.shared.ApiException;
import vn.congso.shared.Formats;
import vn.congso.support.CongsoTest;

/** The calendar as other modules use it: the {@link WorkingCalendar} bean on the province calendar. */
@CongsoTest
class WorkingCalendarTest {

    @Autowired
    WorkingCalendar calendar;

    @Test
    void aDossierDueDateIsComputedFromItsReception() {
        DueDate due = calendar.due(at("2026-02-12 09:00"), Duration.of(3, DurationUnit.WORKING_DAYS), null);
        assertThat(due.due()).isEqualTo(at("2026-02-24 09:00"));
        assertThat(due.isOnTime(at("2026-02-24 09:00"))).isTrue();
        assertThat(due.isOnTime(at("2026-02-24 09:01"))).isFalse();
        DueDate certifiedCopy = calendar.due(at("2026-03-12 15:20"), Duration.of(4, DurationUnit.WORKING_HOURS), null, LocalTime.of(15, 0));
        assertThat(certifiedCopy.due()).isEqualTo(at("2026-03-13 11:30"));
    }

    @Test
    void aSupplementRequestSpanningTetShiftsTheDueDateByTheWorkingTimePausedOnly() {
        Instant due = at("2026-02-25 10:00");
        Instant effective = calendar.shiftForPause(due, at("2026-02-13 15:30"), at("2026-02-23 09:30"), null);
        assertThat(effective).isEqualTo(at("2026-02-25 16:00"));
        assertThat(calendar.workingMinutesBetween(at("2026-02-13 15:30"), at("2026-02-23 09:30"), null)).isEqualTo(240);
        assertThat(calendar.addWorkingMinutes(due, 240, null)).isEqualTo(effective);
        assertThat(calendar.shiftForPause(due, at("2026-02-14 09:00"), at("2026-02-22 18:00"), null)).as("paused only during Tết")
                .isEqualTo(due);
    }

    @Test
    void alertsAskWhetherADueDateIsWithinSomeWorkingTime() {
        Instant due = at("2026-02-23 08:30");
        assertThat(calendar.isDueWithinWorkingMinutes(at("2026-02-13 16:30"), due, 120, null)).as("1 h Friday + 1 h Monday").isTrue();
        assertThat(calendar.isDueWithinWorkingMinutes(at("2026-02-13 16:30"), due, 119, null)).isFalse();
        assertThat(calendar.isDueWithinWorkingMinutes(at("2026-02-23 09:00"), due, 480, null)).as("already overdue").isFalse();
        assertThat(calendar.workingMinutesBetween(at("2026-02-23 09:00"), due, null)).as("time left, negative when overdue").isEqualTo(-30);
    }

    @Test
    void workingDaysAndWindowsAreAnsweredForADate() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 20), null)).isFalse();
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13), null)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.windows(LocalDate.of(2026, 1, 10), null)).extracting(WorkingWindow::start)
                .containsExactly(LocalTime.of(7, 30), LocalTime.of(13, 30));
        assertThat(calendar.dailyWorkingMinutes(null)).isEqualTo(480);
        assertThat(calendar.nextWorkingMoment(at("2026-02-13 17:30"), null)).isEqualTo(at("2026-02-23 07:30"));
        assertThat(calendar.daysOff(2025, null)).extracting(DayOff::date).contains(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 4, 26));
    }

    @Test
    void anUnknownAgencyOrAnAbsurdAmountIsRefusedAsBadInput() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2026, 1, 5), 987_654_321L))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("calendar.agency.unknown"));
        assertThatThrownBy(() -> calendar.due(at("2026-01-05 09:00"), Duration.of(1_000_000, DurationUnit.DAYS), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("calendar.amount.invalid"));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local.replace(' ', 'T')).atZone(Formats.ZONE).toInstant();
    }
}
