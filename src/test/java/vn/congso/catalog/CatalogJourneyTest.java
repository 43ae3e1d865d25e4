package vn.congso.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.support.BrowserSupport;
import vn.congso.support.CongsoTest;

/** A citizen on a phone finds a procedure without typing diacritics and reads its start page. */
@CongsoTest
class CatalogJourneyTest {

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

    @Test
    void aCitizenSearchesWithoutDiacriticsAndOpensTheProcedure() {
        try (BrowserContext context = browsers.context(true)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            BrowserSupport.assertAccessible(page);
            BrowserSupport.assertNoHorizontalScroll(page);

            page.getByLabel("Tìm thủ tục hành chính").fill("giay phep xay dung");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm kiếm")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thủ tục hành chính").setLevel(1))).isVisible();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("thủ tục");
            BrowserSupport.assertAccessible(page);
            BrowserSupport.assertNoHorizontalScroll(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Cấp giấy phép xây dựng"))).first().click();

            assertThat(page.locator("h1")).containsText("Cấp giấy phép xây dựng");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Giấy tờ cần chuẩn bị"))).isVisible();
            assertThat(page.getByText("Thời hạn giải quyết")).isVisible();
            BrowserSupport.assertAccessible(page);
            BrowserSupport.assertNoHorizontalScroll(page);
        }
    }

    @Test
    void theProcedurePageIsAvailableInEnglish() {
        try (BrowserContext context = browsers.context(false)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/thu-tuc/1.001193");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByText("What you need")).isVisible();
            BrowserSupport.assertAccessible(page);
            page.navigate("http://localhost:" + port + "/thu-tuc?q=khai+sinh");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
    }
}
