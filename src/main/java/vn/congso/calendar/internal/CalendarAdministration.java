package vn.congso.calendar.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.calendar.CalendarChanged;
import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;
import vn.congso.calendar.WorkingWindow;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.organization.Agency;
import vn.congso.organization.Organization;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/**
 * Administrators' changes to the calendars: days of a year's schedule and weekly windows, for the province
 * calendar or an agency's override (created on its first change). Every change takes the calendar's row lock,
 * bumps its version (a stale expected version is refused with 409), writes an audit line with the user and a
 * mandatory reason, and publishes {@link CalendarChanged}.
 */
@Service
@Transactional
class CalendarAdministration {

    static final int MAX_DAY_TEXT = 300;
    static final int MAX_REASON = 1000;

    private final CalendarRepository repository;
    private final Organization organization;
    private final Identity identity;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CalendarAdministration(CalendarRepository repository, Organization organization, Identity identity, Clock clock,
                           ApplicationEventPublisher events) {
        this.repository = repository;
        this.organization = organization;
        this.identity = identity;
        this.clock = clock;
        this.events = events;
    }

    record DayView(Long id, LocalDate date, DayOfWeek weekday, Kind kind, Holiday holiday, String reasonVi, String reasonEn,
                   String source, Instant createdAt, String createdBy, boolean inherited) {

        static DayView of(ScheduleEntry e, boolean inherited) {
            return new DayView(e.id(), e.date(), e.date().getDayOfWeek(), e.kind(), e.holiday(), e.reasonVi(), e.reasonEn(), e.source(),
                    e.createdAt(), e.createdBy(), inherited);
        }
    }

    /** A year's schedule of one calendar; for an agency, the province's days it inherits are marked. */
    record Schedule(int year, Long agency, Long calendarId, long version, List<DayView> days) {
    }

    record NewDay(String date, String kind, String holiday, String reasonVi, String reasonEn, String source, String reason, Long version) {
    }

    record Changed(long calendarId, Long agency, long version, DayView day) {
    }

    record Windows(Long agency, Long calendarId, long version, boolean inherited, List<WorkingWindow> windows, long workingDayMinutes) {
    }

    record NewWindow(String day, String start, String end) {
    }

    record NewWindows(List<NewWindow> windows, String reason, Long version) {
    }

    record Calendar(long id, String code, String name, String nameEn, Long agency, long version) {
    }

    record AuditView(long id, long calendarId, Long agency, Instant at, Long actorId, String actorLogin, String actorName, String action,
                     LocalDate date, Kind kind, Holiday holiday, String dayReasonVi, String dayReasonEn, String daySource, String detail,
                     String reason) {
    }

    @Transactional(readOnly = true)
    public List<Calendar> calendars() {
        return repository.calendars().stream()
                .map(c -> new Calendar(c.id(), c.code(), c.name(), c.nameEn(), c.agencyId(), c.version())).toList();
    }

    @Transactional(readOnly = true)
    public Schedule schedule(int year, Long agencyId) {
        long province = repository.provinceCalendarId();
        if (agencyId == null) {
            return new Schedule(year, null, province, repository.version(province),
                    repository.entries(province, year).stream().map(e -> DayView.of(e, false)).toList());
        }
        Long own = repository.calendarOfAgency(agencyId).orElse(null);
        List<ScheduleEntry> ownDays = own == null ? List.of() : repository.entries(own, year);
        Set<LocalDate> overridden = ownDays.stream().map(ScheduleEntry::date).collect(Collectors.toSet());
        List<DayView> days = new ArrayList<>();
        ownDays.forEach(e -> days.add(DayView.of(e, false)));
        repository.entries(province, year).stream().filter(e -> !overridden.contains(e.date())).forEach(e -> days.add(DayView.of(e, true)));
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return new Schedule(year, agencyId, own, own == null ? 0 : repository.version(own), days);
    }

    public Changed addDay(Long agencyId, NewDay request) {
        CurrentUser user = user();
        ValidDay day = validate(request);
        long calendarId = calendarFor(agencyId, user, day.reason());
        long version = lock(calendarId, request.version());
        if (repository.entryOn(calendarId, day.date()).isPresent()) {
            throw ApiException.conflict("calendar.day.exists", day.date().toString());
        }
        Instant now = clock.instant();
        long id;
        try {
            id = repository.insertEntry(calendarId, day.date(), day.kind(), day.holiday(), day.reasonVi(), day.reasonEn(), day.source(),
                    now, user.login());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("calendar.day.exists", day.date().toString());
        }
        repository.audit(new CalendarRepository.AuditRecord(0, calendarId, agencyId, now, user.accountId(), user.login(), user.displayName(),
                "ADD_DAY", day.date(), day.kind(), day.holiday(), day.reasonVi(), day.reasonEn(), day.source(), null, day.reason()));
        events.publishEvent(new CalendarChanged(calendarId, agencyId, day.date(), CalendarChanged.Change.DAY_ADDED, day.reason()));
        ScheduleEntry saved = repository.entry(id).orElseThrow();
        return new Changed(calendarId, agencyId, version, DayView.of(saved, false));
    }

