package vn.congso.dossier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.congso.support.BrowserSupport;
import vn.congso.support.CongsoTest;
import vn.congso.support.SampleFiles;
import vn.congso.support.TestAccounts;

/**
 * A citizen applies online for a birth registration (1.001193) in a real browser, on a laptop and on a phone: finds
 * the procedure by typing without diacritics, starts, meets the error summary, answers the question pages (leaving
 * the optional father page blank), uploads a PDF (after a program renamed .pdf is refused), signs out half-way,
 * signs in again and is offered to resume at the same page, checks the answers, declares, submits, downloads the
 * receipt (a PDF with the dossier code) and tracks the dossier (status 1 only with the right check value). Every
 * page, error states included, passes axe-core WCAG 2.1 A/AA; on the phone none scrolls sideways.
 */
@CongsoTest
class ApplicationJourneyTest {

    /** The start of a Windows program (MZ header), named .pdf by the person uploading it. */
    static final byte[] PROGRAM = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    static BrowserSupport browsers;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    static void startBrowser() {
        browsers = BrowserSupport.start();
        // the machine running the build may be busy: give pages time rather than fail on slowness
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @ParameterizedTest(name = "phone = {0}")
    @ValueSource(booleans = {false, true})
    void aCitizenAppliesForABirthRegistrationOnlineAndTracksIt(boolean phone) throws Exception {
        TestAccounts.TestAccount me = new TestAccounts(jdbc, encoder).citizen("Phạm Thị Mai");
        try (BrowserContext context = browsers.context(phone)) {
            Page page = context.newPage();
            page.navigate(url("/"));
            checked(page, phone);
            page.locator("#q").fill("dang ky khai sinh");
            page.locator("form[role=search] button[type=submit]").click();
            checked(page, phone);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng ký khai sinh").setExact(true)).click();
            assertThat(page).hasURL(Pattern.compile(".*/thu-tuc/1\\.001193$"));
            assertThat(page.locator("h1")).hasText("Đăng ký khai sinh");
            checked(page, phone);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu")).click();
            assertThat(page).hasURL(Pattern.compile(".*/dang-nhap.*"));
            checked(page, phone);
            signIn(page, me);

            // where: the commune whose centre receives the dossier
            assertThat(page).hasURL(Pattern.compile(".*/ho-so/nhap/[^/]+/noi-nop$"));
            String draftUrl = page.url().replaceFirst("/noi-nop$", "");
            checked(page, phone);
            continueButton(page).click();
            assertThat(page.locator(".error-summary")).isVisible();
            checked(page, phone);
            page.locator("#commune").selectOption(new SelectOption().setValue("24133"));
            continueButton(page).click();

            // the child: an empty required field gives the error summary, linked to the field
            assertThat(page).hasURL(Pattern.compile(".*/child$"));
            checked(page, phone);
            continueButton(page).click();
            assertThat(page.locator(".error-summary")).containsText("Vui lòng nhập Họ, chữ đệm và tên của trẻ");
            assertThat(page.locator("#f-child-fullName-error")).isVisible();
            checked(page, phone);
            page.locator(".error-summary a[href='#f-child-fullName']").click();
            assertThat(page.locator("#f-child-fullName")).isFocused();
            page.locator("#f-child-fullName").fill("Phạm Minh Khôi");
            page.locator("#f-child-dateOfBirth").fill("2026-11-20");
            page.locator("#f-child-sex-0").check();
            page.locator("#f-child-placeOfBirth").fill("Bệnh viện Đa khoa vùng Tây Nguyên");
            page.locator("#f-child-ethnicity").fill("Kinh");
            page.locator("#f-child-nationality").fill("Việt Nam");
            continueButton(page).click();

            assertThat(page).hasURL(Pattern.compile(".*/mother$"));
            checked(page, phone);
            page.locator("#f-mother-fullName").fill("Phạm Thị Mai");
            page.locator("#f-mother-dateOfBirth").fill("1995-04-12");
            page.locator("#f-mother-ethnicity").fill("Kinh");
            page.locator("#f-mother-nationality").fill("Việt Nam");
            page.locator("#f-mother-personalId").fill("066 195 004 321");
            page.locator("#f-mother-residence-street").fill("12 Lê Duẩn");
            page.locator("#f-mother-residence-commune").selectOption(new SelectOption().setValue("24133"));
            continueButton(page).click();

            // the father is optional: the page left blank is accepted
            assertThat(page).hasURL(Pattern.compile(".*/father$"));
            checked(page, phone);
            continueButton(page).click();

            assertThat(page).hasURL(Pattern.compile(".*/requester$"));
            checked(page, phone);
            assertThat(page.locator("#f-requester-fullName")).hasValue("Phạm Thị Mai");
            page.locator("#f-requester-personalId").fill("066195004321");
            page.locator("#f-requester-phone").fill("0912 345 678");
            page.locator("#f-requester-relationship-0").check();
            continueButton(page).click();

            assertThat(page).hasURL(Pattern.compile(".*/result$"));
            checked(page, phone);
            page.locator("#f-delivery-copies").fill("1");
            page.locator("#f-delivery-method-1").check();
            page.locator("#f-declaration-truthful").check();
            continueButton(page).click();

            // documents: a program renamed .pdf is refused with a reason; a real PDF is kept
            assertThat(page).hasURL(Pattern.compile(".*/giay-to$"));
            checked(page, phone);
            continueButton(page).click();
            assertThat(page.locator(".error-summary")).isVisible();
            checked(page, phone);
            page.locator("#file-TP1").setInputFiles(new FilePayload("giay-chung-sinh.pdf", "application/pdf", PROGRAM));
            page.locator("form[action$='/giay-to/TP1'] button[type=submit]").click();
            assertThat(page.locator(".error-summary")).containsText("giay-chung-sinh.pdf");
            checked(page, phone);
            page.locator("#file-TP1").setInputFiles(new FilePayload("to-khai.pdf", "application/pdf", SampleFiles.pdf("To khai khai sinh")));
            page.locator("form[action$='/giay-to/TP1'] button[type=submit]").click();
            assertThat(page.locator("#component-TP1")).containsText("to-khai.pdf");
            checked(page, phone);

            // sign out half-way, sign in again: starting again offers the draft, which resumes at the same page
            page.locator("form[action$='/dang-xuat']").first().evaluate("f => f.submit()");
            page.waitForURL(u -> !u.contains("/giay-to"));
            page.navigate(draftUrl + "/giay-to");
            assertThat(page).hasURL(Pattern.compile(".*/dang-nhap.*"));
            page.navigate(url("/dang-nhap"));
            signIn(page, me);
            page.navigate(url("/ho-so"));
            assertThat(page.locator("h1")).hasText("Hồ sơ của tôi");
            assertThat(page.locator("main")).containsText("Đăng ký khai sinh");
            checked(page, phone);
            page.navigate(url("/thu-tuc/1.001193"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bắt đầu")).click();
            assertThat(page.locator("h1")).hasText("Ông/Bà đã có hồ sơ đang khai dở");
            checked(page, phone);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục hồ sơ đang khai")).click();
            assertThat(page).hasURL(draftUrl + "/giay-to");
            assertThat(page.locator("#component-TP1")).containsText("to-khai.pdf");
            page.locator("#file-TP2").setInputFiles(new FilePayload("giay-chung-sinh.pdf", "application/pdf", SampleFiles.pdf("Giay chung sinh")));
            page.locator("form[action$='/giay-to/TP2'] button[type=submit]").click();
            assertThat(page.locator("#component-TP2")).containsText("giay-chung-sinh.pdf");
            continueButton(page).click();

            assertThat(page.locator("h1")).hasText("Kiểm tra thông tin trước khi nộp");
            assertThat(page.locator("main")).containsText("Phạm Minh Khôi");
            assertThat(page.locator("main")).containsText("to-khai.pdf");
            checked(page, phone);
            continueButton(page).click();

            assertThat(page).hasURL(Pattern.compile(".*/cam-ket$"));
            checked(page, phone);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
            assertThat(page.locator(".error-summary")).isVisible();
            checked(page, phone);
            page.locator("#declared").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();

            assertThat(page.locator("h1")).hasText("Đã nộp hồ sơ");
            checked(page, phone);
            String code = page.url().replaceFirst(".*/ho-so/([^/]+)/da-nop$", "$1");
            assertThat(code).matches("[0-9A-Z.]+-\\d{6}-\\d{4}");
            assertThat(page.locator("main")).containsText(code);

            String receiptHref = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tải xuống biên nhận (PDF)")).getAttribute("href");
            APIResponse receipt = page.request().get(url(receiptHref));
            assertThat(receipt.status()).isEqualTo(200);
            assertThat(receipt.headers().get("content-type")).startsWith("application/pdf");
            try (var pdf = Loader.loadPDF(receipt.body())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains(code);
            }
            String trackHref = page.locator("main a[href*='kiemTra=']").getAttribute("href");
            String check = trackHref.replaceFirst(".*kiemTra=([^&]+).*", "$1");

            page.navigate(url("/ho-so/" + code));
            checked(page, phone);

            // public tracking: refused without the check value or with a wrong one, status 1 with it
            try (BrowserContext anonymous = browsers.context(phone)) {
                Page tracking = anonymous.newPage();
                tracking.navigate(url("/tra-cuu"));
                checked(tracking, phone);
                tracking.locator("#ma").fill(code);
                tracking.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
                assertThat(tracking.locator(".error-summary")).isVisible();
                assertThat(tracking.locator("#result-heading")).hasCount(0);
                checked(tracking, phone);
                tracking.locator("#kiemTra").fill("SAIMA1");
                tracking.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
                assertThat(tracking.locator(".error-summary")).isVisible();
                assertThat(tracking.locator("#result-heading")).hasCount(0);
                tracking.locator("#kiemTra").fill(check);
                tracking.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
                assertThat(tracking.locator("#result-heading")).isVisible();
                assertThat(tracking.locator("main")).containsText("Mới đăng ký");
                assertThat(tracking.locator("main")).containsText("Mã trạng thái DVCQG 1)");
                assertThat(tracking.locator("main")).not().containsText("Phạm Thị Mai");
                checked(tracking, phone);
            }
        }
    }

    private static com.microsoft.playwright.Locator continueButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục").setExact(true));
    }

    private static void signIn(Page page, TestAccounts.TestAccount who) {
        page.getByLabel("Thư điện tử, tên đăng nhập hoặc số định danh cá nhân").fill(who.login());
        page.getByLabel("Mật khẩu").fill(who.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL(u -> !u.contains("/dang-nhap"));
    }

    private static void checked(Page page, boolean phone) {
        assertThat(page.locator("h1")).hasCount(1);
        BrowserSupport.assertAccessible(page);
        if (phone) {
            BrowserSupport.assertNoHorizontalScroll(page);
        }
    }

    private String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }
}
