package vn.congso.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.TestAccounts;
import vn.congso.support.TestMail;

/** Drafts untouched for 30 days expire, after an e-mail warning 7 days before. */
@CongsoTest
class DraftExpiryTest {

    @LocalServerPort
    int port;

    @Autowired
    DraftExpiry expiry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private String draftUntouchedFor(TestAccounts.TestAccount who, Duration age) {
        Http http = new Http(port).basic(who.login(), who.password());
        String id = http.postJson("/api/v1/drafts", Map.of("procedureCode", "1.001193")).json().get("id").asString();
        jdbc.sql("UPDATE draft SET updated_at = :t WHERE public_id = :p").param("t", Timestamp.from(Instant.now().minus(age)))
                .param("p", id).update();
        return id;
    }

    private String status(String draftId) {
        return jdbc.sql("SELECT status FROM draft WHERE public_id = :p").param("p", draftId).query(String.class).single();
    }

    private void warnedAgo(String draftId, Duration ago) {
        jdbc.sql("UPDATE draft SET expiry_warned_at = :t WHERE public_id = :p").param("t", Timestamp.from(Instant.now().minus(ago)))
                .param("p", draftId).update();
    }

    @Test
    void anOldDraftIsWarnedByEmailOnceThenExpires() {
        TestAccounts accounts = new TestAccounts(jdbc, encoder);
        TestAccounts.TestAccount warnedOne = accounts.citizen("Người Sắp Hết Hạn");
        TestAccounts.TestAccount expiredOne = accounts.citizen("Người Đã Hết Hạn");
        TestAccounts.TestAccount freshOne = accounts.citizen("Người Mới Khai");
        String warned = draftUntouchedFor(warnedOne, Duration.ofDays(24));
        String expired = draftUntouchedFor(expiredOne, Duration.ofDays(31));
        warnedAgo(expired, Duration.ofDays(8));
        String fresh = draftUntouchedFor(freshOne, Duration.ofDays(2));

        expiry.run();
        expiry.run();

        assertThat(status(warned)).isEqualTo("OPEN");
        assertThat(status(expired)).isEqualTo("EXPIRED");
        assertThat(status(fresh)).isEqualTo("OPEN");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !TestMail.receivedBy(warnedOne.email()).isEmpty());
        assertThat(TestMail.receivedBy(warnedOne.email())).hasSize(1);
        assertThat(TestMail.subject(TestMail.receivedBy(warnedOne.email()).get(0))).contains("Đăng ký khai sinh");
        assertThat(TestMail.receivedBy(freshOne.email())).isEmpty();
        assertThat(TestMail.receivedBy(expiredOne.email())).as("warned before, not again").isEmpty();
        Http expiredOwner = new Http(port).basic(expiredOne.login(), expiredOne.password());
        assertThat(expiredOwner.postJson("/api/v1/drafts", Map.of("procedureCode", "1.001193")).status())
                .as("an expired draft frees the procedure for a new one").isEqualTo(201);
    }

    @Test
    void aDraftFoundPastItsTimeIsWarnedFirstAndExpiresOnlyAfterTheWarningPeriod() {
        TestAccounts.TestAccount late = new TestAccounts(jdbc, encoder).citizen("Người Quên Hồ Sơ");
        String draft = draftUntouchedFor(late, Duration.ofDays(45));

        expiry.run();

        assertThat(status(draft)).as("never closed without a warning first").isEqualTo("OPEN");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !TestMail.receivedBy(late.email()).isEmpty());
        String text = TestMail.part(TestMail.receivedBy(late.email()).get(0), "text/plain");
        String expiresOn = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7));
        assertThat(text).as("the e-mail gives the applicant the full warning period").contains(expiresOn);

        warnedAgo(draft, Duration.ofDays(6));
        expiry.run();
        assertThat(status(draft)).isEqualTo("OPEN");
        warnedAgo(draft, Duration.ofDays(7).plusMinutes(1));
        expiry.run();
        assertThat(status(draft)).isEqualTo("EXPIRED");
        assertThat(TestMail.receivedBy(late.email())).hasSize(1);
    }
}
