package vn.congso.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.congso.calendar.DayOff.Holiday;
import vn.congso.calendar.DayOff.Kind;
import vn.congso.calendar.WorkingWindow;

/** SQL of the calendar module: calendars, weekly windows, schedule days and the append-only audit trail. */
@Repository
class CalendarRepository {

    static final String PROVINCE_CODE = "PROVINCE";

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Changes whenever a calendar is created or changed (every change bumps its version). */
    record Stamp(long calendars, long versions) {
    }

    Stamp stamp() {
        return jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS v FROM work_calendar")
                .query((rs, i) -> new Stamp(rs.getLong("n"), rs.getLong("v"))).single();
    }

    List<CalendarDefinition> calendars() {
        Map<Long, List<WorkingWindow>> windows = new HashMap<>();
        jdbc.sql("SELECT calendar_id, day_of_week, start_time, end_time FROM work_calendar_window ORDER BY calendar_id, day_of_week, start_time")
                .query(rs -> {
                    windows.computeIfAbsent(rs.getLong("calendar_id"), k -> new ArrayList<>()).add(new WorkingWindow(
                            DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("start_time", LocalTime.class),
                            rs.getObject("end_time", LocalTime.class)));
                });
        return jdbc.sql("SELECT id, code, name, name_en, agency_id, parent_id, version FROM work_calendar ORDER BY id")
                .query((rs, i) -> calendar(rs, windows.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    Optional<CalendarDefinition> calendar(long id) {
        return calendars().stream().filter(c -> c.id() == id).findFirst();
    }

    Optional<Long> calendarOfAgency(long agencyId) {
        return jdbc.sql("SELECT id FROM work_calendar WHERE agency_id = :a").param("a", agencyId).query(Long.class).optional();
    }

    long provinceCalendarId() {
        return jdbc.sql("SELECT id FROM work_calendar WHERE code = :c").param("c", PROVINCE_CODE).query(Long.class).single();
    }

    long createAgencyCalendar(long agencyId, long parentId, String name, String nameEn, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO work_calendar (code, name, name_en, agency_id, parent_id, created_at, version) "
                        + "VALUES (:code, :name, :nameEn, :agency, :parent, :at, 0)")
                .param("code", "AGENCY-" + agencyId).param("name", name).param("nameEn", nameEn).param("agency", agencyId)
                .param("parent", parentId).param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Takes the calendar's row lock and bumps its version; when {@code expected} is given, only if the version is
     * still that one. Returns the new version, or empty when the calendar changed meanwhile.
     */
    Optional<Long> bumpVersion(long calendarId, Long expected) {
        int rows = expected == null
                ? jdbc.sql("UPDATE work_calendar SET version = version + 1 WHERE id = :id").param("id", calendarId).update()
                : jdbc.sql("UPDATE work_calendar SET version = version + 1 WHERE id = :id AND version = :v")
                        .param("id", calendarId).param("v", expected).update();
        if (rows == 0) {
            return Optional.empty();
        }
        return Optional.of(version(calendarId));
    }

    long version(long calendarId) {
        return jdbc.sql("SELECT version FROM work_calendar WHERE id = :id").param("id", calendarId).query(Long.class).single();
    }

    List<ScheduleEntry> entries() {
        return jdbc.sql(ENTRY_SELECT + " ORDER BY calendar_id, on_date").query(CalendarRepository::entry).list();
    }

    List<ScheduleEntry> entries(long calendarId, int year) {
        return jdbc.sql(ENTRY_SELECT + " WHERE calendar_id = :c AND on_date >= :from AND on_date <= :to ORDER BY on_date")
                .param("c", calendarId).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(CalendarRepository::entry).list();
    }

    Optional<ScheduleEntry> entry(long id) {
        return jdbc.sql(ENTRY_SELECT + " WHERE id = :id").param("id", id).query(CalendarRepository::entry).optional();
    }

    Optional<ScheduleEntry> entryOn(long calendarId, LocalDate date) {
        return jdbc.sql(ENTRY_SELECT + " WHERE calendar_id = :c AND on_date = :d").param("c", calendarId).param("d", date)
                .query(CalendarRepository::entry).optional();
    }

    long insertEntry(long calendarId, LocalDate date, Kind kind, Holiday holiday, String reasonVi, String reasonEn, String source,
                     Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO work_calendar_day (calendar_id, on_date, kind, holiday, reason_vi, reason_en, source, created_at, created_by) "
                        + "VALUES (:c, :d, :kind, :holiday, :vi, :en, :source, :at, :by)")
                .param("c", calendarId).param("d", date).param("kind", kind.name()).param("holiday", holiday.name())
                .param("vi", reasonVi).param("en", reasonEn).param("source", source).param("at", Timestamp.from(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void deleteEntry(long id) {
        jdbc.sql("DELETE FROM work_calendar_day WHERE id = :id").param("id", id).update();
    }

    void replaceWindows(long calendarId, List<WorkingWindow> windows) {
        jdbc.sql("DELETE FROM work_calendar_window WHERE calendar_id = :c").param("c", calendarId).update();
        for (WorkingWindow w : windows) {
            jdbc.sql("INSERT INTO work_calendar_window (calendar_id, day_of_week, start_time, end_time) VALUES (:c, :d, :s, :e)")
                    .param("c", calendarId).param("d", w.day().getValue()).param("s", w.start()).param("e", w.end()).update();
        }
    }

    /** One line of the audit trail: who changed what, when, and why. Never updated nor deleted. */
    record AuditRecord(long id, long calendarId, Long agencyId, Instant at, Long actorId, String actorLogin, String actorName,
                       String action, LocalDate date, Kind kind, Holiday holiday, String dayReasonVi, String dayReasonEn,
                       String daySource, String detail, String reason) {
    }

    void audit(AuditRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("c", r.calendarId());
        p.put("at", Timestamp.from(r.at()));
        p.put("actorId", r.actorId());
        p.put("login", r.actorLogin());
        p.put("name", r.actorName());
        p.put("action", r.action());
        p.put("d", r.date());
        p.put("kind", r.kind() == null ? null : r.kind().name());
        p.put("holiday", r.holiday() == null ? null : r.holiday().name());
        p.put("vi", r.dayReasonVi());
        p.put("en", r.dayReasonEn());
        p.put("source", r.daySource());
        p.put("detail", r.detail());
        p.put("reason", r.reason());
        jdbc.sql("INSERT INTO work_calendar_audit (calendar_id, changed_at, actor_id, actor_login, actor_name, action, on_date, kind, "
                        + "holiday, day_reason_vi, day_reason_en, day_source, detail, reason) VALUES (:c, :at, :actorId, :login, :name, "
                        + ":action, :d, :kind, :holiday, :vi, :en, :source, :detail, :reason)")
                .params(p).update();
    }

    long auditCount(Long calendarId, Integer year) {
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM work_calendar_audit a WHERE " + auditWhere(calendarId, year, p)).params(p)
                .query(Long.class).single();
    }

    List<AuditRecord> auditTrail(Long calendarId, Integer year, long offset, int limit) {
        Map<String, Object> p = new HashMap<>();
        String where = auditWhere(calendarId, year, p);
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql("""
                SELECT a.*, c.agency_id FROM work_calendar_audit a JOIN work_calendar c ON c.id = a.calendar_id
                WHERE %s ORDER BY a.changed_at DESC, a.id DESC LIMIT :limit OFFSET :offset""".formatted(where))
                .params(p).query(CalendarRepository::auditRecord).list();
    }

    private static String auditWhere(Long calendarId, Integer year, Map<String, Object> p) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (calendarId != null) {
            where.append(" AND a.calendar_id = :c");
            p.put("c", calendarId);
        }
        if (year != null) {
            where.append(" AND a.on_date >= :from AND a.on_date <= :to");
            p.put("from", LocalDate.of(year, 1, 1));
            p.put("to", LocalDate.of(year, 12, 31));
        }
        return where.toString();
    }

    private static final String ENTRY_SELECT = "SELECT id, calendar_id, on_date, kind, holiday, reason_vi, reason_en, source, created_at, "
            + "created_by FROM work_calendar_day";

    private static CalendarDefinition calendar(ResultSet rs, List<WorkingWindow> windows) throws SQLException {
        return new CalendarDefinition(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                rs.getObject("agency_id", Long.class), rs.getObject("parent_id", Long.class), rs.getLong("version"), windows);
    }

    private static ScheduleEntry entry(ResultSet rs, int row) throws SQLException {
        return new ScheduleEntry(rs.getLong("id"), rs.getLong("calendar_id"), rs.getObject("on_date", LocalDate.class),
                Kind.valueOf(rs.getString("kind")), Holiday.valueOf(rs.getString("holiday")), rs.getString("reason_vi"),
                rs.getString("reason_en"), rs.getString("source"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static AuditRecord auditRecord(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        String holiday = rs.getString("holiday");
        return new AuditRecord(rs.getLong("id"), rs.getLong("calendar_id"), rs.getObject("agency_id", Long.class),
                rs.getTimestamp("changed_at").toInstant(), rs.getObject("actor_id", Long.class), rs.getString("actor_login"),
                rs.getString("actor_name"), rs.getString("action"), rs.getObject("on_date", LocalDate.class),
                kind == null ? null : Kind.valueOf(kind), holiday == null ? null : Holiday.valueOf(holiday),
                rs.getString("day_reason_vi"), rs.getString("day_reason_en"), rs.getString("day_source"), rs.getString("detail"),
                rs.getString("reason"));
    }
}
