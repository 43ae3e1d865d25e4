package vn.congso.calendar.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.calendar.DayOff;
import vn.congso.calendar.DueDate;
import vn.congso.calendar.Duration;
import vn.congso.calendar.DurationUnit;
import vn.congso.calendar.WorkingCalendar;
import vn.congso.calendar.WorkingWindow;
import vn.congso.organization.Organization;
import vn.congso.shared.Formats;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working calendar of the province: due dates and days off (DOMAIN.md §5)")
class CalendarApi {

    /** Times in answers: ISO-8601 with the Vietnam offset, e.g. 2026-02-24T09:00:00+07:00. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final WorkingCalendar calendar;
    private final Organization organization;
    private final Clock clock;

    CalendarApi(WorkingCalendar calendar, Organization organization, Clock clock) {
        this.calendar = calendar;
        this.organization = organization;
        this.clock = clock;
    }

    record DueDateView(
            @Schema(example = "2026-02-12T09:00:00+07:00") String from,
            @Schema(description = "When counting started: the next working moment for working units; after the cut-off, the next working day",
                    example = "2026-02-12T09:00:00+07:00") String start,
            @Schema(description = "The moment the time limit runs out; for DAYS and MONTHS 00:00 of the day after dueDay (24:00 of dueDay)",
                    example = "2026-02-24T09:00:00+07:00") String due,
            @Schema(description = "The day the period ends", example = "2026-02-24") LocalDate dueDay,
            int amount, DurationUnit unit, @Schema(example = "15:00") String cutoff, Long agency,
            @Schema(description = "Length of one working day in minutes for this calendar", example = "480") long workingDayMinutes) {
    }

    @GetMapping("/due-date")
    @Operation(summary = "Due date of a time limit counted from valid reception",
            description = "Working hours and working days count through working windows (1 day = 8 working hours by default); "
                    + "DAYS and MONTHS follow Civil Code Art. 147–148 (from the next day, until 24:00 of the last day, moved to the next "
                    + "working day when it is a rest day or holiday).")
    @ApiResponse(responseCode = "200", description = "The due date")
    @ApiResponse(responseCode = "400", description = "Bad parameter (codes calendar.time.invalid, calendar.amount.invalid, calendar.unit.invalid, "
            + "calendar.cutoff.invalid, calendar.agency.unknown, calendar.out-of-range)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DueDateView dueDate(
            @Parameter(description = "Moment of valid reception, ISO-8601 (offset optional, default Vietnam time; default now)",
                    example = "2026-02-12T09:00:00+07:00") @RequestParam(required = false) String from,
            @Parameter(description = "Amount of the time limit, 0 or more", example = "3") @RequestParam(required = false) String amount,
            @Parameter(description = "WORKING_HOURS, WORKING_DAYS, DAYS or MONTHS", example = "WORKING_DAYS")
            @RequestParam(required = false) String unit,
            @Parameter(description = "Same-day cut-off: received after it on a working day counts from the next working day", example = "15:00")
            @RequestParam(required = false) String cutoff,
            @Parameter(description = "Agency id or electronic code whose calendar applies (default: the province calendar)")
            @RequestParam(required = false) String agency) {
        DurationUnit u = RequestValues.unit(unit);
        int a = RequestValues.amount(amount, u);
        Instant f = from == null || from.isBlank() ? clock.instant() : RequestValues.instant("from", from);
        LocalTime c = RequestValues.cutoff(cutoff);
        Long agencyId = RequestValues.agency(agency, organization);
        DueDate due = calendar.due(f, Duration.of(a, u), agencyId, c);
        return new DueDateView(format(due.from()), format(due.start()), format(due.due()), due.dueDay(), due.amount(), due.unit(),
                c == null ? null : c.toString(), agencyId, calendar.dailyWorkingMinutes(agencyId));
    }

    record DayView(LocalDate date, DayOfWeek weekday, DayOff.Kind kind, boolean dayOff, DayOff.Holiday holiday,
                   String reasonVi, String reasonEn, DayOff.Source source) {
    }

    record DaysOffView(int year, Long agency, List<WorkingWindow> weeklyWindows, long workingDayMinutes, List<DayView> days) {
    }

    @GetMapping("/days-off")
    @Operation(summary = "Departures from the weekly pattern in a year",
            description = "Every weekday without work (holiday, compensatory day, extra day off) and every rest day that is worked "
                    + "(swapped working Saturday), with its reason in Vietnamese and English and its source (STATUTORY, OFFICIAL, AGENCY).")
    @ApiResponse(responseCode = "200", description = "The days, in date order")
    @ApiResponse(responseCode = "400", description = "Bad parameter (codes calendar.year.invalid, calendar.agency.unknown)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DaysOffView daysOff(
            @Parameter(description = "Year, 1900–2200 (default: this year)", example = "2026") @RequestParam(required = false) String year,
            @Parameter(description = "Agency id or electronic code (default: the province calendar)") @RequestParam(required = false) String agency) {
        int y = year == null || year.isBlank() ? LocalDate.now(clock.withZone(Formats.ZONE)).getYear() : RequestValues.year(year);
        Long agencyId = RequestValues.agency(agency, organization);
        List<DayView> days = calendar.daysOff(y, agencyId).stream()
                .map(d -> new DayView(d.date(), d.date().getDayOfWeek(), d.kind(), d.isDayOff(), d.holiday(), d.reasonVi(), d.reasonEn(),
                        d.source()))
                .toList();
        return new DaysOffView(y, agencyId, calendar.weeklyWindows(agencyId), calendar.dailyWorkingMinutes(agencyId), days);
    }

    static String format(Instant instant) {
        return TIME.format(instant.atZone(Formats.ZONE));
    }
}
