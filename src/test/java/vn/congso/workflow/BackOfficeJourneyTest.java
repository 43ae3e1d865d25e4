package vn.congso.workflow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import vn.congso.calendar.WorkingCalendar;
import vn.congso.support.BrowserSupport;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.SampleFiles;
import vn.congso.shared.Formats;

/**
 * A household business's temporary suspension (1.001570, Phường Buôn Ma Thuột: desk → economic unit specialist →
 * head of unit approves → desk returns) from the citizen's submission to the returned result, every officer step on
 * the officers' pages in Chromium; every officer page visited passes axe-core WCAG 2.1 A/AA; the workspace and the
 * dossier page also on a 390 px phone.
 */
@CongsoTest
class BackOfficeJourneyTest {

    static final String PASSWORD = "Congso@2026";
    static final String PROCEDURE = "1.001570";
    static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @BeforeAll
    static void startBrowser() {
        browsers = BrowserSupport.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browsers != null) {
            browsers.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The demo citizen applies through the API (the citizen's own journey is tested elsewhere). */
    String submittedByTheDemoCitizen() {
        Http citizen = new Http(port).basic("citizen@congso.local", PASSWORD);
        Http.Response draft = citizen.postJson("/api/v1/drafts", Map.of("procedureCode", PROCEDURE, "restart", true));
        assertThat(draft.status()).as(draft.toString()).isIn(200, 201);
        String id = draft.json().get("id").asString();
        Map<String, Object> data = Map.of(
                "business", Map.of("name", "Hộ kinh doanh Cà phê Hồng Nhung", "code", "6000765432", "owner", "Nguyễn Thị Hồng Nhung",
                        "phone", "0905123456"),
                "request", Map.of("action", "SUSPEND", "fromDate", "2027-01-04", "toDate", "2027-03-31", "reason", "Sửa chữa cửa hàng"),
                "declaration", Map.of("accepted", true));
        Http.Response saved = citizen.send("PUT", "/api/v1/drafts/" + id, "application/json",
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(Map.of("data", data)), Map.of());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Http.Response commune = citizen.send("PUT", "/api/v1/drafts/" + id + "/commune", "application/json",
                ("{\"commune\":\"24133\",\"version\":" + saved.json().get("version").asLong() + "}").getBytes(), Map.of());
        assertThat(commune.status()).as(commune.toString()).isEqualTo(200);
        Http.Response file = citizen.multipart("/api/v1/drafts/" + id + "/files?component=TP1", "file", "thong-bao.pdf", "application/pdf",
                SampleFiles.pdf("Thong bao tam ngung kinh doanh"), Map.of(), Map.of());
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        Http.Response submitted = citizen.send("POST", "/api/v1/drafts/" + id + "/submit", "application/json",
                "{\"declared\":true}".getBytes(), Map.of("Idempotency-Key", "journey-" + id));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().get("code").asString();
    }

    JsonNode dossier(String code) {
        Http.Response r = new Http(port).basic("tiepnhan.bmt", PASSWORD).get("/api/v1/officer/dossiers/" + code);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("dossier");
    }

    Page signedIn(BrowserContext context, String login) {
        Page page = context.newPage();
        page.onDialog(d -> d.accept());
        page.navigate(url("/dang-nhap"));
        page.locator("#login").fill(login);
        page.locator("#password").fill(PASSWORD);
        page.locator("main button[type=submit]").first().click();
        page.waitForURL(u -> !u.contains("/dang-nhap"));
        return page;
    }

    /** From the workspace's queue, searched by code, to the dossier's page; both pages checked with axe-core. */
    void openFromQueue(Page page, String queue, String code) {
        page.navigate(url("/can-bo?queue=" + queue));
        BrowserSupport.assertAccessible(page);
        page.getByLabel("Tìm theo mã hồ sơ hoặc tên người nộp").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator(".caption.code")).hasText(code);
        BrowserSupport.assertAccessible(page);
    }

    void claim(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận xử lý")).click();
        assertThat(page.locator(".notice.ok")).containsText("Ông/Bà đã nhận xử lý hồ sơ này.");
        BrowserSupport.assertAccessible(page);
    }

    /** Opens an action's form, lets the caller fill it, sends it (accepting the confirmation) and checks the notice. */
    void act(Page page, String action, java.util.function.Consumer<Locator> fill) {
        Locator form = page.locator("#action-" + action);
        form.locator("summary").click();
        fill.accept(form);
        form.locator("button[type=submit]").click();
        page.waitForURL(u -> u.contains("done=" + action));
        assertThat(page.locator(".notice.ok")).containsText("Đã thực hiện");
        BrowserSupport.assertAccessible(page);
    }

    static String pdfText(APIResponse r) throws Exception {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().get("content-type")).startsWith("application/pdf");
        try (var doc = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void fromSubmissionToReturnedResultOnTheOfficersPages() throws Exception {
        String code = submittedByTheDemoCitizen();
        assertThat(code).startsWith("000.01.01.H66-");

        // the ward centre's desk accepts and forwards
        try (BrowserContext deskContext = browsers.context(false)) {
            Page desk = signedIn(deskContext, "tiepnhan.bmt");
            openFromQueue(desk, "RECEPTION", code);
            claim(desk);
            act(desk, "ACCEPT", f -> { });
            JsonNode accepted = dossier(code);
            assertThat(accepted.get("status").asString()).isEqualTo("RECEIVED");
            String receipt = pdfText(deskContext.request().get(url("/can-bo/ho-so/" + code + "/mau-01.pdf")));
            assertThat(receipt).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(code)
                    .contains(Formats.date(Instant.parse(accepted.get("dueAt").asString())));
            assertThat(desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, PDF)")))
                    .isVisible();
            claim(desk);
            act(desk, "FORWARD", f -> { });
        }

        // the economic unit's specialist asks for a supplement
        Instant dueBefore;
        try (BrowserContext context = browsers.context(false)) {
            Page specialist = signedIn(context, "kinhte.bmt");
            openFromQueue(specialist, "UNIT", code);
            assertThat(specialist.locator(".steps.process li[aria-current=step]")).containsText("(bước hiện tại)");
            claim(specialist);
            act(specialist, "REQUEST_SUPPLEMENT", f -> {
                f.getByLabel("Giấy tờ cần bổ sung").fill("Bản sao Giấy chứng nhận đăng ký hộ kinh doanh");
                f.getByLabel("Lý do yêu cầu bổ sung").fill("Thiếu giấy chứng nhận đăng ký");
            });
            JsonNode waiting = dossier(code);
            assertThat(waiting.get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
            dueBefore = Instant.parse(waiting.get("effectiveDueAt").asString());
            assertThat(pdfText(context.request().get(url("/can-bo/ho-so/" + code + "/mau-02.pdf"))))
                    .contains("Bản sao Giấy chứng nhận đăng ký hộ kinh").contains("Thiếu giấy chứng nhận đăng ký");
        }

        // the request went out a week ago (the platform reads the system clock, so the pause is moved back in the data)
        Instant pausedSince = Instant.now().minus(Duration.ofDays(7));
        assertThat(jdbc.sql("UPDATE dossier SET paused_since = :t WHERE code = :c").param("t", Timestamp.from(pausedSince)).param("c", code)
                .update()).isEqualTo(1);
        pausedSince = jdbc.sql("SELECT paused_since FROM dossier WHERE code = :c").param("c", code).query(Timestamp.class).single().toInstant();

        // the citizen uploads the supplement on their dossier page
        try (BrowserContext context = browsers.context(true)) {
            Page citizen = signedIn(context, "citizen@congso.local");
            citizen.navigate(url("/ho-so/" + code));
            citizen.locator("#supplement-files").setInputFiles(new FilePayload("giay-chung-nhan.pdf", "application/pdf",
                    SampleFiles.pdf("Giay chung nhan dang ky ho kinh doanh")));
            citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi bổ sung")).click();
            citizen.waitForURL(u -> u.contains("supplemented"));
        }

        // processing resumes with the due date shifted by the working time paused
        JsonNode resumed = dossier(code);
        assertThat(resumed.get("status").asString()).isEqualTo("IN_PROGRESS");
        Instant resumedAt = null;
        for (JsonNode h : resumed.get("history")) {
            if ("SUPPLEMENT_REQUESTED".equals(h.get("from").asString()) && "IN_PROGRESS".equals(h.get("to").asString())) {
                resumedAt = Instant.parse(h.get("at").asString());
            }
        }
        assertThat(resumedAt).as("the resumption is in the history").isNotNull();
        Long agency = resumed.get("competentAgencyId").isNull() ? null : resumed.get("competentAgencyId").asLong();
        long pausedMinutes = calendar.workingMinutesBetween(pausedSince, resumedAt, agency);
        assertThat(pausedMinutes).as("a week holds at least three working days").isGreaterThanOrEqualTo(3 * 8 * 60L);
        Instant dueAfter = Instant.parse(resumed.get("effectiveDueAt").asString());
        assertThat(dueAfter).isEqualTo(calendar.shiftForPause(dueBefore, pausedSince, resumedAt, agency));
        assertThat(calendar.workingMinutesBetween(dueBefore, dueAfter, agency)).isEqualTo(pausedMinutes);

        // the specialist sees the new due date and forwards to the head of unit
        try (BrowserContext context = browsers.context(false)) {
            Page specialist = signedIn(context, "kinhte.bmt");
            openFromQueue(specialist, "MINE", code);
            assertThat(specialist.locator("#due-at")).hasText(Formats.dateTime(dueAfter));
            assertThat(specialist.locator("main")).containsText("giay-chung-nhan.pdf");
            act(specialist, "FORWARD", f -> f.getByLabel("Ý kiến xử lý (không bắt buộc)").fill("Đủ điều kiện tạm ngừng kinh doanh"));
        }

        // the head of unit approves and issues the result with its file
        try (BrowserContext context = browsers.context(false)) {
            Page head = signedIn(context, "truongphong.bmt");
            openFromQueue(head, "UNIT", code);
            claim(head);
            act(head, "ISSUE_RESULT", f -> {
                f.getByLabel("Số, ký hiệu văn bản kết quả").fill("TN-" + System.nanoTime());
                f.getByLabel("Tệp kết quả (không bắt buộc)").setInputFiles(new FilePayload("giay-xac-nhan.pdf", "application/pdf",
                        SampleFiles.pdf("Giay xac nhan tam ngung kinh doanh")));
            });
            assertThat(dossier(code).get("status").asString()).isEqualTo("DECIDED");
            assertThat(head.locator("main")).containsText("giay-xac-nhan.pdf");
        }

        // the desk returns the result; every step of the process is done
        try (BrowserContext context = browsers.context(false)) {
            Page desk = signedIn(context, "tiepnhan.bmt");
            openFromQueue(desk, "AGENCY", code);
            claim(desk);
            act(desk, "RETURN_RESULT", f -> f.getByLabel("Ghi chú khi trả kết quả").fill("Trả tại quầy"));
            assertThat(dossier(code).get("status").asString()).isEqualTo("RETURNED");
            Locator steps = desk.locator(".steps.process li");
            assertThat(steps).hasCount(5); // reception and the four steps of the process
            for (int i = 0; i < 5; i++) {
                assertThat(steps.nth(i)).containsText("(đã xong)");
            }
            assertThat(desk.locator("#audit-heading")).isVisible();
            assertThat(pdfText(context.request().get(url("/can-bo/ho-so/" + code + "/mau-06.pdf")))).contains("PHIẾU KIỂM SOÁT");
            desk.navigate(url("/can-bo/so-theo-doi"));
            BrowserSupport.assertAccessible(desk);
            desk.navigate(url("/can-bo/tiep-nhan/moi?thuTuc=1.001193"));
            BrowserSupport.assertAccessible(desk);
        }

        // the citizen sees every step on the tracking page
        JsonNode done = dossier(code);
        try (BrowserContext context = browsers.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/tra-cuu?ma=" + code + "&kiemTra=" + done.get("checkCode").asString()));
            Locator timeline = page.locator("main");
            for (String status : List.of("Mới đăng ký", "Đã tiếp nhận", "Đang xử lý", "Yêu cầu bổ sung giấy tờ", "Đã có kết quả", "Đã trả kết quả")) {
                assertThat(timeline).containsText(status);
            }
        }

        // one pass on a phone: the workspace and the dossier page fit 390 px and stay accessible
        try (BrowserContext phone = browsers.context(true)) {
            Page head = signedIn(phone, "truongphong.bmt");
            head.navigate(url("/can-bo?queue=DONE"));
            BrowserSupport.assertAccessible(head);
            BrowserSupport.assertNoHorizontalScroll(head);
            assertThat(head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code))).isVisible();
            head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
            assertThat(head.locator(".caption.code")).hasText(code);
            BrowserSupport.assertAccessible(head);
            BrowserSupport.assertNoHorizontalScroll(head);
        }
    }
}