    public Changed removeDay(long entryId, String reason, Long expectedVersion) {
        CurrentUser user = user();
        String why = reason(reason);
        ScheduleEntry entry = repository.entry(entryId).orElseThrow(() -> ApiException.notFound("calendar.day.not-found", entryId));
        long version = lock(entry.calendarId(), expectedVersion);
        if (repository.entry(entryId).isEmpty()) {
            throw ApiException.notFound("calendar.day.not-found", entryId);
        }
        repository.deleteEntry(entryId);
        Long agencyId = repository.calendar(entry.calendarId()).map(CalendarDefinition::agencyId).orElse(null);
        Instant now = clock.instant();
        repository.audit(new CalendarRepository.AuditRecord(0, entry.calendarId(), agencyId, now, user.accountId(), user.login(),
                user.displayName(), "REMOVE_DAY", entry.date(), entry.kind(), entry.holiday(), entry.reasonVi(), entry.reasonEn(),
                entry.source(), null, why));
        events.publishEvent(new CalendarChanged(entry.calendarId(), agencyId, entry.date(), CalendarChanged.Change.DAY_REMOVED, why));
        return new Changed(entry.calendarId(), agencyId, version, DayView.of(entry, false));
    }

    @Transactional(readOnly = true)
    public Windows windows(Long agencyId) {
        long province = repository.provinceCalendarId();
        CalendarDefinition provinceCalendar = repository.calendar(province).orElseThrow();
        CalendarDefinition own = agencyId == null ? provinceCalendar
                : repository.calendarOfAgency(agencyId).flatMap(repository::calendar).orElse(null);
        boolean inherited = own == null || own.windows().isEmpty();
        List<WorkingWindow> list = inherited ? provinceCalendar.windows() : own.windows();
        WeeklyWindows weekly = list.isEmpty() ? WeeklyWindows.DEFAULT : WeeklyWindows.of(list);
        return new Windows(agencyId, own == null ? null : own.id(), own == null ? 0 : own.version(), agencyId != null && inherited,
                weekly.windows(), weekly.standardDaySeconds() / 60);
    }

