package vn.congso.notification;

import java.util.Map;

import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;

/**
 * What other modules ask of notification: queue a message for someone, and read or clear a person's in-app list.
 * Messages are written to the outbox in the caller's transaction (so they are sent only if it commits) and
 * delivered later with retries. A {@code dedupeKey} makes a call idempotent: a second call with the same key
 * queues nothing (use one key per event, channel and recipient; {@code null} means no de-duplication).
 */
public interface Notifications {

    /**
     * Queues an e-mail rendered from {@code templates/mail/<template>.html} and {@code .txt} in {@code language}
     * ("vi" by default, or "en"). The first line of the text template is the subject.
     *
     * @return true when queued, false when the key was already used or the address is not a valid e-mail address
     */
    boolean email(String to, String language, String template, Map<String, Object> model, String dedupeKey);

    /**
     * Queues a text message (through {@link SmsSender}) with a text already in the recipient's language.
     *
     * @return true when queued, false when the key was already used or the number has no digits
     */
    boolean sms(String phone, String text, String dedupeKey);

    /** Adds a line to an account's in-app list; {@code link} (may be null) opens what it is about. */
    boolean inApp(long accountId, String title, String body, String link, String dedupeKey);

    default boolean inApp(long accountId, String title, String body, String link) {
        return inApp(accountId, title, body, link, null);
    }

    /** The account's in-app notifications, newest first. */
    PageResult<InAppNotification> inbox(long accountId, Paging paging);

    /** How many of the account's in-app notifications are unread. */
    int unread(long accountId);

    /** Marks one of the account's notifications read; false when it is not theirs or does not exist. */
    boolean markRead(long accountId, long notificationId);

    /** Marks all of the account's notifications read and returns how many were unread. */
    int markAllRead(long accountId);
}
