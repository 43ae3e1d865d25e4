package vn.congso.notification;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishing events as a module does (inside a transaction: module listeners run after commit) and reading the outbox. */
final class NotificationTestSupport {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    NotificationTestSupport(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** Waits until every notification listener has finished with the events that mention {@code marker}. */
    void awaitListenersDone(String marker) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql("""
                SELECT COUNT(*) FROM event_publication
                WHERE completion_date IS NULL AND listener_id LIKE '%notification%' AND serialized_event LIKE :marker
                """).param("marker", "%" + marker + "%").query(Long.class).single() == 0);
    }

    record OutboxRow(String channel, String status, int attempts, String lastError, String subject, boolean sent) {
    }

    java.util.List<OutboxRow> outbox(String recipient) {
        return jdbc.sql("""
                SELECT channel, status, attempts, last_error, subject, sent_at FROM notification_outbox
                WHERE recipient = :r ORDER BY id
                """).param("r", recipient)
                .query((rs, n) -> new OutboxRow(rs.getString("channel"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getString("last_error"), rs.getString("subject"), rs.getTimestamp("sent_at") != null))
                .list();
    }
}
