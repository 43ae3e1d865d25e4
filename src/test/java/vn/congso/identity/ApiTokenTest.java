package vn.congso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.TestAccounts;

/** An app exchanges the password once for a bearer token, then signs its calls with the token. */
@CongsoTest
class ApiTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    TestAccounts.TestAccount me;

    @BeforeEach
    void setUp() {
        me = new TestAccounts(jdbc, encoder).citizen("Trần Văn Bình");
    }

    private Http.Response issue(String login, String password) {
        return new Http(port).postJson("/api/v1/auth/tokens", Map.of("login", login, "password", password, "client", "Ứng dụng thử"));
    }

    private String token() {
        Http.Response r = issue(me.login(), me.password());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("tokenType").asString()).isEqualTo("Bearer");
        return r.json().get("token").asString();
    }

    @Test
    void aTokenSignsTheAppInAsTheAccountWithoutASession() {
        Http app = new Http(port).bearer(token());
        Http.Response mine = app.get("/api/v1/accounts/me");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().get("fullName").asString()).isEqualTo("Trần Văn Bình");
        assertThat(RegistrationTest.cookies(mine)).noneMatch(c -> c.startsWith("SESSION="));
        Http.Response draft = app.postJson("/api/v1/drafts", Map.of("procedureCode", "khong-co"));
        assertThat(draft.status()).as("a POST needs no CSRF token with a bearer token").isEqualTo(404);
    }

    @Test
    void aWrongPasswordGetsNoTokenAndAProblem() {
        Http.Response wrong = issue(me.login(), "Sai@Matkhau1");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("code").asString()).isEqualTo("auth.bad-credentials");
        assertThat(wrong.body()).doesNotContain("token\":\"cso_");
        assertThat(issue(me.login(), "").status()).isEqualTo(400);
    }

    @Test
    void anUnknownTokenIsRefusedWithAProblemInTheRequestsLanguage() {
        for (String bad : new String[] {"cso_khongphaima", "abc", token() + "x"}) {
            Http.Response r = new Http(port).bearer(bad).language("en").get("/api/v1/accounts/me");
            assertThat(r.status()).as(bad).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("code").asString()).isEqualTo("auth.invalid-token");
            assertThat(r.json().get("detail").asString()).contains("not valid");
        }
        Http.Response onPublicPath = new Http(port).bearer("cso_sai").get("/api/v1/procedures");
        assertThat(onPublicPath.status()).as("a bad token is never ignored silently").isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = token();
        jdbc.sql("UPDATE api_token SET expires_at = :t WHERE token_hash = :h")
                .param("t", Timestamp.from(Instant.now().minus(Duration.ofMinutes(1)))).param("h", TokenClock.sha256(token)).update();
        Http.Response r = new Http(port).bearer(token).get("/api/v1/accounts/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asString()).isEqualTo("auth.invalid-token");
    }

    @Test
    void aRevokedTokenIsRefusedAndOtherTokensKeepWorking() {
        Http phone = new Http(port).bearer(token());
        Http.Response second = issue(me.login(), me.password());
        Http tablet = new Http(port).bearer(second.json().get("token").asString());

        assertThat(phone.send("DELETE", "/api/v1/auth/tokens/current", null, null, Map.of()).status()).isEqualTo(204);
        assertThat(phone.get("/api/v1/accounts/me").status()).isEqualTo(401);
        assertThat(tablet.get("/api/v1/accounts/me").status()).isEqualTo(200);

        String tabletId = second.json().get("id").asString();
        Http.Response byOther = new Http(port).bearer(otherToken())
                .send("DELETE", "/api/v1/auth/tokens/" + tabletId, null, null, Map.of());
        assertThat(byOther.status()).as("another account cannot revoke my token").isEqualTo(404);
        assertThat(new Http(port).basic(me.login(), me.password()).send("DELETE", "/api/v1/auth/tokens/" + tabletId, null, null, Map.of())
                .status()).isEqualTo(204);
        assertThat(tablet.get("/api/v1/accounts/me").status()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountsTokenStopsWorking() {
        Http app = new Http(port).bearer(token());
        jdbc.sql("UPDATE account SET enabled = FALSE WHERE id = :id").param("id", me.id()).update();
        assertThat(app.get("/api/v1/accounts/me").status()).isEqualTo(401);
    }

    private String otherToken() {
        TestAccounts.TestAccount other = new TestAccounts(jdbc, encoder).citizen("Phạm Văn Dũng");
        return issue(other.login(), other.password()).json().get("token").asString();
    }
}
