package vn.congso.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.CongsoApplication;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.TestMail;

/** The due-date alert job sends each alert once, even when two nodes (two application contexts on one database) run it together. */
@CongsoTest
class DueAlertsTest {

    @LocalServerPort
    int port;

    @Autowired
    DueAlerts alerts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAlertJobRunsOnceWithTwoNodesSharingOneDatabase() throws Exception {
        Http desk = new Http(port).basic("tiepnhan.bmt", "Congso@2026");
        String code = desk.postJson("/api/v1/officer/intake", Map.of("procedureCode", "1.001193", "commune", "24133",
                "applicantName", "Nguyễn Văn Cảnh Báo")).json().get("code").asString();
        long taskId = jdbc.sql("SELECT id FROM task WHERE dossier_code = :c AND kind = 'STEP' AND status = 'OPEN'").param("c", code)
                .query(Long.class).single();
        jdbc.sql("UPDATE task SET sort_due_at = :t WHERE id = :id").param("t", Timestamp.from(Instant.now().minus(Duration.ofHours(30))))
                .param("id", taskId).update();
        jdbc.sql("DELETE FROM shedlock WHERE name = 'workflow-due-alerts'").update();

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CongsoApplication.class)
                .profiles("test").initializers(new TestMail.Initializer())
                .properties("server.port=0", "spring.main.banner-mode=off").run()) {
            DueAlerts otherNode = second.getBean(DueAlerts.class);
            CompletableFuture<Void> a = CompletableFuture.runAsync(alerts::scheduled);
            CompletableFuture<Void> b = CompletableFuture.runAsync(otherNode::scheduled);
            a.get();
            b.get();
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_sent WHERE task_id = :t").param("t", taskId).query(Long.class).single()).isEqualTo(1);
        List<String> keys = jdbc.sql("SELECT dedupe_key FROM notification_outbox WHERE dedupe_key LIKE :k").param("k", "due-alert:" + taskId + ":%")
                .query(String.class).list();
        assertThat(keys).hasSize(1).allMatch(k -> k.contains("OVERDUE"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.received().stream()
                .anyMatch(m -> subject(m).contains(code)));
        assertThat(TestMail.received().stream().filter(m -> subject(m).contains(code)).count()).isEqualTo(1);
        assertThat(alerts.run()).as("a second pass the same day sends nothing for that task").isGreaterThanOrEqualTo(0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_sent WHERE task_id = :t").param("t", taskId).query(Long.class).single()).isEqualTo(1);
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
