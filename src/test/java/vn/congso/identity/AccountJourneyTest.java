package vn.congso.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.support.BrowserSupport;
import vn.congso.support.CongsoTest;

/**
 * A citizen on a phone opens an account, meets the error summary, confirms the e-mail, signs in and changes their
 * phone number; every page passes axe-core WCAG 2.1 A/AA and fits 390 px.
 */
@CongsoTest
class AccountJourneyTest {

    static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @Autowired
    PublishedIdentityEvents events;

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
    void aCitizenOnAPhoneRegistersConfirmsSignsInAndChangesTheirPhone() {
        String email = People.uniqueEmail();
        String pid = People.uniquePersonalId();
        try (BrowserContext context = browsers.context(true)) {
            Page page = context.newPage();
            page.navigate(url("/dang-ky"));
            checked(page);
            page.getByLabel("Cá nhân (công dân)").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();

            assertThat(page.locator("h1")).hasText("Thông tin cá nhân");
            checked(page);
            page.getByLabel("Họ, chữ đệm và tên").fill("Hoàng Thị Lan");
            page.getByLabel("Số định danh cá nhân").fill("066 190");
            page.getByLabel("Ngày sinh").fill("27/03/1990");
            page.getByLabel("Số điện thoại di động").fill("0912 345 678");
            page.getByLabel("Thư điện tử").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();

            assertThat(page.locator(".error-summary")).containsText("Số định danh cá nhân gồm đúng 12 chữ số");
            assertThat(page.locator("#address-error")).containsText("Nhập địa chỉ");
            checked(page);
            page.locator(".error-summary a[href='#personalId']").click();
            assertThat(page.getByLabel("Số định danh cá nhân")).isFocused();
            page.getByLabel("Số định danh cá nhân").fill(pid.substring(0, 3) + " " + pid.substring(3, 6) + " " + pid.substring(6));
            page.getByLabel("Địa chỉ thường trú hoặc nơi ở hiện tại").fill("Số 7 đường Y Jút, Phường Buôn Ma Thuột");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();

            assertThat(page.locator("h1")).hasText("Kiểm tra thông tin và tạo mật khẩu");
            assertThat(page.locator("dl.summary")).containsText(pid);
            checked(page);
            page.getByLabel("Mật khẩu", new Page.GetByLabelOptions().setExact(true)).fill(People.PASSWORD);
            page.getByLabel("Nhập lại mật khẩu").fill(People.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo tài khoản")).click();

            assertThat(page.locator("h1")).hasText("Đã tạo tài khoản");
            checked(page);

            page.navigate(url("/dang-nhap"));
            signIn(page, email);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vui lòng xác nhận thư điện tử"))).isVisible();
            checked(page);

            page.navigate(PublishedIdentityEvents.pathOf(events.lastVerification(email).orElseThrow().link()).replaceFirst("^", url("")));
            assertThat(page.locator(".notice.ok")).containsText("Đã xác nhận thư điện tử");
            signIn(page, email);

            page.navigate(url("/tai-khoan"));
            assertThat(page.locator("h1")).hasText("Tài khoản của tôi");
            assertThat(page.locator("dl.summary").first()).containsText("Hoàng Thị Lan");
            checked(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thay đổi Số điện thoại di động")).click();
            checked(page);
            page.getByLabel("Số điện thoại di động").fill("0123");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thay đổi")).click();
            assertThat(page.locator(".error-summary")).isVisible();
            checked(page);
            page.getByLabel("Số điện thoại di động").fill("+84 977 000 111");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thay đổi")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu thông tin liên hệ");
            assertThat(page.locator("dl.summary").nth(1)).containsText("0977000111");
            checked(page);
        }
    }

    @Test
    void theForgottenPasswordAndLinkPagesAreAccessibleInEnglish() {
        try (BrowserContext context = browsers.context(false)) {
            Page page = context.newPage();
            page.navigate(url("/quen-mat-khau?lang=en"));
            assertThat(page.locator("h1")).hasText("Forgotten your password?");
            checked(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
            assertThat(page.locator(".error-summary")).containsText("Enter an e-mail address");
            checked(page);
            page.getByLabel("E-mail address").fill(People.uniqueEmail());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
            assertThat(page.locator("h1")).hasText("Check your e-mail");
            checked(page);
            page.navigate(url("/dat-lai-mat-khau?token=nothing"));
            assertThat(page.locator("h1")).hasText("This link is not valid");
            checked(page);
            page.navigate(url("/dang-ky/thong-tin?kind=BUSINESS"));
            assertThat(page.locator("h1")).hasText("Business or organisation details");
            checked(page);
        }
    }

    private void signIn(Page page, String email) {
        page.getByLabel("Thư điện tử, tên đăng nhập hoặc số định danh cá nhân").fill(email);
        page.getByLabel("Mật khẩu").fill(People.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
    }

    private static void checked(Page page) {
        assertThat(page.locator("h1")).hasCount(1);
        BrowserSupport.assertAccessible(page);
        BrowserSupport.assertNoHorizontalScroll(page);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