    /** Replaces the weekly windows; an empty list on an agency calendar returns it to the province's windows. */
    public Windows setWindows(Long agencyId, NewWindows request) {
        CurrentUser user = user();
        String why = reason(request == null ? null : request.reason());
        List<WorkingWindow> windows = windows(request.windows());
        if (agencyId == null || !windows.isEmpty()) {
            List<String> problems = WeeklyWindows.problems(windows);
            if (!problems.isEmpty()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "calendar.windows.invalid",
                        List.of(FieldProblem.of("windows", problems.get(0))));
            }
        }
        long calendarId = calendarFor(agencyId, user, why);
        lock(calendarId, request.version());
        String before = describe(repository.calendar(calendarId).orElseThrow().windows());
        repository.replaceWindows(calendarId, windows);
        repository.audit(new CalendarRepository.AuditRecord(0, calendarId, agencyId, clock.instant(), user.accountId(), user.login(),
                user.displayName(), "SET_WINDOWS", null, null, null, null, null, null,
                shorten(before + " → " + describe(windows), 2000), why));
        events.publishEvent(new CalendarChanged(calendarId, agencyId, null, CalendarChanged.Change.WINDOWS_CHANGED, why));
        return windowsAfterChange(agencyId, calendarId);
    }

    @Transactional(readOnly = true)
    public PageResult<AuditView> audit(Long agencyId, Integer year, Paging paging) {
        Long calendarId = agencyId == null ? null : repository.calendarOfAgency(agencyId).orElse(-1L);
        long total = repository.auditCount(calendarId, year);
        List<AuditView> items = total == 0 ? List.of() : repository.auditTrail(calendarId, year, paging.offset(), paging.size()).stream()
                .map(r -> new AuditView(r.id(), r.calendarId(), r.agencyId(), r.at(), r.actorId(), r.actorLogin(), r.actorName(), r.action(),
                        r.date(), r.kind(), r.holiday(), r.dayReasonVi(), r.dayReasonEn(), r.daySource(), r.detail(), r.reason()))
                .toList();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    private Windows windowsAfterChange(Long agencyId, long calendarId) {
        CalendarDefinition own = repository.calendar(calendarId).orElseThrow();
        List<WorkingWindow> list = own.windows();
        boolean inherited = list.isEmpty();
        if (inherited) {
            list = repository.calendar(repository.provinceCalendarId()).orElseThrow().windows();
        }
        WeeklyWindows weekly = WeeklyWindows.of(list);
        return new Windows(agencyId, calendarId, own.version(), agencyId != null && inherited, weekly.windows(),
                weekly.standardDaySeconds() / 60);
    }

    /** The calendar a change applies to; an agency's first change creates its override calendar (audited). */
    private long calendarFor(Long agencyId, CurrentUser user, String reason) {
        if (agencyId == null) {
            return repository.provinceCalendarId();
        }
        Agency agency = organization.agency(agencyId).orElseThrow(() -> RequestValues.refuse("agency", "calendar.agency.unknown", agencyId));
        return repository.calendarOfAgency(agencyId).orElseGet(() -> {
            Instant now = clock.instant();
            long id;
            try {
                id = repository.createAgencyCalendar(agencyId, repository.provinceCalendarId(), shorten("Lịch làm việc của " + agency.name(), 300),
                        agency.nameEn() == null ? null : shorten("Working calendar of " + agency.nameEn(), 300), now);
            } catch (DuplicateKeyException e) {
                throw ApiException.conflict("calendar.version-conflict");
            }
            repository.audit(new CalendarRepository.AuditRecord(0, id, agencyId, now, user.accountId(), user.login(), user.displayName(),
                    "CREATE_CALENDAR", null, null, null, null, null, null, "agency " + agency.code(), reason));
            return id;
        });
    }

    private long lock(long calendarId, Long expectedVersion) {
        return repository.bumpVersion(calendarId, expectedVersion)
                .orElseThrow(() -> ApiException.conflict("calendar.version-conflict"));
    }

    private CurrentUser user() {
        return identity.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
    }

    private record ValidDay(LocalDate date, Kind kind, Holiday holiday, String reasonVi, String reasonEn, String source, String reason) {
    }

    private static ValidDay validate(NewDay request) {
        if (request == null) {
            throw ApiException.badRequest("body.unreadable");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = null;
        try {
            date = request.date() == null ? null : LocalDate.parse(request.date().strip());
        } catch (DateTimeException e) {
            // reported below
        }
        if (date == null || !ResolvedCalendar.inRange(date.getYear())) {
            problems.add(FieldProblem.of("date", "calendar.date.invalid", ResolvedCalendar.MIN_YEAR, ResolvedCalendar.MAX_YEAR));
        }
        Kind kind = parse(Kind.class, request.kind());
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "calendar.kind.invalid"));
        }
        Holiday holiday = request.holiday() == null || request.holiday().isBlank() ? Holiday.OTHER : parse(Holiday.class, request.holiday());
        if (holiday == null) {
            problems.add(FieldProblem.of("holiday", "calendar.holiday.invalid"));
        }
        String reasonVi = text(request.reasonVi());
        if (reasonVi == null || reasonVi.length() > MAX_DAY_TEXT) {
            problems.add(FieldProblem.of("reasonVi", "calendar.day-text.invalid", MAX_DAY_TEXT));
        }
        String reasonEn = text(request.reasonEn());
        if (reasonEn != null && reasonEn.length() > MAX_DAY_TEXT) {
            problems.add(FieldProblem.of("reasonEn", "calendar.day-text.invalid", MAX_DAY_TEXT));
        }
        String source = text(request.source());
        if (source != null && source.length() > MAX_DAY_TEXT) {
            problems.add(FieldProblem.of("source", "calendar.day-text.invalid", MAX_DAY_TEXT));
        }
        String reason = text(request.reason());
        if (reason == null || reason.length() > MAX_REASON) {
            problems.add(FieldProblem.of("reason", "calendar.reason.required", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "calendar.day.invalid", problems);
        }
        return new ValidDay(date, kind, holiday, reasonVi, reasonEn == null ? reasonVi : reasonEn, source, reason);
    }

    private static String reason(String reason) {
        String why = text(reason);
        if (why == null || why.length() > MAX_REASON) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "calendar.reason.required",
                    List.of(FieldProblem.of("reason", "calendar.reason.required", MAX_REASON)), MAX_REASON);
        }
        return why;
    }

    private static List<WorkingWindow> windows(List<NewWindow> requested) {
        List<WorkingWindow> windows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<NewWindow> list = requested == null ? List.of() : requested;
        if (list.size() > 7 * 8) {
            problems.add(FieldProblem.of("windows", "calendar.window.invalid"));
        }
        for (int i = 0; i < list.size() && problems.isEmpty(); i++) {
            NewWindow w = list.get(i);
            try {
                DayOfWeek day = DayOfWeek.valueOf(w.day().strip().toUpperCase(Locale.ROOT));
                windows.add(new WorkingWindow(day, LocalTime.parse(w.start().strip()), LocalTime.parse(w.end().strip())));
            } catch (RuntimeException e) {
                problems.add(FieldProblem.of("windows[" + i + "]", "calendar.window.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "calendar.windows.invalid", problems);
        }
        return windows;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String describe(List<WorkingWindow> windows) {
        if (windows.isEmpty()) {
            return "(inherited)";
        }
        Map<DayOfWeek, String> byDay = windows.stream().collect(Collectors.groupingBy(WorkingWindow::day, java.util.TreeMap::new,
                Collectors.mapping(w -> w.start() + "-" + w.end(), Collectors.joining(","))));
        return byDay.entrySet().stream().map(e -> e.getKey().name().substring(0, 3) + " " + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
