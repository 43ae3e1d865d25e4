package vn.congso.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.congso.support.Http;

/** Builders of people who register, each with an e-mail and a personal id no other test uses, and form helpers. */
public final class People {

    public static final String PASSWORD = "Matkhau2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(900_000));
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private People() {
    }

    public static String uniqueEmail() {
        return "nguoi" + SEQUENCE.incrementAndGet() + "." + ThreadLocalRandom.current().nextInt(10_000) + "@example.vn";
    }

    /** A 12-digit personal id of a woman born in 1990 in Đắk Lắk (066), unique in the run. */
    public static String uniquePersonalId() {
        return "066190" + "%06d".formatted(SEQUENCE.incrementAndGet() % 1_000_000);
    }

    /** A valid citizen registration for the API. */
    public static Map<String, Object> citizen(String email, String personalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "CITIZEN");
        body.put("fullName", "Phạm Thị Thu Hà");
        body.put("personalId", personalId);
        body.put("dateOfBirth", "27/03/1990");
        body.put("phone", "0905 111 222");
        body.put("email", email);
        body.put("address", "Số 1 đường Phan Bội Châu, Phường Buôn Ma Thuột, Tỉnh Đắk Lắk");
        body.put("password", PASSWORD);
        return body;
    }

    /** A valid business registration for the API. */
    public static Map<String, Object> business(String email, String taxCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "BUSINESS");
        body.put("businessName", "Công ty Cổ phần Thử nghiệm Ê Đê");
        body.put("taxCode", taxCode);
        body.put("representative", "H'Hen Niê");
        body.put("fullName", "Y Moan Niê");
        body.put("phone", "0347 123 456");
        body.put("email", email);
        body.put("password", PASSWORD);
        return body;
    }

    /** The CSRF token a page's forms carry. */
    public static String csrf(Http.Response page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("No CSRF token on the page: " + page);
        }
        return m.group(1);
    }

    /** Posts a form the way a browser does after loading {@code formPage} (which gives the CSRF token). */
    public static Http.Response submit(Http browser, String formPage, String action, Map<String, String> fields) {
        return submit(browser, formPage, action, fields, Map.of());
    }

    public static Http.Response submit(Http browser, String formPage, String action, Map<String, String> fields,
                                       Map<String, String> headers) {
        Http.Response page = browser.get(formPage);
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(page));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send("POST", action, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Signs in through the login page; the answer is the redirect. */
    public static Http.Response signIn(Http browser, String login, String password) {
        return signIn(browser, login, password, Map.of());
    }

    public static Http.Response signIn(Http browser, String login, String password, Map<String, String> headers) {
        return submit(browser, "/dang-nhap", "/dang-nhap", Map.of("login", login, "password", password), headers);
    }

    /** Registers a citizen through the API and follows the confirmation link; returns the e-mail (the login). */
    public static String registeredAndConfirmed(Http anonymous, PublishedIdentityEvents events) {
        String email = uniqueEmail();
        Http.Response created = anonymous.postJson("/api/v1/accounts", citizen(email, uniquePersonalId()));
        if (created.status() != 201) {
            throw new AssertionError("Registration failed: " + created);
        }
        String link = events.lastVerification(email).orElseThrow().link();
        Http.Response confirmed = anonymous.get(PublishedIdentityEvents.pathOf(link));
        if (confirmed.status() != 302) {
            throw new AssertionError("Confirmation failed: " + confirmed);
        }
        return email;
    }
}
