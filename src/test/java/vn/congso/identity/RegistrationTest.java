package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.identity.People.citizen;
import static vn.congso.identity.People.uniqueEmail;
import static vn.congso.identity.People.uniquePersonalId;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class RegistrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishedIdentityEvents events;

    @Test
    void aCitizenRegistersWithThePersonalIdStoredAsTwelveDigitsAndTheNameInNfc() {
        String pid = uniquePersonalId();
        String typedPid = toFullWidth(pid.substring(0, 3)) + " " + pid.substring(3, 6) + "." + toFullWidth(pid.substring(6));
        String email = uniqueEmail();
        Map<String, Object> body = citizen(email.toUpperCase(), typedPid);
        body.put("fullName", Normalizer.normalize("  Nguyễn   Thị Hồng Nhung ", Normalizer.Form.NFD));
        body.put("phone", "+84 912 345 678");

        Http.Response r = new Http(port).postJson("/api/v1/accounts", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/accounts/me");
        JsonNode a = r.json();
        assertThat(a.get("personalId").asString()).isEqualTo(pid);
        assertThat(a.get("fullName").asString()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(Normalizer.isNormalized(a.get("fullName").asString(), Normalizer.Form.NFC)).isTrue();
        assertThat(a.get("email").asString()).isEqualTo(email);
        assertThat(a.get("phone").asString()).isEqualTo("0912345678");
        assertThat(a.get("dateOfBirth").asString()).isEqualTo("1990-03-27");
        assertThat(a.get("kind").asString()).isEqualTo("CITIZEN");
        assertThat(a.get("emailVerified").asBoolean()).isFalse();
        assertThat(a.get("preferredLanguage").asString()).isEqualTo("vi");
        assertThat(a.has("password")).isFalse();
        assertThat(r.body()).doesNotContain("Matkhau2026").doesNotContain("argon");

        EmailVerificationRequested sent = events.lastVerification(email).orElseThrow();
        assertThat(sent.accountId()).isEqualTo(a.get("id").asLong());
        assertThat(sent.fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(sent.language()).isEqualTo("vi");
        assertThat(sent.link()).startsWith("http://localhost/xac-thuc-email?token=");
        assertThat(PublishedIdentityEvents.token(sent.link())).hasSize(43);
    }

    @Test
    void theLanguageOfTheRegistrationBecomesThePreferredLanguage() {
        String email = uniqueEmail();
        Http.Response r = new Http(port).language("en").postJson("/api/v1/accounts", citizen(email, uniquePersonalId()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("preferredLanguage").asString()).isEqualTo("en");
        assertThat(events.lastVerification(email).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void aSecondAccountWithTheSameEmailOrPersonalIdIsRefused() {
        Http api = new Http(port);
        String email = uniqueEmail();
        String pid = uniquePersonalId();
        assertThat(api.postJson("/api/v1/accounts", citizen(email, pid)).status()).isEqualTo(201);

        Http.Response sameEmail = api.postJson("/api/v1/accounts", citizen(email.toUpperCase(), uniquePersonalId()));
        assertThat(sameEmail.status()).as(sameEmail.toString()).isEqualTo(409);
        assertThat(sameEmail.json().get("code").asString()).isEqualTo("account.exists");
        assertThat(errors(sameEmail)).containsExactly(Map.entry("email", "account.email.taken"));

        Http.Response samePid = api.postJson("/api/v1/accounts", citizen(uniqueEmail(), pid.substring(0, 6) + " " + pid.substring(6)));
        assertThat(samePid.status()).as(samePid.toString()).isEqualTo(409);
        assertThat(errors(samePid)).containsExactly(Map.entry("personalId", "account.personalId.taken"));
        assertThat(samePid.json().get("errors").get(0).get("message").asString()).contains("đã có tài khoản");
    }

    @Test
    void everyInvalidFieldIsListedWithItsCodeAndAVietnameseMessage() {
        Http.Response r = new Http(port).postJson("/api/v1/accounts", invalidCitizen());

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("code").asString()).isEqualTo("validation.failed");
        assertThat(errors(r)).containsExactly(
                Map.entry("fullName", "account.name.invalid"),
                Map.entry("personalId", "account.personalId.invalid"),
                Map.entry("dateOfBirth", "account.dateOfBirth.invalid"),
                Map.entry("phone", "account.phone.invalid"),
                Map.entry("email", "account.email.invalid"),
                Map.entry("address", "account.address.required"),
                Map.entry("password", "account.password.too-short"));
        Map<String, String> messages = messages(r);
        assertThat(messages.get("personalId")).isEqualTo("Số định danh cá nhân gồm đúng 12 chữ số, ví dụ 066190012345.");
        assertThat(messages.get("dateOfBirth")).contains("ngày/tháng/năm");
        assertThat(messages.get("phone")).contains("số di động Việt Nam");
        assertThat(messages.get("password")).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");
        assertThat(r.json().get("detail").asString()).contains("chưa hợp lệ");
    }

    @Test
    void everyInvalidFieldHasAnEnglishMessageWithAcceptLanguageEn() {
        Http.Response r = new Http(port).language("en").postJson("/api/v1/accounts", invalidCitizen());

        assertThat(r.status()).isEqualTo(400);
        assertThat(errors(r)).hasSize(7);
        Map<String, String> messages = messages(r);
        assertThat(messages.get("fullName")).isEqualTo("A name can only contain letters (with diacritics), spaces, apostrophes and hyphens.");
        assertThat(messages.get("personalId")).isEqualTo("The personal identification number has exactly 12 digits, for example 066190012345.");
        assertThat(messages.get("dateOfBirth")).contains("real date");
        assertThat(messages.get("phone")).contains("Vietnamese mobile number");
        assertThat(messages.get("email")).contains("right format");
        assertThat(messages.get("address")).isEqualTo("Enter an address.");
        assertThat(messages.get("password")).isEqualTo("The password must be at least 8 characters long.");
        assertThat(r.json().get("detail").asString()).contains("not valid");
    }

    @Test
    void missingFieldsAndImplausibleDatesAreNamedOneByOne() {
        Http api = new Http(port);
        Map<String, Object> empty = new HashMap<>(Map.of("kind", "CITIZEN"));
        assertThat(errors(api.postJson("/api/v1/accounts", empty))).containsExactly(
                Map.entry("fullName", "account.fullName.required"),
                Map.entry("personalId", "account.personalId.required"),
                Map.entry("dateOfBirth", "account.dateOfBirth.required"),
                Map.entry("phone", "account.phone.required"),
                Map.entry("email", "account.email.required"),
                Map.entry("address", "account.address.required"),
                Map.entry("password", "account.password.required"));
        assertThat(errors(api.postJson("/api/v1/accounts", Map.of()))).containsExactly(Map.entry("kind", "account.kind.required"));

        Map<String, Object> tooYoung = citizen(uniqueEmail(), uniquePersonalId());
        tooYoung.put("dateOfBirth", "01/01/2020");
        tooYoung.put("personalId", "066320012345");
        Http.Response young = api.postJson("/api/v1/accounts", tooYoung);
        assertThat(errors(young)).containsExactly(Map.entry("dateOfBirth", "account.dateOfBirth.too-young"));
        assertThat(messages(young).get("dateOfBirth")).isEqualTo("Người dưới 14 tuổi cần cha, mẹ hoặc người giám hộ đăng ký thay.");

        Map<String, Object> future = citizen(uniqueEmail(), uniquePersonalId());
        future.put("dateOfBirth", "01/01/2999");
        assertThat(errors(api.postJson("/api/v1/accounts", future))).contains(Map.entry("dateOfBirth", "account.dateOfBirth.future"));

        Map<String, Object> old = citizen(uniqueEmail(), uniquePersonalId());
        old.put("dateOfBirth", "31/12/1899");
        assertThat(errors(api.postJson("/api/v1/accounts", old))).contains(Map.entry("dateOfBirth", "account.dateOfBirth.too-early"));

        Map<String, Object> otherYear = citizen(uniqueEmail(), uniquePersonalId());
        otherYear.put("dateOfBirth", "27/03/1991");
        Http.Response mismatch = api.postJson("/api/v1/accounts", otherYear);
        assertThat(errors(mismatch)).containsExactly(Map.entry("personalId", "account.personalId.birth-year"));
        assertThat(messages(mismatch).get("personalId")).contains("năm sinh 1991");

        Map<String, Object> sameAsEmail = citizen(uniqueEmail(), uniquePersonalId());
        sameAsEmail.put("password", ((String) sameAsEmail.get("email")).toUpperCase());
        assertThat(errors(api.postJson("/api/v1/accounts", sameAsEmail))).containsExactly(Map.entry("password", "account.password.is-email"));
    }

    @Test
    void aBusinessRegistersWithABranchTaxCodeOfThirteenDigits() {
        String email = uniqueEmail();
        Http.Response r = new Http(port).postJson("/api/v1/accounts", People.business(email, "６０００１２３４５６ ００２"));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode a = r.json();
        assertThat(a.get("kind").asString()).isEqualTo("BUSINESS");
        assertThat(a.get("taxCode").asString()).isEqualTo("6000123456-002");
        assertThat(a.get("businessName").asString()).isEqualTo("Công ty Cổ phần Thử nghiệm Ê Đê");
        assertThat(a.get("representative").asString()).isEqualTo("H'Hen Niê");
        assertThat(a.get("fullName").asString()).isEqualTo("Y Moan Niê");
        assertThat(a.get("phone").asString()).isEqualTo("0347123456");
        assertThat(a.get("personalId").isNull()).isTrue();
        assertThat(events.lastVerification(email)).isPresent();
    }

    @Test
    void aBusinessNeedsItsNameTaxCodeAndRepresentative() {
        Map<String, Object> body = People.business(uniqueEmail(), "60001234");
        body.remove("businessName");
        body.remove("representative");
        Http.Response r = new Http(port).postJson("/api/v1/accounts", body);
        assertThat(errors(r)).containsExactly(
                Map.entry("businessName", "account.businessName.required"),
                Map.entry("taxCode", "account.taxCode.invalid"),
                Map.entry("representative", "account.representative.required"));
    }

    @Test
    void theRegistrationPagesLeadFromTheKindToTheDetailsToThePassword() {
        Http browser = new Http(port);
        Http.Response start = browser.get("/dang-ky");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("<h1>Ông/Bà đăng ký tài khoản cho ai?</h1>").contains("Cá nhân (công dân)");
        assertThat(cookies(start)).noneMatch(c -> c.startsWith("SESSION="));

        Http.Response noChoice = browser.get("/dang-ky/thong-tin");
        assertThat(noChoice.body()).contains("class=\"error-summary\"").contains("href=\"#kind\"")
                .contains("<title>Lỗi: Đăng ký tài khoản");

        Http.Response details = browser.get("/dang-ky/thong-tin?kind=CITIZEN");
        assertThat(details.body()).contains("Họ, chữ đệm và tên").contains("autocomplete=\"bday\"").contains("autocomplete=\"tel\"")
                .contains("autocomplete=\"email\"").contains("autocomplete=\"name\"").contains("<label for=\"personalId\"");

        String email = uniqueEmail();
        String pid = uniquePersonalId();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "CITIZEN");
        fields.put("fullName", "Lê Thị Mai");
        fields.put("personalId", "12 345");
        fields.put("dateOfBirth", "27/03/1990");
        fields.put("phone", "0912 345 678");
        fields.put("email", email);
        fields.put("address", "");
        fields.put("communeId", "");
        Http.Response wrong = People.submit(browser, "/dang-ky/thong-tin?kind=CITIZEN", "/dang-ky/thong-tin", fields);
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("<a href=\"#personalId\">Số định danh cá nhân gồm đúng 12 chữ số")
                .contains("<a href=\"#address\">Nhập địa chỉ.</a>")
                .contains("id=\"personalId-error\"").contains("Lỗi:</span> <span>Số định danh cá nhân gồm đúng 12 chữ số")
                .contains("aria-describedby=\"personalId-hint personalId-error\"")
                .contains("value=\"Lê Thị Mai\"");

        fields.put("personalId", pid);
        fields.put("address", "Thôn 3, xã Hòa Phú");
        Http.Response passwordPage = People.submit(browser, "/dang-ky/thong-tin?kind=CITIZEN", "/dang-ky/thong-tin", fields);
        assertThat(passwordPage.body()).contains("Kiểm tra thông tin và tạo mật khẩu").contains(pid).contains("27/03/1990")
                .contains("autocomplete=\"new-password\"");

        fields.put("password", People.PASSWORD);
        fields.put("passwordConfirmation", "Matkhau2027");
        Http.Response mismatch = People.submit(browser, "/dang-ky/thong-tin?kind=CITIZEN", "/dang-ky/mat-khau", fields);
        assertThat(mismatch.body()).contains("Hai mật khẩu chưa giống nhau");

        fields.put("passwordConfirmation", People.PASSWORD);
        Http.Response created = People.submit(browser, "/dang-ky/thong-tin?kind=CITIZEN", "/dang-ky/mat-khau", fields);
        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        assertThat(created.header("Location")).endsWith("/dang-ky/da-gui");
        assertThat(browser.get("/dang-ky/da-gui").body()).contains("Đã tạo tài khoản").contains("24 giờ");
        assertThat(events.lastVerification(email)).isPresent();

        Http.Response again = People.submit(browser, "/dang-ky/thong-tin?kind=CITIZEN", "/dang-ky/mat-khau", fields);
        assertThat(again.body()).contains("<h1>Thông tin cá nhân</h1>").contains("href=\"#email\"").contains("href=\"#personalId\"");
    }

    @Test
    void theRegistrationPagesSpeakEnglishOnRequest() {
        Http browser = new Http(port);
        Http.Response start = browser.get("/dang-ky?lang=en");
        assertThat(start.body()).contains("lang=\"en\"").contains("<h1>Who is the account for?</h1>");
        Http.Response business = browser.get("/dang-ky/thong-tin?kind=BUSINESS");
        assertThat(business.body()).contains("Business or organisation details").contains("Tax code (enterprise code)")
                .contains("Legal representative");
    }

    @Test
    void anonymousVisitorsOfTheAccountPagesGetNoSession() {
        for (String path : List.of("/dang-ky", "/dang-ky/thong-tin?kind=CITIZEN", "/dang-ky/thong-tin?kind=BUSINESS", "/dang-ky/da-gui",
                "/quen-mat-khau", "/quen-mat-khau/da-gui", "/xac-thuc-email/gui-lai", "/xac-thuc-email?token=x", "/dat-lai-mat-khau?token=x",
                "/dang-nhap?unverified")) {
            Http.Response r = new Http(port).get(path);
            assertThat(r.status()).as(path).isIn(200, 400);
            assertThat(cookies(r)).as(path).noneMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
        }
        Http browser = new Http(port);
        Http.Response withErrors = People.submit(browser, "/dang-ky/thong-tin?kind=CITIZEN", "/dang-ky/thong-tin", Map.of("kind", "CITIZEN"));
        assertThat(withErrors.body()).contains("class=\"error-summary\"");
        assertThat(cookies(withErrors)).noneMatch(c -> c.startsWith("SESSION="));
    }

    @Test
    void theAccountApiIsDocumentedByOpenApi() {
        JsonNode paths = new Http(port).get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/accounts")).isTrue();
        assertThat(paths.get("/api/v1/accounts/me").has("get")).isTrue();
        assertThat(paths.get("/api/v1/accounts/me").has("patch")).isTrue();
        assertThat(paths.has("/api/v1/accounts/password-reset")).isTrue();
        assertThat(paths.has("/api/v1/accounts/password-reset/confirm")).isTrue();
    }

    static Map<String, Object> invalidCitizen() {
        Map<String, Object> body = citizen("not-an-email", "12345");
        body.put("fullName", "Nguyen Van 123");
        body.put("dateOfBirth", "31/02/1990");
        body.put("phone", "12345");
        body.put("address", " ");
        body.put("password", "abc1");
        return body;
    }

    static List<Map.Entry<String, String>> errors(Http.Response r) {
        JsonNode errors = r.json().get("errors");
        if (errors == null) {
            return List.of();
        }
        java.util.ArrayList<Map.Entry<String, String>> list = new java.util.ArrayList<>();
        errors.forEach(e -> list.add(Map.entry(e.get("field").asString(), e.get("code").asString())));
        return list;
    }

    static Map<String, String> messages(Http.Response r) {
        Map<String, String> map = new LinkedHashMap<>();
        r.json().get("errors").forEach(e -> map.putIfAbsent(e.get("field").asString(), e.get("message").asString()));
        return map;
    }

    static List<String> cookies(Http.Response r) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('０' + (c - '0'))));
        return out.toString();
    }
}
