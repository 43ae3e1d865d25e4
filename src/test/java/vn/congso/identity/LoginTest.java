package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.identity.People.citizen;
import static vn.congso.identity.People.signIn;
import static vn.congso.identity.People.uniqueEmail;
import static vn.congso.identity.People.uniquePersonalId;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class LoginTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishedIdentityEvents events;

    @Test
    void aNewAccountCannotSignInBeforeItsEmailIsConfirmed() {
        String email = uniqueEmail();
        assertThat(new Http(port).postJson("/api/v1/accounts", citizen(email, uniquePersonalId())).status()).isEqualTo(201);
        Http browser = new Http(port);

        Http.Response rightPassword = signIn(browser, email, People.PASSWORD);
        assertThat(rightPassword.status()).isEqualTo(302);
        assertThat(rightPassword.header("Location")).endsWith("/dang-nhap?unverified");
        assertThat(RegistrationTest.cookies(rightPassword)).noneMatch(c -> c.startsWith("SESSION="));
        Http.Response page = browser.get("/dang-nhap?unverified");
        assertThat(page.body()).contains("Vui lòng xác nhận thư điện tử").contains("href=\"/xac-thuc-email/gui-lai\"");

        Http.Response wrongPassword = signIn(browser, email, "Sai12345678");
        assertThat(wrongPassword.header("Location")).as("a wrong password tells nothing about the account").endsWith("/dang-nhap?error");

        assertThat(new Http(port).basic(email, People.PASSWORD).get("/api/v1/accounts/me").status()).isEqualTo(401);
    }

    @Test
    void followingTheLinkConfirmsTheEmailAndTheAccountSignsIn() {
        String email = uniqueEmail();
        new Http(port).postJson("/api/v1/accounts", citizen(email, uniquePersonalId()));
        String link = events.lastVerification(email).orElseThrow().link();
        Http browser = new Http(port);

        Http.Response confirmed = browser.get(PublishedIdentityEvents.pathOf(link));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.header("Location")).endsWith("/dang-nhap?verified");
        assertThat(browser.get("/dang-nhap?verified").body()).contains("Đã xác nhận thư điện tử");

        Http.Response signedIn = signIn(browser, email, People.PASSWORD);
        assertThat(signedIn.header("Location")).doesNotContain("error").doesNotContain("unverified");
        Http.Response account = browser.get("/tai-khoan");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains("Phạm Thị Thu Hà").contains("Đã xác nhận");

        Http.Response reused = new Http(port).get(PublishedIdentityEvents.pathOf(link));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body()).contains("Liên kết đã được sử dụng").contains("href=\"/xac-thuc-email/gui-lai\"");
    }

    @Test
    void anExpiredOrUnknownConfirmationLinkIsRefusedWithAClearMessage() {
        String email = uniqueEmail();
        new Http(port).postJson("/api/v1/accounts", citizen(email, uniquePersonalId()));
        String link = events.lastVerification(email).orElseThrow().link();
        TokenClock.expire(jdbc, PublishedIdentityEvents.token(link));

        Http.Response expired = new Http(port).get(PublishedIdentityEvents.pathOf(link));
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.body()).contains("Liên kết đã hết hạn");
        assertThat(signIn(new Http(port), email, People.PASSWORD).header("Location")).endsWith("/dang-nhap?unverified");

        Http.Response english = new Http(port).get(PublishedIdentityEvents.pathOf(link) + "&lang=en");
        assertThat(english.body()).contains("This link has expired");

        Http.Response unknown = new Http(port).get("/xac-thuc-email?token=khong-co-that");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Liên kết không hợp lệ");
    }

    @Test
    void aNewConfirmationLinkIsSentAtMostOnceAMinuteAndTheAnswerNeverTellsIfTheAddressExists() {
        String email = uniqueEmail();
        new Http(port).postJson("/api/v1/accounts", citizen(email, uniquePersonalId()));
        Http browser = new Http(port);

        Http.Response known = People.submit(browser, "/xac-thuc-email/gui-lai", "/xac-thuc-email/gui-lai", Map.of("email", email));
        Http.Response unknown = People.submit(browser, "/xac-thuc-email/gui-lai", "/xac-thuc-email/gui-lai",
                Map.of("email", uniqueEmail()));
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.body()).contains("Kiểm tra thư điện tử");
        assertThat(stripCsrf(unknown.body())).isEqualTo(stripCsrf(known.body()));
        assertThat(events.verifications(email)).as("the registration link is less than a minute old").hasSize(1);

        TokenClock.issuedMinutesAgo(jdbc, email, 2);
        People.submit(browser, "/xac-thuc-email/gui-lai", "/xac-thuc-email/gui-lai", Map.of("email", email.toUpperCase()));
        assertThat(events.verifications(email)).hasSize(2);
        Http.Response confirmed = new Http(port).get(PublishedIdentityEvents.pathOf(events.lastVerification(email).orElseThrow().link()));
        assertThat(confirmed.header("Location")).endsWith("/dang-nhap?verified");

        Http.Response invalid = People.submit(browser, "/xac-thuc-email/gui-lai", "/xac-thuc-email/gui-lai", Map.of("email", "khong-phai-email"));
        assertThat(invalid.body()).contains("href=\"#email\"").contains("Nhập thư điện tử đúng dạng");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameMessageAsAWrongPassword() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        Http browser = new Http(port);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(browser, email, "Sai" + i + "mat-khau").header("Location")).endsWith("/dang-nhap?error");
        }
        Http.Response locked = signIn(browser, email, People.PASSWORD);
        assertThat(locked.header("Location")).as("a locked account refuses even the right password").endsWith("/dang-nhap?error");
        String lockedPage = browser.get("/dang-nhap?error").body();
        assertThat(lockedPage).contains("Thông tin đăng nhập hoặc mật khẩu không đúng");
        assertThat(new Http(port).basic(email, People.PASSWORD).get("/api/v1/accounts/me").status()).isEqualTo(401);
    }

    @Test
    void oneClientAddressMayFailThirtyTimesIn15MinutesWhateverTheLogins() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        Map<String, String> from = Map.of("X-Forwarded-For", address);
        Http attacker = new Http(port);
        for (int i = 0; i < 30; i++) {
            assertThat(signIn(attacker, "khong-ton-tai-" + i + "@example.vn", "Sai12345678", from).header("Location"))
                    .endsWith("/dang-nhap?error");
        }
        Http.Response blocked = signIn(new Http(port), email, People.PASSWORD, from);
        assertThat(blocked.header("Location")).as("the address is blocked, with the generic message").endsWith("/dang-nhap?error");

        Http.Response elsewhere = signIn(new Http(port), email, People.PASSWORD, Map.of("X-Forwarded-For", "198.51.100.7"));
        assertThat(elsewhere.header("Location")).doesNotContain("error");
    }

    @Test
    void aCitizenMaySignInWithThePersonalIdTypedWithSpaces() {
        Http.Response r = signIn(new Http(port), "066 085 004 321", "Congso@2026");
        assertThat(r.header("Location")).doesNotContain("error");
    }

    @Test
    void theDemoAccountsAreConfirmedAndSignIn() {
        for (String login : new String[] {"citizen@congso.local", "citizen2@congso.local", "business@congso.local"}) {
            Http.Response me = new Http(port).basic(login, "Congso@2026").get("/api/v1/accounts/me");
            assertThat(me.status()).as(login + ": " + me).isEqualTo(200);
            assertThat(me.json().get("emailVerified").asBoolean()).isTrue();
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static String stripCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }
}
