package vn.congso.kpi;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.support.BrowserSupport;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

/** Leaders in a browser: the province's leader changes period and unit and follows a number; a ward chairman on a phone. */
@CongsoTest
class DashboardJourneyTest {

    static BrowserSupport browsers;

    @LocalServerPort
    int port;

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

    void signIn(Page page, String login) {
        page.navigate(url("/dang-nhap"));
        page.getByLabel("Thư điện tử, tên đăng nhập hoặc số định danh cá nhân").fill(login);
        page.getByLabel("Mật khẩu").fill("Congso@2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    }

    static void checked(Page page) {
        assertThat(page.locator("h1")).hasCount(1);
        BrowserSupport.assertAccessible(page);
        BrowserSupport.assertNoHorizontalScroll(page);
    }

    @Test
    void theProvinceLeaderChangesPeriodAndUnitAndFollowsANumberToItsDossiers() {
        // one real dossier in the ward so that there is a number to follow
        Http desk = new Http(port).basic("tiepnhan.bmt", "Congso@2026");
        desk.postJson("/api/v1/officer/intake", Map.of("procedureCode", "1.001193", "channel", "IN_PERSON", "commune", "24133",
                "applicantName", "Đỗ Văn Bảng"));
        try (BrowserContext context = browsers.context(false)) {
            Page page = context.newPage();
            signIn(page, "lanhdao.tinh");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bảng chỉ số")).first().click();
            assertThat(page.locator("h1")).hasText("Bảng chỉ số điều hành");
            assertThat(page.locator("#chart-trend svg")).hasCount(1);
            checked(page);

            page.locator("#f-unit").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Ủy ban nhân dân phường Buôn Ma Thuột"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem số liệu")).click();
            assertThat(page.locator(".lead").first()).containsText("Ủy ban nhân dân phường Buôn Ma Thuột");

            page.getByLabel("Từ ngày").fill("2025-07-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem số liệu")).click();
            assertThat(page.locator(".lead").first()).containsText("01/07/2025");
            checked(page);

            page.locator("a[href*='/lanh-dao/chi-so/766.2.1/ho-so?part=denominator']").first().click();
            assertThat(page.locator("h1")).hasText("Hồ sơ của chỉ số 766.2.1");
            assertThat(page.locator("table.kpi-dossiers tbody tr").first()).isVisible();
            checked(page);
        }
    }

    @Test
    void aWardChairmanOnAPhoneSeesOnlyTheWardAndThePublicPageIsAccessible() {
        new Http(port).basic("tiepnhan.bmt", "Congso@2026").postJson("/api/v1/officer/intake", Map.of("procedureCode", "1.001193",
                "channel", "IN_PERSON", "commune", "24133", "applicantName", "Đỗ Thị Minh Bạch"));
        try (BrowserContext context = browsers.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/minh-bach"));
            assertThat(page.locator("h1")).hasText("Minh bạch kết quả giải quyết hồ sơ");
            checked(page);

            signIn(page, "chutich.bmt");
            page.navigate(url("/lanh-dao/chi-so"));
            assertThat(page.locator("h1")).hasText("Bảng chỉ số điều hành");
            assertThat(page.locator("#f-unit option")).not().hasCount(0);
            assertThat(page.locator("#f-unit")).not().containsText("Tuy Hòa");
            checked(page);
        }
    }
}
