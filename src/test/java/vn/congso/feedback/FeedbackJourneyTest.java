package vn.congso.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.dossier.DossierView;
import vn.congso.support.BrowserSupport;
import vn.congso.support.CongsoTest;

/**
 * The journeys in a real browser: a citizen on a phone rates a returned dossier from the e-mail link and files
 * feedback about a procedure (meeting the error summary), an officer answers and publishes it from the queue, a reader
 * finds it in the public list and finds it helpful, and an officer records a rating on the counter tablet. Every page
 * passes axe-core WCAG 2.1 A/AA; citizen pages fit 390 px.
 */
@CongsoTest
class FeedbackJourneyTest {

    static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @Autowired
    FeedbackFixtures fixtures;

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

    @Test
    void aCitizenOnAPhoneRatesTheReturnedDossierFromTheEmailLink() {
        DossierView d = fixtures.returned(null);
        try (BrowserContext context = browsers.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/danh-gia/" + d.code() + "?kiemTra=" + d.checkCode()));
            assertThat(page.locator("h1")).hasText("Đánh giá mức độ hài lòng");
            phoneChecked(page);

            button(page, "Gửi đánh giá").click();
            assertThat(page.locator(".error-summary")).containsText("Vui lòng chọn một mức độ hài lòng");
            phoneChecked(page);

            page.getByLabel("Chấp nhận được").check();
            page.getByLabel("Ý kiến thêm (không bắt buộc)").fill("Thời gian chờ tại quầy hơi lâu.");
            button(page, "Gửi đánh giá").click();
            assertThat(page.locator("h1")).hasText("Cảm ơn Ông/Bà đã đánh giá");
            phoneChecked(page);

            page.navigate(url("/danh-gia/" + d.code() + "?kiemTra=" + d.checkCode()));
            assertThat(page.locator(".notice.ok")).containsText("Hồ sơ đã được đánh giá");
        }
    }

    @Test
    void feedbackFiledOnAPhoneIsAnsweredByTheAgencyPublishedAndFoundHelpful() {
        String procedure = fixtures.justiceProcedure();
        String title = "Phản ánh thử nghiệm " + System.nanoTime();
        String code;
        try (BrowserContext context = browsers.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/thu-tuc/" + procedure));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phản ánh, kiến nghị về thủ tục này")).click();
            assertThat(page.locator("h1")).hasText("Gửi phản ánh, kiến nghị");
            phoneChecked(page);

            page.getByLabel("Tiêu đề").fill("<b>ngắn</b>");
            button(page, "Gửi phản ánh").click();
            assertThat(page.locator(".error-summary")).containsText("Vui lòng nhập thư điện tử hoặc số điện thoại");
            assertThat(page.locator("#details-error")).containsText("Vui lòng nhập thông tin này");
            phoneChecked(page);

            page.getByLabel("Họ, chữ đệm và tên").fill("Lê Thị Mai");
            page.getByLabel("Số điện thoại").fill("0912 345 678");
            page.getByLabel("Tiêu đề").fill(title);
            page.getByLabel("Nội dung").fill("Cán bộ yêu cầu nộp thêm giấy tờ không có trong danh mục.\nĐề nghị xem xét.");
            button(page, "Gửi phản ánh").click();
            assertThat(page.locator("h1")).hasText("Đã gửi phản ánh, kiến nghị");
            code = page.locator(".panel-confirm .code").textContent().strip();
            phoneChecked(page);
        }

        try (BrowserContext context = browsers.context(false)) {
            Page page = context.newPage();
            signIn(page, "chuyenvien.stp");
            page.navigate(url("/can-bo/phan-anh"));
            assertThat(page.locator("h1")).hasText("Xử lý phản ánh, kiến nghị");
            assertThat(page.locator("table")).containsText(code);
            assertThat(page.locator("table")).containsText("Còn hạn");
            checked(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(code)).click();
            assertThat(page.locator("h1")).hasText(title);
            checked(page);
            button(page, "Trả lời").click();
            assertThat(page.locator(".error-summary")).containsText("Vui lòng nhập thông tin này");
            checked(page);
            page.getByLabel("Nội dung trả lời").fill("Sở Tư pháp đã chấn chỉnh việc yêu cầu thêm giấy tờ.");
            button(page, "Trả lời").click();
            assertThat(page.locator(".notice.ok")).containsText("Đã trả lời");
            assertThat(page.locator("table")).containsText("Đúng hạn");
            button(page, "Công khai câu trả lời").click();
            assertThat(page.locator(".notice.ok")).containsText("Đã công khai");
            checked(page);
        }

        try (BrowserContext context = browsers.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phản ánh, kiến nghị")).click();
            assertThat(page.locator("h1")).hasText("Phản ánh, kiến nghị");
            page.getByLabel("Tìm trong câu trả lời đã công khai").fill(title);
            button(page, "Tìm").click();
            assertThat(page.locator(".result-count")).hasText("1 câu trả lời");
            phoneChecked(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(page.locator(".card")).containsText("Sở Tư pháp đã chấn chỉnh");
            phoneChecked(page);
            button(page, "Hữu ích").click();
            assertThat(page.locator("#reactions .notice.ok")).containsText("Cảm ơn");
            assertThat(page.locator("#reactions")).containsText("1 hữu ích");
            assertThat(page.locator("#reactions")).containsText("Ông/Bà đã chọn: Hữu ích");
            phoneChecked(page);
        }
    }

    @Test
    void anOfficerRecordsARatingOnTheCounterTablet() {
        DossierView d = fixtures.returned(null);
        try (BrowserContext context = browsers.context(false)) {
            Page page = context.newPage();
            signIn(page, "tiepnhan.bmt");
            page.navigate(url("/can-bo/danh-gia"));
            assertThat(page.locator("h1")).hasText("Đánh giá mức độ hài lòng tại quầy");
            checked(page);
            page.getByLabel("Mã hồ sơ").fill(d.code());
            button(page, "Mở hồ sơ để đánh giá").click();
            assertThat(page.locator(".kiosk-buttons button")).hasCount(3);
            checked(page);
            button(page, "Hài lòng").click();
            assertThat(page.locator(".kiosk-thanks")).hasText("Cảm ơn Ông/Bà đã đánh giá!");
            checked(page);
        }
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signIn(Page page, String login) {
        page.navigate(url("/dang-nhap"));
        page.getByLabel("Thư điện tử, tên đăng nhập hoặc số định danh cá nhân").fill(login);
        page.getByLabel("Mật khẩu").fill(FeedbackFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL(u -> !u.contains("/dang-nhap"));
    }

    private static void checked(Page page) {
        assertThat(page.locator("h1")).hasCount(1);
        BrowserSupport.assertAccessible(page);
    }

    private static void phoneChecked(Page page) {
        checked(page);
        BrowserSupport.assertNoHorizontalScroll(page);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
