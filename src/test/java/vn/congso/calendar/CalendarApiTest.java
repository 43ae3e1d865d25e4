package vn.congso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.organization.Organization;
import vn.congso.support.CongsoTest;

/** The public calendar API, anonymous, as a citizen's browser or another system calls it. */
@CongsoTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Organization organization;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(json, port);
    }

    @Test
    void threeWorkingDaysFrom12February2026AreDueOn24FebruaryAt0900() {
        Http.Answer answer = http.get("/api/v1/calendar/due-date?from=2026-02-12T09:00:00%2B07:00&amount=3&unit=WORKING_DAYS");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("due").asString()).isEqualTo("2026-02-24T09:00:00+07:00");
        assertThat(answer.body().path("from").asString()).isEqualTo("2026-02-12T09:00:00+07:00");
        assertThat(answer.body().path("start").asString()).isEqualTo("2026-02-12T09:00:00+07:00");
        assertThat(answer.body().path("amount").asInt()).isEqualTo(3);
        assertThat(answer.body().path("unit").asString()).isEqualTo("WORKING_DAYS");
        assertThat(answer.body().path("dueDay").asString()).isEqualTo("2026-02-24");
    }

    @Test
    void timesInUtcOrWithoutOffsetAreAnsweredInVietnamTime() {
        Http.Answer utc = http.get("/api/v1/calendar/due-date?from=2026-02-12T02:00:00Z&amount=3&unit=working_days");
        assertThat(utc.body().path("due").asString()).isEqualTo("2026-02-24T09:00:00+07:00");
        Http.Answer local = http.get("/api/v1/calendar/due-date?from=2026-02-12T09:00&amount=3&unit=WORKING_DAYS");
        assertThat(local.body().path("due").asString()).isEqualTo("2026-02-24T09:00:00+07:00");
        Http.Answer unencodedPlus = http.get("/api/v1/calendar/due-date?from=2026-02-12T09:00:00+07:00&amount=3&unit=WORKING_DAYS");
        assertThat(unencodedPlus.body().path("due").asString()).isEqualTo("2026-02-24T09:00:00+07:00");
    }

    @Test
    void aCutoffMovesALateReceptionToTheNextWorkingDay() {
        Http.Answer answer = http.get("/api/v1/calendar/due-date?from=2026-03-12T15:30:00%2B07:00&amount=1&unit=WORKING_DAYS&cutoff=15:00");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("start").asString()).isEqualTo("2026-03-13T07:30:00+07:00");
        assertThat(answer.body().path("due").asString()).isEqualTo("2026-03-13T17:30:00+07:00");
        assertThat(answer.body().path("cutoff").asString()).isEqualTo("15:00");
    }

    @Test
    void calendarDaysEndAtMidnightAfterTheLastDayMovedPastHolidays() {
        Http.Answer answer = http.get("/api/v1/calendar/due-date?from=2026-04-28T10:00:00%2B07:00&amount=2&unit=DAYS");
        assertThat(answer.body().path("dueDay").asString()).isEqualTo("2026-05-04");
        assertThat(answer.body().path("due").asString()).isEqualTo("2026-05-05T00:00:00+07:00");
    }

    @Test
    void anAgencyByIdOrCodeUsesTheProvinceCalendarWhenItHasNoneOfItsOwn() {
        long id = organization.agencyByCode("000.00.00.H66").orElseThrow().id();
        Http.Answer byId = http.get("/api/v1/calendar/due-date?from=2026-02-12T09:00:00%2B07:00&amount=3&unit=WORKING_DAYS&agency=" + id);
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.body().path("due").asString()).isEqualTo("2026-02-24T09:00:00+07:00");
        assertThat(byId.body().path("agency").asLong()).isEqualTo(id);
        Http.Answer byCode = http.get("/api/v1/calendar/days-off?year=2026&agency=000.00.00.H66");
        assertThat(byCode.status()).isEqualTo(200);
    }

    @Test
    void daysOff2026ListEveryWeekdayOffAndEveryWorkedSaturdayWithReasons() {
        Http.Answer answer = http.get("/api/v1/calendar/days-off?year=2026");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("year").asInt()).isEqualTo(2026);
        assertThat(answer.body().path("workingDayMinutes").asInt()).isEqualTo(480);
        List<String> days = new ArrayList<>();
        for (JsonNode day : answer.body().path("days")) {
            days.add(day.path("date").asString() + " " + day.path("kind").asString());
            assertThat(day.path("reasonVi").asString()).isNotBlank();
            assertThat(day.path("reasonEn").asString()).isNotBlank();
        }
        assertThat(days).contains("2026-01-10 WORKING_DAY", "2026-02-16 HOLIDAY", "2026-02-20 HOLIDAY", "2026-04-27 COMPENSATORY",
                "2026-08-22 WORKING_DAY", "2026-09-01 HOLIDAY", "2026-11-24 HOLIDAY").doesNotContain("2026-04-26 HOLIDAY");
        JsonNode saturday = answer.body().path("days").get(2);
        assertThat(saturday.path("weekday").asString()).isEqualTo("SATURDAY");
        assertThat(saturday.path("dayOff").asBoolean()).isFalse();
    }

    @Test
    void daysOffOfAYearWithoutScheduleComeFromTheLabourCode() {
        Http.Answer answer = http.get("/api/v1/calendar/days-off?year=2027");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("days").size()).isEqualTo(12);
        assertThat(answer.body().path("days").get(0).path("source").asString()).isEqualTo("STATUTORY");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/calendar/due-date?amount=3&unit=FORTNIGHTS                                   | calendar.unit.invalid   | unit",
            "/api/v1/calendar/due-date?amount=3                                                   | calendar.unit.invalid   | unit",
            "/api/v1/calendar/due-date?amount=-1&unit=DAYS                                        | calendar.amount.invalid | amount",
            "/api/v1/calendar/due-date?amount=99999999&unit=WORKING_DAYS                          | calendar.amount.invalid | amount",
            "/api/v1/calendar/due-date?amount=three&unit=DAYS                                     | calendar.amount.invalid | amount",
            "/api/v1/calendar/due-date?unit=DAYS                                                  | calendar.amount.invalid | amount",
            "/api/v1/calendar/due-date?from=yesterday&amount=3&unit=DAYS                          | calendar.time.invalid   | from",
            "/api/v1/calendar/due-date?from=2026-02-30T09:00:00%2B07:00&amount=3&unit=DAYS        | calendar.time.invalid   | from",
            "/api/v1/calendar/due-date?amount=3&unit=DAYS&cutoff=25:00                            | calendar.cutoff.invalid | cutoff",
            "/api/v1/calendar/due-date?amount=3&unit=DAYS&cutoff=soon                             | calendar.cutoff.invalid | cutoff",
            "/api/v1/calendar/due-date?amount=3&unit=DAYS&agency=999999999                        | calendar.agency.unknown | agency",
            "/api/v1/calendar/due-date?amount=3&unit=DAYS&agency=no.such.agency                   | calendar.agency.unknown | agency",
            "/api/v1/calendar/days-off?year=1800                                                  | calendar.year.invalid   | year",
            "/api/v1/calendar/days-off?year=2201                                                  | calendar.year.invalid   | year",
            "/api/v1/calendar/days-off?year=twenty                                                | calendar.year.invalid   | year",
            "/api/v1/calendar/days-off?year=2026&agency=999999999                                 | calendar.agency.unknown | agency"})
    void badInputIsRefusedWithAProblemInVietnameseAndInEnglish(String path, String code, String field) {
        Http.Answer vi = http.get(path.strip());
        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.contentType()).startsWith("application/problem+json");
        assertThat(vi.code()).isEqualTo(code.strip());
        assertThat(vi.body().path("errors").get(0).path("field").asString()).isEqualTo(field.strip());
        assertThat(vi.detail()).isNotBlank().doesNotContain("calendar.").doesNotContain("{");
        Http.Answer en = http.get(path.strip(), "Accept-Language", "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.code()).isEqualTo(code.strip());
        assertThat(en.detail()).isNotBlank().isNotEqualTo(vi.detail()).doesNotContain("{");
    }

    @Test
    void problemMessagesSayWhatIsWrongInTheReadersLanguage() {
        Http.Answer vi = http.get("/api/v1/calendar/days-off?year=1800");
        assertThat(vi.detail()).isEqualTo("Năm \"1800\" không hợp lệ: phải từ 1900 đến 2200.");
        Http.Answer en = http.get("/api/v1/calendar/due-date?amount=3&unit=FORTNIGHTS", "Accept-Language", "en");
        assertThat(en.detail()).isEqualTo("The unit \"FORTNIGHTS\" is not valid. Use WORKING_HOURS, WORKING_DAYS, DAYS or MONTHS.");
    }

    @Test
    void aDueDateBeyondTheSupportedYearsIsRefusedNotFailed() {
        Http.Answer answer = http.get("/api/v1/calendar/due-date?from=2200-12-30T09:00:00%2B07:00&amount=120&unit=MONTHS");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("calendar.out-of-range");
        Http.Answer past = http.get("/api/v1/calendar/due-date?from=1850-01-01T09:00:00%2B07:00&amount=1&unit=DAYS");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.code()).isEqualTo("calendar.out-of-range");
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        Http.Answer docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().path("paths").has("/api/v1/calendar/due-date")).isTrue();
        assertThat(docs.body().path("paths").has("/api/v1/admin/calendar/days")).isTrue();
    }
}
