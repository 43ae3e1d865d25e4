package vn.congso.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification_outbox} table: messages are queued in the caller's transaction and delivered later. */
@Repository
class Outbox {

    static final int MAX_KEY = 300;
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a message unless its key was used before; true when queued. One statement: a key used before, also by
     * a concurrent handler of the same event, inserts nothing and does not abort the caller's transaction.
     */
    boolean enqueue(OutboxChannel channel, String recipient, String subject, String text, String html, String language,
                    String dedupeKey, Instant now) {
        Timestamp at = Timestamp.from(now);
        try {
            return jdbc.sql("""
                INSERT INTO notification_outbox (channel, recipient, subject, body_text, body_html, language, status,
                    attempts, next_attempt_at, dedupe_key, created_at)
                VALUES (:channel, :recipient, :subject, :text, :html, :language, 'PENDING', 0, :at, :key, :at)
                ON CONFLICT DO NOTHING
                """)
                .param("channel", channel.name()).param("recipient", recipient).param("subject", subject)
                .param("text", text).param("html", html).param("language", language).param("at", at)
                .param("key", storableKey(dedupeKey))
                .update() == 1;
        } catch (DuplicateKeyException e) {
            return false; // H2 (the embedded default) may report a concurrent insert of the key instead of skipping it
        }
    }

    /** Due messages, oldest first. */
    List<OutboxMessage> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id, channel, recipient, subject, body_text, body_html, language, attempts FROM notification_outbox
                WHERE status = 'PENDING' AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit
                """)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new OutboxMessage(rs.getLong("id"), OutboxChannel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                        rs.getString("language"), rs.getInt("attempts")))
                .list();
    }

    /**
     * Records a delivery (SENT or LOGGED). Guarded by the attempts seen when the message was read, so a row that
     * changed meanwhile is left alone.
     */
    boolean delivered(OutboxMessage m, OutboxStatus status, Instant at) {
        return jdbc.sql("""
                UPDATE notification_outbox SET status = :status, attempts = :attempts, sent_at = :at, last_error = NULL
                WHERE id = :id AND status = 'PENDING' AND attempts = :seen
                """)
                .param("status", status.name()).param("attempts", m.attempts() + 1).param("at", Timestamp.from(at))
                .param("id", m.id()).param("seen", m.attempts())
                .update() == 1;
    }

    /** Records a failed attempt: PENDING again from {@code nextAttempt}, or FAILED when there is none. */
    boolean failed(OutboxMessage m, String error, Optional<Instant> nextAttempt, Instant now) {
        return jdbc.sql("""
                UPDATE notification_outbox SET status = :status, attempts = :attempts, last_error = :error, next_attempt_at = :next
                WHERE id = :id AND status = 'PENDING' AND attempts = :seen
                """)
                .param("status", (nextAttempt.isPresent() ? OutboxStatus.PENDING : OutboxStatus.FAILED).name())
                .param("attempts", m.attempts() + 1)
                .param("error", truncate(error, MAX_ERROR))
                .param("next", Timestamp.from(nextAttempt.orElse(now)))
                .param("id", m.id()).param("seen", m.attempts())
                .update() == 1;
    }

    /** Keys longer than the column are replaced by their SHA-256, which is just as unique. */
    static String storableKey(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
