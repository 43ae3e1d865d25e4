package vn.congso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

import vn.congso.identity.People;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.SampleFiles;
import vn.congso.support.TestAccounts;

/**
 * The officers' pages refuse what the back office refuses: another ward's dossier is a 404 to open and to act on,
 * a receptionist cannot approve, a citizen gets 403, bad input comes back on the page with a 4xx and changes nothing.
 */
@CongsoTest
class OfficerPagesTest {

    static final String PASSWORD = "Congso@2026";
    static final Pattern TASK = Pattern.compile("name=\"task\" value=\"(\\d+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    Http officer(String login) {
        return new Http(port).basic(login, PASSWORD);
    }

    String intake(Http desk, boolean accept) {
        Http.Response r = desk.postJson("/api/v1/officer/intake", Map.of("procedureCode", "1.001193", "channel", "IN_PERSON",
                "commune", "24133", "applicantName", "Phạm Văn Trang", "phone", "0905 123 456", "accept", accept));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    JsonNode detail(Http who, String code) {
        Http.Response r = who.get("/api/v1/officer/dossiers/" + code);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Claims the officer's task through the API and acts on it (to bring a dossier to a step). */
    void claimAndAct(Http who, String code, String action) {
        JsonNode task = detail(who, code).get("myTask");
        long version = task.get("version").asLong();
        if (task.get("assigneeId").isNull()) {
            version = who.postJson("/api/v1/officer/tasks/" + task.get("id").asLong() + "/claim", Map.of("version", version)).json().get("version").asLong();
        }
        Http.Response r = who.postJson("/api/v1/officer/tasks/" + task.get("id").asLong() + "/actions", Map.of("version", version, "action", action));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    static Http.Response form(Http who, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return who.send("POST", path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static String first(Pattern p, Http.Response page) {
        Matcher m = p.matcher(page.body());
        assertThat(m.find()).as("no " + p + " on the page").isTrue();
        return m.group(1);
    }

    /** The dossier page of an officer who has claimed the task (claim through the page). */
    Http.Response claimedPage(Http who, String code) {
        Http.Response page = who.get("/can-bo/ho-so/" + code);
        assertThat(page.status()).isEqualTo(200);
        if (page.body().contains("/nhan\"")) {
            Http.Response claimed = form(who, "/can-bo/ho-so/" + code + "/nhan", Map.of("task", first(TASK, page), "version", first(VERSION, page)));
            assertThat(claimed.status()).as(claimed.toString()).isEqualTo(302);
            page = who.get("/can-bo/ho-so/" + code);
        }
        return page;
    }

    @Test
    void aCitizenGets403AndAnonymousVisitorsAreSentToSignIn() {
        Http citizen = new Http(port);
        assertThat(People.signIn(citizen, "citizen@congso.local", PASSWORD).status()).isEqualTo(302);
        Http.Response page = citizen.get("/can-bo");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Chức năng này dành cho cán bộ, công chức.");
        assertThat(citizen.get("/can-bo/tiep-nhan/moi").status()).isEqualTo(403);
        assertThat(citizen.get("/can-bo/so-theo-doi").status()).isEqualTo(403);
        Http.Response anonymous = new Http(port).get("/can-bo");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).contains("/dang-nhap");
    }

    @Test
    void anOfficerOfAnotherWardNeitherOpensNorActsOnTheDossierPage() {
        Http desk = officer("tiepnhan.bmt");
        String code = intake(desk, false);
        Http.Response mine = desk.get("/can-bo/ho-so/" + code);
        assertThat(mine.status()).isEqualTo(200);
        String task = first(TASK, mine);
        String version = first(VERSION, mine);

        Http other = officer("tiepnhan.tuyhoa");
        assertThat(other.get("/can-bo/ho-so/" + code).status()).isEqualTo(404);
        assertThat(other.get("/can-bo/ho-so/" + code + "/mau-01.pdf").status()).isEqualTo(404);
        assertThat(form(other, "/can-bo/ho-so/" + code + "/nhan", Map.of("task", task, "version", version)).status()).isEqualTo(404);
        assertThat(form(other, "/can-bo/ho-so/" + code + "/thao-tac", Map.of("task", task, "version", version, "action", "ACCEPT")).status())
                .isEqualTo(404);
        // nor through their own dossier page with this dossier's task
        String theirs = intake(other, false);
        Http.Response viaOwnPage = form(other, "/can-bo/ho-so/" + theirs + "/nhan", Map.of("task", task, "version", version));
        assertThat(viaOwnPage.status()).isEqualTo(404);
        Http.Response search = other.get("/can-bo?queue=RECEPTION&q=" + code);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).doesNotContain("/can-bo/ho-so/" + code).contains("Không có hồ sơ nào khớp");

        JsonNode after = detail(desk, code);
        assertThat(after.get("dossier").get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(after.get("myTask").get("assigneeId").isNull()).as("nobody took the task").isTrue();
    }

    @Test
    void aReceptionistCannotApproveThroughThePage() {
        Http desk = officer("tiepnhan.bmt");
        String code = intake(desk, true);
        claimAndAct(desk, code, "FORWARD");
        claimAndAct(officer("congchuc.bmt"), code, "FORWARD");
        JsonNode leaderTask = detail(officer("chutich.bmt"), code).get("myTask");
        String task = leaderTask.get("id").asString();
        String version = leaderTask.get("version").asString();

        TestAccounts.TestAccount clerk = new TestAccounts(jdbc, encoder).officer("Văn thư trang", "000.01.00.H66", "VP", "RECEPTIONIST");
        Http receptionist = new Http(port).basic(clerk.login(), clerk.password());
        Http.Response page = receptionist.get("/can-bo/ho-so/" + code);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("value=\"ISSUE_RESULT\"").doesNotContain("/nhan\"");
        Http.Response claim = form(receptionist, "/can-bo/ho-so/" + code + "/nhan", Map.of("task", task, "version", version));
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.body()).contains("error-summary").contains("Công việc này không thuộc vai trò hoặc đơn vị của Ông/Bà.");
        Http.Response approve = form(receptionist, "/can-bo/ho-so/" + code + "/thao-tac",
                Map.of("task", task, "version", version, "action", "ISSUE_RESULT", "resultCode", "X-1"));
        assertThat(approve.status()).isEqualTo(403);
        assertThat(approve.body()).contains("error-summary");
        assertThat(detail(officer("chutich.bmt"), code).get("dossier").get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void badInputComesBackOnThePageWithA4xxAndChangesNothing() {
        Http desk = officer("tiepnhan.bmt");
        String code = intake(desk, false);
        Http.Response page = claimedPage(desk, code);
        String task = first(TASK, page);
        String version = first(VERSION, page);

        Http.Response noReason = form(desk, "/can-bo/ho-so/" + code + "/thao-tac", Map.of("task", task, "version", version, "action", "REFUSE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("error-summary").contains("Vui lòng nêu lý do.").contains("href=\"#action-REFUSE\"");

        Http.Response stale = form(desk, "/can-bo/ho-so/" + code + "/thao-tac", Map.of("task", task, "version", "0", "action", "ACCEPT"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Hồ sơ vừa được người khác thay đổi");
        assertThat(detail(desk, code).get("dossier").get("status").asString()).isEqualTo("SUBMITTED");

        // to the leader's step, where the apology and extension and the result are
        claimAndAct(desk, code, "ACCEPT");
        claimAndAct(desk, code, "FORWARD");
        claimAndAct(officer("congchuc.bmt"), code, "FORWARD");
        Http leader = officer("chutich.bmt");
        Http.Response leaderPage = claimedPage(leader, code);
        String leaderTask = first(TASK, leaderPage);
        String leaderVersion = first(VERSION, leaderPage);
        JsonNode before = detail(leader, code).get("dossier");

        Http.Response impossible = form(leader, "/can-bo/ho-so/" + code + "/thao-tac", Map.of("task", leaderTask, "version", leaderVersion,
                "action", "EXTEND", "reason", "Cần xác minh", "newDueDate", "2026-02-30"));
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.body()).contains("Ngày không có thật");

        Http.Response exe = leader.multipart("/can-bo/ho-so/" + code + "/thao-tac", "file", "ket-qua.exe", "application/octet-stream",
                new byte[] {'M', 'Z', 1, 2}, Map.of("task", leaderTask, "version", leaderVersion, "action", "ISSUE_RESULT", "resultCode", "KS-1"),
                Map.of());
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.body()).contains("Chỉ nhận tệp PDF, JPG hoặc PNG");

        JsonNode after = detail(leader, code).get("dossier");
        assertThat(after.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(after.get("extensionCount").asInt()).isZero();
        assertThat(after.get("effectiveDueAt").asString()).isEqualTo(before.get("effectiveDueAt").asString());
        assertThat(after.get("files").size()).isEqualTo(before.get("files").size());
    }

    @Test
    void theWorkspaceListsTheQueueSearchesAndPages() {
        Http desk = officer("tiepnhan.bmt");
        String code = intake(desk, false);
        Http.Response reception = desk.get("/can-bo?queue=RECEPTION&q=" + code);
        assertThat(reception.status()).isEqualTo(200);
        assertThat(reception.body()).contains("href=\"/can-bo/ho-so/" + code + "\"").contains("Chờ tiếp nhận").contains("aria-current=\"page\"")
                .containsPattern("<span class=\"count\">\\d+</span>");
        Http.Response none = desk.get("/can-bo?queue=RECEPTION&q=000.99.99.H66-000000-0000");
        assertThat(none.body()).doesNotContain("/can-bo/ho-so/" + code).contains("Không có hồ sơ nào khớp");
        assertThat(desk.get("/can-bo?queue=NOPE").status()).isEqualTo(400);
        Http.Response english = desk.get("/can-bo?queue=RECEPTION&lang=en");
        assertThat(english.body()).contains("Waiting at the desk");
        assertThat(desk.get("/can-bo?queue=AGENCY&page=2").status()).isEqualTo(200);
    }

    @Test
    void stepNamesFollowThePageLanguageWhileTheRecordKeepsTheVietnameseName() {
        Http desk = officer("tiepnhan.bmt");
        String code = intake(desk, true);
        claimAndAct(desk, code, "FORWARD");
        Http specialist = officer("congchuc.bmt");

        Http.Response vi = specialist.get("/can-bo/ho-so/" + code);
        assertThat(vi.status()).isEqualTo(200);
        assertThat(vi.body()).contains("Công chức tư pháp - hộ tịch kiểm tra hồ sơ").contains("Tiếp nhận hồ sơ")
                .doesNotContain("The civil-status officer checks the dossier");
        Http.Response en = specialist.get("/can-bo/ho-so/" + code + "?lang=en");
        // the task and the process picture in English; the hand-over log is the process-control sheet (Form 06), an
        // official record, and keeps the names it was written with
        assertThat(en.body()).contains("<strong>The civil-status officer checks the dossier").contains("Reception of the dossier")
                .doesNotContain("<strong>Công chức tư pháp - hộ tịch kiểm tra hồ sơ");
        assertThat(specialist.get("/can-bo?queue=AGENCY&q=" + code + "&lang=en").body()).contains("The civil-status officer checks the dossier");

        JsonNode english = specialist.language("en").get("/api/v1/officer/dossiers/" + code).json();
        assertThat(english.get("myTask").get("stepName").asString()).startsWith("The civil-status officer checks the dossier");
        assertThat(detail(officer("congchuc.bmt"), code).get("myTask").get("stepName").asString()).startsWith("Công chức tư pháp - hộ tịch");
        assertThat(jdbc.sql("SELECT step_name FROM task WHERE dossier_code = :c AND kind = 'STEP' AND step_id = 'tham-dinh'").param("c", code).query(String.class).single())
                .startsWith("Công chức tư pháp - hộ tịch");
    }

    @Test
    void signedInOfficersPostWithTheCsrfTokenAndWithoutItAreRefused() {
        Http browser = new Http(port);
        assertThat(People.signIn(browser, "tiepnhan.bmt", PASSWORD).status()).isEqualTo(302);
        String code = intake(officer("tiepnhan.bmt"), false);
        Http.Response page = browser.get("/can-bo/ho-so/" + code);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("task", first(TASK, page), "version", first(VERSION, page)));
        assertThat(form(browser, "/can-bo/ho-so/" + code + "/nhan", fields).status()).as("no CSRF token").isEqualTo(403);
        fields.put("_csrf", People.csrf(page));
        Http.Response claimed = form(browser, "/can-bo/ho-so/" + code + "/nhan", fields);
        assertThat(claimed.status()).isEqualTo(302);
        assertThat(claimed.header("Location")).contains("/can-bo/ho-so/" + code);
    }

    @Test
    void walkInIntakeOnThePageReceivesTheDossierWithItsDigitizedFileOrShowsWhatIsMissing() {
        Http desk = officer("tiepnhan.bmt");
        Http.Response start = desk.get("/can-bo/tiep-nhan/moi?thuTuc=1.001193");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Đăng ký khai sinh").contains("name=\"file_TP1\"");
        assertThat(desk.get("/can-bo/tiep-nhan/moi?thuTuc=9.999999").status()).isEqualTo(400);

        Http.Response missing = desk.multipart("/can-bo/tiep-nhan/moi", "file_TP1", "to-khai.pdf", "application/pdf", SampleFiles.pdf("To khai"),
                Map.of("procedureCode", "1.001193", "channel", "IN_PERSON", "commune", "24133"), Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("error-summary").contains("href=\"#applicantName\"");

        Http.Response wrongType = desk.multipart("/can-bo/tiep-nhan/moi", "file_TP1", "to-khai.docx", "application/msword", new byte[] {1, 2, 3},
                Map.of("procedureCode", "1.001193", "channel", "IN_PERSON", "commune", "24133", "applicantName", "Đỗ Thị Loại"), Map.of());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("Chỉ nhận tệp PDF, JPG hoặc PNG");
        assertThat(desk.get("/api/v1/officer/inbox?queue=AGENCY&q=Đỗ Thị Loại".replace(" ", "%20")).json().get("total").asLong()).isZero();

        Http.Response received = desk.multipart("/can-bo/tiep-nhan/moi", "file_TP1", "to-khai.pdf", "application/pdf", SampleFiles.pdf("To khai"),
                Map.of("procedureCode", "1.001193", "channel", "POSTAL", "commune", "24133", "applicantName", "Hồ Văn Bưu Điện",
                        "components", "TP1"), Map.of());
        assertThat(received.status()).as(received.toString()).isEqualTo(302);
        String location = received.header("Location");
        String code = location.substring(location.indexOf("/ho-so/") + 7, location.indexOf('?'));
        Http.Response page = desk.get("/can-bo/ho-so/" + code + "?received");
        assertThat(page.body()).contains("mau-01.pdf").contains("Hồ Văn Bưu Điện").contains("to-khai.pdf");
        JsonNode d = detail(desk, code).get("dossier");
        assertThat(d.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(d.get("channel").asString()).isEqualTo("POSTAL");
        assertThat(d.get("files").get(0).get("kind").asString()).isEqualTo("DIGITIZED");
        assertThat(desk.get("/can-bo/ho-so/" + code + "/mau-01.pdf").contentType()).startsWith("application/pdf");
    }

    @Test
    void theTrackingBookPageExportsPdfAndXlsxAndExplainsBadPeriods() {
        Http desk = officer("tiepnhan.bmt");
        Http.Response page = desk.get("/can-bo/so-theo-doi");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("000.01.01.H66");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Http.Response pdf = desk.get("/can-bo/so-theo-doi?agency=000.01.01.H66&from=" + today + "&to=" + today + "&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        Http.Response xlsx = desk.get("/can-bo/so-theo-doi?agency=000.01.01.H66&from=" + today + "&to=" + today + "&format=xlsx");
        assertThat(xlsx.bytes()[0]).isEqualTo((byte) 'P');
        Http.Response impossible = desk.get("/can-bo/so-theo-doi?agency=000.01.01.H66&from=2026-02-30&to=" + today + "&format=pdf");
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.body()).contains("Ngày không có thật");
        Http.Response otherAgency = desk.get("/can-bo/so-theo-doi?agency=000.02.01.H66&from=" + today + "&to=" + today + "&format=pdf");
        assertThat(otherAgency.status()).isEqualTo(400);
        assertThat(otherAgency.contentType()).startsWith("text/html");
    }
}
