package vn.congso.notification;

import java.time.Instant;

/** One line of a person's in-app list; {@code readAt} is null while it is unread. */
public record InAppNotification(long id, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
