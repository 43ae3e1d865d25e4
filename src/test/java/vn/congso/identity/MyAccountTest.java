package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.identity.People.signIn;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class MyAccountTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PublishedIdentityEvents events;

    @Test
    void theDemoCitizensAndBusinessSeeTheirOwnDetails() {
        JsonNode nhung = new Http(port).basic("citizen@congso.local", "Congso@2026").get("/api/v1/accounts/me").json();
        assertThat(nhung.get("fullName").asString()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(nhung.get("personalId").asString()).hasSize(12);
        assertThat(nhung.get("dateOfBirth").asString()).startsWith("1990-");
        assertThat(nhung.get("phone").asString()).isEqualTo("0912345678");
        assertThat(nhung.get("address").asString()).contains("Phường Buôn Ma Thuột");

        JsonNode binh = new Http(port).basic("citizen2@congso.local", "Congso@2026").get("/api/v1/accounts/me").json();
        assertThat(binh.get("fullName").asString()).isEqualTo("Trần Văn Bình");

        JsonNode business = new Http(port).basic("business@congso.local", "Congso@2026").get("/api/v1/accounts/me").json();
        assertThat(business.get("kind").asString()).isEqualTo("BUSINESS");
        assertThat(business.get("businessName").asString()).isEqualTo("Công ty TNHH Cà phê Buôn Ma Thuột");
        assertThat(business.get("taxCode").asString()).isEqualTo("6000123456");
        assertThat(business.get("representative").asString()).isEqualTo("Lê Văn Minh");
    }

    @Test
    void aCitizenCanNeitherReadNorChangeAnotherCitizensAccount() {
        String a = People.registeredAndConfirmed(new Http(port), events);
        String b = People.registeredAndConfirmed(new Http(port), events);
        Http citizenA = new Http(port).basic(a, People.PASSWORD);
        Http citizenB = new Http(port).basic(b, People.PASSWORD);
        JsonNode accountA = citizenA.get("/api/v1/accounts/me").json();
        long idA = accountA.get("id").asLong();

        Http.Response other = citizenB.get("/api/v1/accounts/" + idA);
        assertThat(other.status()).isIn(403, 404, 405);
        assertThat(other.body()).doesNotContain(a);

        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("id", idA);
        patch.put("accountId", idA);
        patch.put("phone", "0399 888 777");
        Http.Response changed = patch(citizenB, patch);
        assertThat(changed.status()).as(changed.toString()).isIn(200, 400);
        assertThat(citizenA.get("/api/v1/accounts/me").json().get("phone").asString()).isEqualTo(accountA.get("phone").asString());
        assertThat(patch(citizenB, Map.of("phone", "0399 888 777")).json().get("email").asString()).isEqualTo(b);
        assertThat(citizenA.get("/api/v1/accounts/me").json().get("phone").asString()).isEqualTo("0905111222");
        assertThat(citizenB.get("/api/v1/accounts/me").json().get("phone").asString()).isEqualTo("0399888777");

        assertThat(patch(new Http(port), Map.of("phone", "0399 888 777")).status()).isEqualTo(401);
        assertThat(new Http(port).get("/api/v1/accounts/me").status()).isEqualTo(401);
    }

    @Test
    void contactDetailsChangeButNotThePersonalIdAndBadValuesAreNamed() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        Http me = new Http(port).basic(email, People.PASSWORD);
        String pid = me.get("/api/v1/accounts/me").json().get("personalId").asString();

        Http.Response ok = patch(me, Map.of("phone", "+84 388 123 456", "address", "Thôn 2, xã Ea Kao", "preferredLanguage", "en"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("phone").asString()).isEqualTo("0388123456");
        assertThat(ok.json().get("address").asString()).isEqualTo("Thôn 2, xã Ea Kao");
        assertThat(ok.json().get("preferredLanguage").asString()).isEqualTo("en");

        Http.Response withId = patch(me, Map.of("personalId", "066190999999", "fullName", "Người Khác"));
        assertThat(withId.status()).isIn(200, 400);
        JsonNode after = me.get("/api/v1/accounts/me").json();
        assertThat(after.get("personalId").asString()).isEqualTo(pid);
        assertThat(after.get("fullName").asString()).isEqualTo("Phạm Thị Thu Hà");

        Http.Response bad = new Http(port).basic(email, People.PASSWORD).language("en")
                .send("PATCH", "/api/v1/accounts/me", "application/json",
                        JSON.writeValueAsBytes(Map.of("phone", "12", "address", "", "preferredLanguage", "fr", "communeId", 999999)), Map.of());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(RegistrationTest.errors(bad)).containsExactly(
                Map.entry("phone", "account.phone.invalid"),
                Map.entry("address", "account.address.required"),
                Map.entry("communeId", "account.commune.invalid"),
                Map.entry("preferredLanguage", "account.language.invalid"));
        assertThat(RegistrationTest.messages(bad).get("address")).isEqualTo("Enter an address.");
    }

    @Test
    void aNewEmailBecomesTheLoginOnlyWhenItsOwnerFollowsTheLink() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        String newEmail = People.uniqueEmail();
        Http me = new Http(port).basic(email, People.PASSWORD);

        Http.Response pending = patch(me, Map.of("email", newEmail.toUpperCase()));
        assertThat(pending.json().get("email").asString()).isEqualTo(email);
        assertThat(pending.json().get("pendingEmail").asString()).isEqualTo(newEmail);
        String link = events.lastVerification(newEmail).orElseThrow().link();
        assertThat(new Http(port).basic(newEmail, People.PASSWORD).get("/api/v1/accounts/me").status()).isEqualTo(401);

        String taken = People.registeredAndConfirmed(new Http(port), events);
        assertThat(RegistrationTest.errors(patch(me, Map.of("email", taken)))).containsExactly(Map.entry("email", "account.email.taken"));

        Http.Response followed = new Http(port).get(PublishedIdentityEvents.pathOf(link));
        assertThat(followed.header("Location")).endsWith("/dang-nhap?emailChanged");
        JsonNode changed = new Http(port).basic(newEmail, People.PASSWORD).get("/api/v1/accounts/me").json();
        assertThat(changed.get("email").asString()).isEqualTo(newEmail);
        assertThat(changed.get("emailVerified").asBoolean()).isTrue();
        assertThat(changed.get("pendingEmail").isNull()).isTrue();
        assertThat(new Http(port).basic(email, People.PASSWORD).get("/api/v1/accounts/me").status()).isEqualTo(401);
    }

    @Test
    void thePasswordChangesOnlyWithTheCurrentOne() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        Http me = new Http(port).basic(email, People.PASSWORD);
        Http.Response wrong = me.postJson("/api/v1/accounts/me/password", Map.of("currentPassword", "Sai12345", "newPassword", "MatkhauMoi66"));
        assertThat(RegistrationTest.errors(wrong)).containsExactly(Map.entry("currentPassword", "account.currentPassword.wrong"));
        assertThat(me.postJson("/api/v1/accounts/me/password", Map.of("currentPassword", People.PASSWORD, "newPassword", "MatkhauMoi66"))
                .status()).isEqualTo(204);
        assertThat(new Http(port).basic(email, "MatkhauMoi66").get("/api/v1/accounts/me").status()).isEqualTo(200);
    }

    @Test
    void myAccountPagesShowAndChangeTheSignedInPersonsDetails() {
        String email = People.registeredAndConfirmed(new Http(port), events);
        Http browser = new Http(port);
        assertThat(browser.get("/tai-khoan").status()).as("anonymous visitors are sent to the login page").isEqualTo(302);
        signIn(browser, email, People.PASSWORD);

        Http.Response page = browser.get("/tai-khoan");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Tài khoản của tôi</h1>").contains("Phạm Thị Thu Hà").contains("27/03/1990")
                .contains("0905111222").contains("href=\"/tai-khoan/lien-he\"").contains("href=\"/tai-khoan/mat-khau\"");

        Http.Response form = browser.get("/tai-khoan/lien-he");
        assertThat(form.body()).contains("value=\"0905111222\"").contains("autocomplete=\"street-address\"");
        Http.Response invalid = People.submit(browser, "/tai-khoan/lien-he", "/tai-khoan/lien-he",
                Map.of("phone", "0123", "email", email, "address", "Thôn 4", "communeId", "", "preferredLanguage", "vi"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("class=\"error-summary\"").contains("href=\"#phone\"").contains("id=\"phone-error\"")
                .contains("value=\"0123\"");

        Http.Response saved = People.submit(browser, "/tai-khoan/lien-he", "/tai-khoan/lien-he",
                Map.of("phone", "0977 000 111", "email", email, "address", "Thôn 4, xã Cư M'gar", "communeId", "", "preferredLanguage", "en"));
        assertThat(saved.header("Location")).endsWith("/tai-khoan?saved");
        assertThat(browser.get("/tai-khoan?saved").body()).contains("Đã lưu thông tin liên hệ").contains("0977000111")
                .contains("Thôn 4, xã Cư M&#39;gar").contains("English");

        Http.Response weak = People.submit(browser, "/tai-khoan/mat-khau", "/tai-khoan/mat-khau",
                Map.of("currentPassword", People.PASSWORD, "newPassword", "ngan", "passwordConfirmation", "ngan"));
        assertThat(weak.body()).contains("href=\"#newPassword\"");
        Http.Response changed = People.submit(browser, "/tai-khoan/mat-khau", "/tai-khoan/mat-khau",
                Map.of("currentPassword", People.PASSWORD, "newPassword", "MatkhauMoi44", "passwordConfirmation", "MatkhauMoi44"));
        assertThat(changed.header("Location")).endsWith("/tai-khoan?passwordChanged");
        assertThat(signIn(new Http(port), email, "MatkhauMoi44").header("Location")).doesNotContain("error");
    }

    private Http.Response patch(Http client, Map<String, ?> body) {
        return client.send("PATCH", "/api/v1/accounts/me", "application/json",
                JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
