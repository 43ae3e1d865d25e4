package vn.congso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congso.dossier.DossierStatus;
import vn.congso.support.CongsoTest;
import vn.congso.support.TestMail;

@CongsoTest
class OutboxRetryTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Value("${congso.notification.max-attempts:10}")
    int maxAttempts;

    NotificationTestSupport support;

    @BeforeEach
    void setUp() {
        support = new NotificationTestSupport(events, transactions, jdbc);
    }

    @AfterEach
    void mailServerIsBack() {
        if (!TestMail.isRunning()) {
            TestMail.restart();
        }
    }

    @Test
    void aStatusChangeWaitsInTheOutboxWhileTheMailServerIsDownAndIsDeliveredWhenItComesBack() {
        String to = DossierEvents.uniqueEmail("may.chu.loi");
        DossierEvents dossier = new DossierEvents(null, to, null, "vi");
        TestMail.stop();

        support.publish(dossier.changed(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, null, null));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> support.outbox(to).stream()
                .anyMatch(r -> r.status().equals("PENDING") && r.attempts() >= 1 && r.lastError() != null));
        TestMail.restart();

        TestMail.awaitMessages(to, 1, Duration.ofSeconds(30));
        NotificationTestSupport.OutboxRow row = support.outbox(to).get(0);
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.sent()).isTrue();
        assertThat(row.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(row.lastError()).isNull();
        assertThat(TestMail.subject(TestMail.receivedBy(to).get(0))).isEqualTo("Hồ sơ " + dossier.code + " đang được xử lý");
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
        String to = DossierEvents.uniqueEmail("bo.cuoc");
        TestMail.stop();

        String key = "test-give-up:" + to;
        assertThat(notifications.email(to, "vi", "password-reset", Map.of("name", "Lê Văn Cường", "link", "http://localhost/x"), key))
                .isTrue();
        // As if the earlier attempts had already failed: the next one is the last.
        jdbc.sql("UPDATE notification_outbox SET attempts = :a, next_attempt_at = CURRENT_TIMESTAMP WHERE dedupe_key = :k")
                .param("a", maxAttempts - 1).param("k", key).update();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> support.outbox(to).get(0).status().equals("FAILED"));
        NotificationTestSupport.OutboxRow row = support.outbox(to).get(0);
        assertThat(row.attempts()).isEqualTo(maxAttempts);
        assertThat(row.lastError()).isNotBlank();
        assertThat(row.sent()).isFalse();
    }

    @Test
    void aDirectMessageWithAKeyAlreadyUsedIsNotQueuedAgain() {
        String to = DossierEvents.uniqueEmail("mot.lan");
        Map<String, Object> model = Map.of("name", "Lê Văn Cường", "link", "http://localhost/xac-nhan?t=1");

        assertThat(notifications.email(to, "vi", "email-verification", model, "test-once:" + to)).isTrue();
        assertThat(notifications.email(to, "vi", "email-verification", model, "test-once:" + to)).isFalse();
        assertThat(notifications.email("khong-phai-dia-chi", "vi", "email-verification", model, null)).isFalse();

        TestMail.awaitMessage(to);
        assertThat(support.outbox(to)).hasSize(1);
    }
}
