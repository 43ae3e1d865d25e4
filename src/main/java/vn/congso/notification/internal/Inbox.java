package vn.congso.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.congso.notification.InAppNotification;
import vn.congso.shared.Paging;

/** The {@code notification_inbox} table. Every query is filtered by the account it is asked for. */
@Repository
class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a line unless its key was used before (one statement, see {@link Outbox#enqueue}); true when added. */
    boolean add(long accountId, String title, String body, String link, String dedupeKey, Instant now) {
        try {
            return jdbc.sql("""
                INSERT INTO notification_inbox (account_id, title, body, link, dedupe_key, created_at)
                VALUES (:account, :title, :body, :link, :key, :at)
                ON CONFLICT DO NOTHING
                """)
                .param("account", accountId).param("title", title).param("body", body).param("link", link)
                .param("key", dedupeKey == null ? null : Outbox.storableKey(dedupeKey)).param("at", Timestamp.from(now))
                .update() == 1;
        } catch (DuplicateKeyException e) {
            return false; // see Outbox#enqueue
        }
    }

    List<InAppNotification> page(long accountId, Paging paging) {
        return jdbc.sql("""
                SELECT id, title, body, link, created_at, read_at FROM notification_inbox
                WHERE account_id = :account ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset
                """)
                .param("account", accountId).param("size", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> {
                    Timestamp read = rs.getTimestamp("read_at");
                    return new InAppNotification(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                            rs.getString("link"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
                })
                .list();
    }

    long count(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_inbox WHERE account_id = :account")
                .param("account", accountId).query(Long.class).single();
    }

    int unread(long accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_inbox WHERE account_id = :account AND read_at IS NULL")
                .param("account", accountId).query(Long.class).single().intValue();
    }

    String link(long accountId, long id) {
        return jdbc.sql("SELECT link FROM notification_inbox WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).query(String.class).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    boolean exists(long accountId, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_inbox WHERE account_id = :account AND id = :id")
                .param("account", accountId).param("id", id).query(Long.class).single() > 0;
    }

    /** True when the notification belongs to the account (read now or before). */
    boolean markRead(long accountId, long id, Instant now) {
        jdbc.sql("UPDATE notification_inbox SET read_at = :now WHERE account_id = :account AND id = :id AND read_at IS NULL")
                .param("now", Timestamp.from(now)).param("account", accountId).param("id", id).update();
        return exists(accountId, id);
    }

    int markAllRead(long accountId, Instant now) {
        return jdbc.sql("UPDATE notification_inbox SET read_at = :now WHERE account_id = :account AND read_at IS NULL")
                .param("now", Timestamp.from(now)).param("account", accountId).update();
    }
}
