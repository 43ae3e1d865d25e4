package vn.congso.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congso.support.CongsoTest;

/**
 * The embedded default has no {@code spring.mail.host}: e-mails are written to the log and kept as LOGGED. The test
 * context does have a mail server, so the delivery is run here by hand with a courier that has none, on a row the
 * context's own job will not take (it is not due yet for the real clock).
 */
@CongsoTest
class NoSmtpServerTest {

    @Autowired
    Outbox outbox;
    @Autowired
    RetryPolicy retry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void withoutAnSmtpServerTheEmailIsLoggedAndKeptInTheOutbox() {
        String to = "khong.may.chu." + System.nanoTime() + "@thu.example.vn";
        Instant later = clock.instant().plus(Duration.ofHours(1));
        assertThat(outbox.enqueue(OutboxChannel.EMAIL, to, "Hồ sơ X đã được tiếp nhận", "Kính gửi Ông/Bà,", null, "vi",
                "test-logged:" + to, later)).isTrue();
        Clock twoHoursOn = Clock.offset(clock, Duration.ofHours(2));
        OutboxMessage message = outbox.due(twoHoursOn.instant(), 1000).stream().filter(m -> m.recipient().equals(to)).findFirst().orElseThrow();

        new OutboxDelivery(outbox, new Courier(null, new LoggingSmsSender(), "no-reply@congso.local"), retry, twoHoursOn, 10)
                .deliver(message);

        var row = jdbc.sql("SELECT status, sent_at, body_text FROM notification_outbox WHERE recipient = :r").param("r", to)
                .query((rs, n) -> new Object[] {rs.getString("status"), rs.getTimestamp("sent_at"), rs.getString("body_text")}).single();
        assertThat(row[0]).isEqualTo("LOGGED");
        assertThat((Timestamp) row[1]).isNotNull();
        assertThat(row[2]).isEqualTo("Kính gửi Ông/Bà,");
    }
}
