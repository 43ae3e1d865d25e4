package vn.congso.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.dossier.DossierView;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

/** A rating and a complaint filed through the public API reach the facts the Decision 766 satisfaction group reads. */
@CongsoTest
class FeedbackReachesTheDashboardTest {

    @LocalServerPort
    int port;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRatingAndAComplaintAboutADossierAreCountedOnItsFacts() {
        DossierView rated = fixtures.returned(null);
        awaitFact(rated.id());
        Http.Response r = new Http(port).postJson("/api/v1/ratings",
                Map.of("dossierCode", rated.code(), "check", rated.checkCode(), "rating", "DISSATISFIED"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                jdbc.sql("SELECT rating FROM kpi_dossier_fact WHERE dossier_id = :d").param("d", rated.id()).query(String.class).optional())
                .contains("DISSATISFIED"));

        DossierView complained = fixtures.inProgress(null);
        awaitFact(complained.id());
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Lê Thị Mai");
        body.put("phone", "0912 345 678");
        body.put("title", "Hồ sơ chậm xử lý");
        body.put("content", "Đã quá ngày hẹn mà chưa có kết quả, đề nghị kiểm tra.");
        body.put("dossierCode", complained.code());
        body.put("check", complained.checkCode());
        Http.Response f = new Http(port).postJson("/api/v1/feedback", body);
        assertThat(f.status()).as(f.toString()).isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT complaint FROM kpi_dossier_fact WHERE dossier_id = :d").param("d", complained.id())
                    .query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM kpi_feedback_fact WHERE dossier_id = :d").param("d", complained.id())
                    .query(Long.class).single()).isEqualTo(1L);
        });
    }

    private void awaitFact(long dossierId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.sql("SELECT COUNT(*) FROM kpi_dossier_fact WHERE dossier_id = :d").param("d", dossierId).query(Long.class).single() > 0);
    }
}
