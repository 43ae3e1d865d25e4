package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.identity.People.signIn;
import static vn.congso.identity.People.uniqueEmail;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class PasswordResetTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishedIdentityEvents events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void askingForALinkAnswersTheSameWhetherOrNotTheAddressHasAnAccount() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        Http api = new Http(port);

        Http.Response known = api.postJson("/api/v1/accounts/password-reset", Map.of("email", email.toUpperCase()));
        Http.Response unknown = api.postJson("/api/v1/accounts/password-reset", Map.of("email", uniqueEmail()));
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());
        PasswordResetRequested sent = events.lastReset(email).orElseThrow();
        assertThat(sent.link()).startsWith("http://localhost/dat-lai-mat-khau?token=");
        assertThat(sent.fullName()).isEqualTo("Phạm Thị Thu Hà");

        Http browser = new Http(port);
        Http.Response knownPage = People.submit(browser, "/quen-mat-khau", "/quen-mat-khau", Map.of("email", email));
        Http.Response unknownPage = People.submit(browser, "/quen-mat-khau", "/quen-mat-khau", Map.of("email", uniqueEmail()));
        assertThat(knownPage.header("Location")).endsWith("/quen-mat-khau/da-gui");
        assertThat(unknownPage.header("Location")).endsWith("/quen-mat-khau/da-gui");
        assertThat(browser.get("/quen-mat-khau/da-gui").body()).contains("Nếu địa chỉ này có tài khoản").contains("1 giờ");
        assertThat(events.resets(email)).as("at most one link a minute").hasSize(1);

        Http.Response invalid = api.postJson("/api/v1/accounts/password-reset", Map.of("email", "khong-phai-email"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(RegistrationTest.errors(invalid)).containsExactly(Map.entry("email", "account.email.invalid"));
    }

    @Test
    void aPersonResetsTheirPasswordThroughTheLinkAndSignsInWithTheNewOne() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        Http browser = new Http(port);
        People.submit(browser, "/quen-mat-khau", "/quen-mat-khau", Map.of("email", email));
        String path = PublishedIdentityEvents.pathOf(events.lastReset(email).orElseThrow().link());
        String token = PublishedIdentityEvents.token(path);

        Http.Response form = browser.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<h1>Đặt mật khẩu mới</h1>").contains("autocomplete=\"new-password\"");

        Http.Response weak = People.submit(browser, path, "/dat-lai-mat-khau",
                Map.of("token", token, "password", "matkhaumoi", "passwordConfirmation", "matkhaumoi"));
        assertThat(weak.body()).contains("href=\"#password\"").contains("Mật khẩu phải có cả chữ cái và chữ số");
        Http.Response mismatch = People.submit(browser, path, "/dat-lai-mat-khau",
                Map.of("token", token, "password", "MatkhauMoi99", "passwordConfirmation", "MatkhauMoi98"));
        assertThat(mismatch.body()).contains("href=\"#passwordConfirmation\"");

        Http.Response done = People.submit(browser, path, "/dat-lai-mat-khau",
                Map.of("token", token, "password", "MatkhauMoi99", "passwordConfirmation", "MatkhauMoi99"));
        assertThat(done.header("Location")).endsWith("/dang-nhap?reset");

        assertThat(signIn(new Http(port), email, People.PASSWORD).header("Location")).endsWith("/dang-nhap?error");
        assertThat(signIn(new Http(port), email, "MatkhauMoi99").header("Location")).doesNotContain("error");

        Http.Response reused = new Http(port).get(path);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.body()).contains("Liên kết đã được sử dụng").contains("href=\"/quen-mat-khau\"");
    }

    @Test
    void theApiRefusesAnExpiredUsedOrUnknownTokenWithItsOwnCodeInVietnameseOrEnglish() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        Http api = new Http(port);
        api.postJson("/api/v1/accounts/password-reset", Map.of("email", email));
        String token = PublishedIdentityEvents.token(events.lastReset(email).orElseThrow().link());

        Http.Response weak = api.postJson("/api/v1/accounts/password-reset/confirm", Map.of("token", token, "newPassword", "ngan1"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(RegistrationTest.errors(weak)).containsExactly(Map.entry("newPassword", "account.password.too-short"));

        Http.Response ok = api.postJson("/api/v1/accounts/password-reset/confirm", Map.of("token", token, "newPassword", "MatkhauMoi77"));
        assertThat(ok.status()).as("a refused password leaves the link usable: " + ok).isEqualTo(204);
        assertThat(new Http(port).basic(email, "MatkhauMoi77").get("/api/v1/accounts/me").status()).isEqualTo(200);

        Http.Response used = api.postJson("/api/v1/accounts/password-reset/confirm", Map.of("token", token, "newPassword", "MatkhauMoi88"));
        assertThat(used.status()).isEqualTo(400);
        assertThat(used.json().get("code").asString()).isEqualTo("account.token.used");
        assertThat(used.json().get("detail").asString()).contains("Liên kết đã được sử dụng");

        TokenClock.issuedMinutesAgo(jdbc, email, 2);
        api.postJson("/api/v1/accounts/password-reset", Map.of("email", email));
        String second = PublishedIdentityEvents.token(events.lastReset(email).orElseThrow().link());
        assertThat(second).isNotEqualTo(token);
        TokenClock.expire(jdbc, second);
        Http.Response expired = new Http(port).language("en")
                .postJson("/api/v1/accounts/password-reset/confirm", Map.of("token", second, "newPassword", "MatkhauMoi88"));
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().get("code").asString()).isEqualTo("account.token.expired");
        assertThat(expired.json().get("detail").asString()).isEqualTo("This link has expired. Ask for a new one.");
        Http.Response expiredPage = new Http(port).get("/dat-lai-mat-khau?token=" + second);
        assertThat(expiredPage.body()).contains("Liên kết đã hết hạn");

        Http.Response unknown = api.postJson("/api/v1/accounts/password-reset/confirm", Map.of("token", "abc", "newPassword", "MatkhauMoi88"));
        assertThat(unknown.json().get("code").asString()).isEqualTo("account.token.unknown");
        assertThat(new Http(port).basic(email, "MatkhauMoi77").get("/api/v1/accounts/me").status()).isEqualTo(200);
    }

    @Test
    void aResetLinkLiftsALoginLock() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        for (int i = 0; i < 5; i++) {
            signIn(new Http(port), email, "Sai" + i + "mat-khau");
        }
        assertThat(signIn(new Http(port), email, People.PASSWORD).header("Location")).endsWith("/dang-nhap?error");
        Http api = new Http(port);
        api.postJson("/api/v1/accounts/password-reset", Map.of("email", email));
        String token = PublishedIdentityEvents.token(events.lastReset(email).orElseThrow().link());
        assertThat(api.postJson("/api/v1/accounts/password-reset/confirm", Map.of("token", token, "newPassword", "MatkhauMoi55")).status())
                .isEqualTo(204);
        assertThat(signIn(new Http(port), email, "MatkhauMoi55").header("Location")).doesNotContain("error");
    }
}
