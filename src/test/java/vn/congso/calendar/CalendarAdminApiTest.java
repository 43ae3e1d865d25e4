package vn.congso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.organization.AdminLevel;
import vn.congso.organization.AgencyKind;
import vn.congso.organization.AgencyRow;
import vn.congso.organization.Organization;
import vn.congso.organization.OrganizationImport;
import vn.congso.support.CongsoTest;

/**
 * The administrators' calendar API: only province administrators may change schedules; every change needs a
 * reason, lands in the audit trail with the user, and is seen at once by due-date computations.
 */
@CongsoTest
class CalendarAdminApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Organization organization;

    @Autowired
    OrganizationImport organizationImport;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    WorkingCalendar calendar;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(json, port);
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertThat(http.get("/api/v1/admin/calendar/days?year=2026").status()).isEqualTo(401);
        Http.Answer post = http.send("POST", "/api/v1/admin/calendar/days", Map.of("date", "2199-01-05", "kind", "EXTRA_DAY_OFF",
                "reasonVi", "x", "reason", "x"));
        assertThat(post.status()).isIn(401, 403);
        assertThat(post.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anOfficerWhoIsNotAProvinceAdministratorIsRefused() {
        String login = "calendar-officer-" + UUID.randomUUID().toString().substring(0, 8);
        createOfficer(login, "Officer@2026", "RECEPTIONIST");
        String officer = Http.basic(login, "Officer@2026");
        Http.Answer list = http.get("/api/v1/admin/calendar/days?year=2026", "Authorization", officer);
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.code()).isEqualTo("forbidden");
        Http.Answer add = http.send("POST", "/api/v1/admin/calendar/days", newDay("2199-01-05", "EXTRA_DAY_OFF", "OTHER", "thử"),
                "Authorization", officer);
        assertThat(add.status()).isEqualTo(403);
        assertThat(http.get("/api/v1/calendar/days-off?year=2026", "Authorization", officer).status()).isEqualTo(200);
    }

    @Test
    void aCommuneLocalHolidayIsAddedWithAReasonAuditedAndUsedForItsDueDates() {
        long commune = createAgency("Ủy ban nhân dân xã Thử Lịch", null);
        Http.Answer before = http.get("/api/v1/calendar/due-date?from=2026-03-09T09:00:00%2B07:00&amount=1&unit=WORKING_DAYS&agency=" + commune);
        assertThat(before.body().path("due").asString()).isEqualTo("2026-03-10T09:00:00+07:00");

        Http.Answer added = http.send("POST", "/api/v1/admin/calendar/days?agency=" + commune,
                newDay("2026-03-10", "EXTRA_DAY_OFF", "OTHER", "Lễ hội truyền thống của xã"), "Authorization", Http.ADMIN);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().path("day").path("date").asString()).isEqualTo("2026-03-10");
        assertThat(added.body().path("day").path("createdBy").asString()).isEqualTo("admin");

        Http.Answer after = http.get("/api/v1/calendar/due-date?from=2026-03-09T09:00:00%2B07:00&amount=1&unit=WORKING_DAYS&agency=" + commune);
        assertThat(after.body().path("due").asString()).isEqualTo("2026-03-11T09:00:00+07:00");
        Http.Answer province = http.get("/api/v1/calendar/due-date?from=2026-03-09T09:00:00%2B07:00&amount=1&unit=WORKING_DAYS");
        assertThat(province.body().path("due").asString()).isEqualTo("2026-03-10T09:00:00+07:00");

        JsonNode local = day(http.get("/api/v1/calendar/days-off?year=2026&agency=" + commune), "2026-03-10");
        assertThat(local.path("source").asString()).isEqualTo("AGENCY");
        assertThat(local.path("reasonVi").asString()).isEqualTo("Lễ hội truyền thống của xã");
        assertThat(day(http.get("/api/v1/calendar/days-off?year=2026&agency=" + commune), "2026-02-16").path("source").asString())
                .as("the official days are inherited").isEqualTo("OFFICIAL");

        Http.Answer audit = http.get("/api/v1/admin/calendar/audit?agency=" + commune, "Authorization", Http.ADMIN);
        assertThat(audit.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        for (JsonNode line : audit.body().path("items")) {
            actions.add(line.path("action").asString());
            assertThat(line.path("actorLogin").asString()).isEqualTo("admin");
            assertThat(line.path("reason").asString()).isEqualTo("Quyết định của UBND xã về ngày lễ hội");
        }
        assertThat(actions).containsExactly("ADD_DAY", "CREATE_CALENDAR");
        assertThat(audit.body().path("items").get(0).path("date").asString()).isEqualTo("2026-03-10");
    }

    @Test
    void aChildAgencyInheritsTheOverrideCalendarOfItsParent() {
        long department = createAgency("Sở Thử Lịch", null);
        long office = createAgency("Phòng Thử Lịch", department);
        http.send("POST", "/api/v1/admin/calendar/days?agency=" + department,
                newDay("2026-06-15", "EXTRA_DAY_OFF", "OTHER", "Ngày truyền thống của ngành"), "Authorization", Http.ADMIN);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 15), office)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 15), null)).isTrue();
    }

    @Test
    void aDayIsRemovedWithAReasonAndTheRemovalIsAudited() {
        long agency = createAgency("Trung tâm Thử Xóa", null);
        Http.Answer added = http.send("POST", "/api/v1/admin/calendar/days?agency=" + agency,
                newDay("2026-07-06", "EXTRA_DAY_OFF", "OTHER", "Nghỉ thử"), "Authorization", Http.ADMIN);
        long id = added.body().path("day").path("id").asLong();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 6), agency)).isFalse();

        Http.Answer noReason = http.send("DELETE", "/api/v1/admin/calendar/days/" + id, null, "Authorization", Http.ADMIN);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("calendar.reason.required");

        Http.Answer removed = http.send("DELETE", "/api/v1/admin/calendar/days/" + id + "?reason=Nh%E1%BA%ADp%20nh%E1%BA%A7m", null,
                "Authorization", Http.ADMIN);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 7, 6), agency)).isTrue();

        Http.Answer again = http.send("DELETE", "/api/v1/admin/calendar/days/" + id + "?reason=again", null, "Authorization", Http.ADMIN);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.code()).isEqualTo("calendar.day.not-found");

        JsonNode last = http.get("/api/v1/admin/calendar/audit?year=2026&agency=" + agency, "Authorization", Http.ADMIN).body().path("items").get(0);
        assertThat(last.path("action").asString()).isEqualTo("REMOVE_DAY");
        assertThat(last.path("reason").asString()).isEqualTo("Nhập nhầm");
        assertThat(last.path("dayReasonVi").asString()).isEqualTo("Nghỉ thử");
    }

    @Test
    void aSecondDayOnTheSameDateAndAStaleVersionAreConflicts() {
        long agency = createAgency("Trung tâm Thử Xung đột", null);
        Http.Answer first = http.send("POST", "/api/v1/admin/calendar/days?agency=" + agency,
                newDay("2026-07-07", "EXTRA_DAY_OFF", "OTHER", "Nghỉ"), "Authorization", Http.ADMIN);
        assertThat(first.status()).isEqualTo(201);
        long version = first.body().path("version").asLong();

        Http.Answer same = http.send("POST", "/api/v1/admin/calendar/days?agency=" + agency,
                newDay("2026-07-07", "WORKING_DAY", "OTHER", "Làm"), "Authorization", Http.ADMIN);
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.code()).isEqualTo("calendar.day.exists");

        Map<String, Object> stale = new java.util.HashMap<>(newDay("2026-07-08", "EXTRA_DAY_OFF", "OTHER", "Nghỉ"));
        stale.put("version", version - 1);
        Http.Answer conflict = http.send("POST", "/api/v1/admin/calendar/days?agency=" + agency, stale, "Authorization", Http.ADMIN,
                "Accept-Language", "en");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("calendar.version-conflict");
        assertThat(conflict.detail()).startsWith("Someone else has just changed this calendar");

        stale.put("version", version);
        assertThat(http.send("POST", "/api/v1/admin/calendar/days?agency=" + agency, stale, "Authorization", Http.ADMIN).status())
                .isEqualTo(201);
    }

    @Test
    void anInvalidDayIsRefusedFieldByField() {
        Http.Answer answer = http.send("POST", "/api/v1/admin/calendar/days",
                Map.of("date", "2026-13-40", "kind", "PARTY", "holiday", "CHRISTMAS", "reasonVi", ""), "Authorization", Http.ADMIN);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("calendar.day.invalid");
        List<String> fields = new ArrayList<>();
        answer.body().path("errors").forEach(e -> fields.add(e.path("field").asString() + " " + e.path("code").asString()));
        assertThat(fields).containsExactly("date calendar.date.invalid", "kind calendar.kind.invalid", "holiday calendar.holiday.invalid",
                "reasonVi calendar.day-text.invalid", "reason calendar.reason.required");
        Http.Answer unreadable = http.send("POST", "/api/v1/admin/calendar/days", "{not json", "Authorization", Http.ADMIN);
        assertThat(unreadable.status()).isEqualTo(400);
        Http.Answer unknownAgency = http.send("POST", "/api/v1/admin/calendar/days?agency=987654321",
                newDay("2199-01-05", "EXTRA_DAY_OFF", "OTHER", "x"), "Authorization", Http.ADMIN);
        assertThat(unknownAgency.status()).isEqualTo(400);
        assertThat(unknownAgency.code()).isEqualTo("calendar.agency.unknown");
    }

    @Test
    void aProvinceDayIsSeenByEveryAgencyWithoutItsOwnDayAndListedWithItsInheritance() {
        long agency = createAgency("Sở Thử Kế thừa", null);
        Http.Answer added = http.send("POST", "/api/v1/admin/calendar/days",
                newDay("2199-03-04", "EXTRA_DAY_OFF", "OTHER", "Ngày nghỉ thử của tỉnh"), "Authorization", Http.ADMIN);
        assertThat(added.status()).isEqualTo(201);
        assertThat(calendar.isWorkingDay(LocalDate.of(2199, 3, 4), agency)).isFalse();
        Http.Answer schedule = http.get("/api/v1/admin/calendar/days?year=2199&agency=" + agency, "Authorization", Http.ADMIN);
        assertThat(schedule.body().path("days").get(0).path("inherited").asBoolean()).isTrue();
        Http.Answer removed = http.send("DELETE", "/api/v1/admin/calendar/days/" + added.body().path("day").path("id").asLong()
                + "?reason=test", null, "Authorization", Http.ADMIN);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(calendar.isWorkingDay(LocalDate.of(2199, 3, 4), agency)).isTrue();
    }

    @Test
    void theOfficialScheduleIsListedForAdministratorsWithItsSources() {
        Http.Answer schedule = http.get("/api/v1/admin/calendar/days?year=2026", "Authorization", Http.ADMIN);
        assertThat(schedule.status()).isEqualTo(200);
        JsonNode first = schedule.body().path("days").get(0);
        assertThat(first.path("date").asString()).isEqualTo("2026-01-01");
        assertThat(first.path("source").asString()).contains("Điều 112");
        Http.Answer audit = http.get("/api/v1/admin/calendar/audit?year=2025&size=100", "Authorization", Http.ADMIN);
        assertThat(audit.body().path("total").asLong()).isEqualTo(13);
        assertThat(audit.body().path("items").get(0).path("actorLogin").asString()).isEqualTo("system");
    }

    @Test
    void anAgencyOpenOnSaturdayMorningsGetsItsOwnWindows() {
        long desk = createAgency("Bộ phận Một cửa Thử Thứ Bảy", null);
        List<Map<String, String>> windows = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")) {
            windows.add(Map.of("day", day, "start", "07:30", "end", "11:30"));
            if (!day.equals("SATURDAY")) {
                windows.add(Map.of("day", day, "start", "13:30", "end", "17:30"));
            }
        }
        Http.Answer set = http.send("PUT", "/api/v1/admin/calendar/windows?agency=" + desk,
                Map.of("windows", windows, "reason", "Tiếp nhận sáng thứ Bảy"), "Authorization", Http.ADMIN);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().path("workingDayMinutes").asInt()).isEqualTo(480);
        Http.Answer due = http.get("/api/v1/calendar/due-date?from=2026-03-13T16:30:00%2B07:00&amount=2&unit=WORKING_HOURS&agency=" + desk);
        assertThat(due.body().path("due").asString()).isEqualTo("2026-03-14T08:30:00+07:00");

        Http.Answer overlap = http.send("PUT", "/api/v1/admin/calendar/windows?agency=" + desk,
                Map.of("windows", List.of(Map.of("day", "MONDAY", "start", "07:30", "end", "11:30"),
                        Map.of("day", "MONDAY", "start", "11:00", "end", "12:00")), "reason", "x"), "Authorization", Http.ADMIN);
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.code()).isEqualTo("calendar.windows.invalid");
        assertThat(overlap.body().path("errors").get(0).path("code").asString()).isEqualTo("calendar.windows.overlap");
    }

    private Map<String, Object> newDay(String date, String kind, String holiday, String reasonVi) {
        return Map.of("date", date, "kind", kind, "holiday", holiday, "reasonVi", reasonVi,
                "reasonEn", "Test day", "source", "Quyết định thử", "reason", "Quyết định của UBND xã về ngày lễ hội");
    }

    private static JsonNode day(Http.Answer daysOff, String date) {
        for (JsonNode day : daysOff.body().path("days")) {
            if (day.path("date").asString().equals(date)) {
                return day;
            }
        }
        throw new AssertionError("no " + date + " in " + daysOff.body());
    }

    private long createAgency(String name, Long parentId) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String parent = parentId == null ? "000.00.00.H66" : organization.agency(parentId).orElseThrow().code();
        AgencyRow row = new AgencyRow(code, name, null, null, AgencyKind.DEPARTMENT, AdminLevel.PROVINCE, parent, null, null, null, null,
                LocalDate.of(2025, 7, 1), null, List.of());
        transactions.executeWithoutResult(tx -> {
            assertThat(organizationImport.check(List.of(), List.of(row))).isEmpty();
            organizationImport.write(List.of(), List.of(row));
        });
        return organization.agencyByCode(code).orElseThrow().id();
    }

    /** Identity has no API to create officers yet: the test writes the account as the demo loader does. */
    private void createOfficer(String login, String password, String role) {
        Timestamp now = Timestamp.from(Instant.now());
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO account (kind, login, password_hash, full_name, full_name_folded, enabled, assurance_level, failed_logins,
                    created_at, updated_at, version)
                VALUES ('OFFICER', :login, :hash, 'Cán bộ thử', 'can bo thu', TRUE, 1, 0, :now, :now, 0)""")
                .param("login", login).param("hash", passwords.encode(password)).param("now", now).update(keys, "id");
        jdbc.sql("INSERT INTO officer_role (account_id, role) VALUES (:a, :r)").param("a", keys.getKey().longValue()).param("r", role).update();
    }
}
