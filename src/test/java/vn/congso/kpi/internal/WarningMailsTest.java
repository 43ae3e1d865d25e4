package vn.congso.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.CongsoApplication;
import vn.congso.shared.Formats;
import vn.congso.support.CongsoTest;
import vn.congso.support.TestMail;

/** The early-warning job mails each leader once a day, even when two nodes (two contexts on one database) run it together. */
@CongsoTest
class WarningMailsTest {

    @Autowired
    WarningMails mails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWarningJobMailsTheWardChairmanOnceWithTwoNodesSharingOneDatabase() throws Exception {
        long ward = jdbc.sql("SELECT id FROM agency WHERE code = '000.01.00.H66'").query(Long.class).single();
        long chairman = jdbc.sql("SELECT id FROM account WHERE login = 'chutich.bmt'").query(Long.class).single();
        new FactRows(jdbc).fact(ward).set("second_supplement", true).insert();
        LocalDate today = LocalDate.now(Formats.ZONE);
        jdbc.sql("DELETE FROM kpi_warning_sent WHERE account_id = :a").param("a", chairman).update();
        jdbc.sql("DELETE FROM shedlock WHERE name = 'kpi-early-warnings'").update();

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CongsoApplication.class)
                .profiles("test").initializers(new TestMail.Initializer())
                .properties("server.port=0", "spring.main.banner-mode=off").run()) {
            WarningMails otherNode = second.getBean(WarningMails.class);
            CompletableFuture<Void> a = CompletableFuture.runAsync(mails::scheduled);
            CompletableFuture<Void> b = CompletableFuture.runAsync(otherNode::scheduled);
            a.get();
            b.get();
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM kpi_warning_sent WHERE account_id = :a AND sent_day = :d").param("a", chairman).param("d", today)
                .query(Long.class).single()).isEqualTo(1);
        List<String> keys = jdbc.sql("SELECT dedupe_key FROM notification_outbox WHERE dedupe_key = :k")
                .param("k", "kpi-warnings:" + chairman + ":" + today).query(String.class).list();
        assertThat(keys).hasSize(1);
        assertThat(mails.run()).as("a second pass the same day sends the chairman nothing").isGreaterThanOrEqualTo(0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE dedupe_key = :k").param("k", "kpi-warnings:" + chairman + ":" + today)
                .query(Long.class).single()).isEqualTo(1);
    }
}
