package vn.congso.calendar.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.congso.organization.Organization;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

@RestController
@RequestMapping("/api/v1/admin/calendar")
@Tag(name = "Calendar administration", description = "Yearly schedules (days off, swapped working days) and weekly windows, with audit")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
@ApiResponse(responseCode = "400", description = "Bad input (problem+json with a stable code)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "403", description = "Not a province administrator", content = @Content(mediaType = "application/problem+json"))
class CalendarAdminApi {

    private final CalendarAdministration administration;
    private final Organization organization;

    CalendarAdminApi(CalendarAdministration administration, Organization organization) {
        this.administration = administration;
        this.organization = organization;
    }

    @GetMapping("/calendars")
    @Operation(summary = "The province calendar and the agencies' override calendars")
    List<CalendarAdministration.Calendar> calendars() {
        return administration.calendars();
    }

    @GetMapping("/days")
    @Operation(summary = "A year's schedule of the province calendar, or of an agency (its own days and those it inherits)")
    CalendarAdministration.Schedule days(
            @Parameter(description = "Year, 1900–2200", example = "2026") @RequestParam(required = false) String year,
            @Parameter(description = "Agency id or code; absent: the province calendar") @RequestParam(required = false) String agency) {
        return administration.schedule(RequestValues.year(year), RequestValues.agency(agency, organization));
    }

    @PostMapping("/days")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a day to a schedule (day off or worked rest day), with the reason of the change",
            description = "kind: HOLIDAY, COMPENSATORY, EXTRA_DAY_OFF or WORKING_DAY; holiday: NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION_DAY, "
                    + "LABOUR_DAY, NATIONAL_DAY, CULTURE_DAY or OTHER (default). A day of a named holiday replaces the statutory "
                    + "computation of that holiday for that year. version: the calendar version last read (optional; 409 if stale).")
    @ApiResponse(responseCode = "201", description = "Added; the answer carries the calendar's new version")
    @ApiResponse(responseCode = "409", description = "The date already has a day in this calendar, or the calendar changed meanwhile",
            content = @Content(mediaType = "application/problem+json"))
    CalendarAdministration.Changed addDay(
            @Parameter(description = "Agency id or code; absent: the province calendar") @RequestParam(required = false) String agency,
            @RequestBody CalendarAdministration.NewDay day) {
        return administration.addDay(RequestValues.agency(agency, organization), day);
    }

    @DeleteMapping("/days/{id}")
    @Operation(summary = "Remove a day from a schedule, with the reason of the change")
    @ApiResponse(responseCode = "200", description = "Removed; the answer carries the removed day and the calendar's new version")
    @ApiResponse(responseCode = "404", description = "No such day", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "The calendar changed meanwhile", content = @Content(mediaType = "application/problem+json"))
    CalendarAdministration.Changed removeDay(@PathVariable long id,
                                             @Parameter(description = "Why the day is removed (required)") @RequestParam(required = false) String reason,
                                             @Parameter(description = "The calendar version last read (optional)") @RequestParam(required = false) String version) {
        return administration.removeDay(id, reason, RequestValues.version(version));
    }

    @GetMapping("/windows")
    @Operation(summary = "Weekly working windows of the province calendar or of an agency")
    CalendarAdministration.Windows windows(@RequestParam(required = false) String agency) {
        return administration.windows(RequestValues.agency(agency, organization));
    }

    @PutMapping("/windows")
    @Operation(summary = "Replace the weekly working windows (an empty list on an agency returns it to the province's windows)")
    @ApiResponse(responseCode = "409", description = "The calendar changed meanwhile", content = @Content(mediaType = "application/problem+json"))
    CalendarAdministration.Windows setWindows(@RequestParam(required = false) String agency,
                                              @RequestBody CalendarAdministration.NewWindows windows) {
        return administration.setWindows(RequestValues.agency(agency, organization), windows);
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit trail of calendar changes, newest first")
    PageResult<CalendarAdministration.AuditView> audit(
            @Parameter(description = "Agency id or code; absent: all calendars") @RequestParam(required = false) String agency,
            @Parameter(description = "Only changes of days in this year") @RequestParam(required = false) String year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return administration.audit(RequestValues.agency(agency, organization), RequestValues.optionalYear(year), Paging.of(page, size));
    }
}
