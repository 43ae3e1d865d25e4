package vn.congso.notification;

/**
 * The connector to an SMS gateway. The embedded default only writes messages to the log; a real gateway is
 * another implementation of this interface selected by configuration (a bean of this type replaces the default).
 * Messages reach it from the outbox, so a failure is retried with back-off.
 */
public interface SmsSender {

    /** Sends {@code text} to {@code phone} (digits only, e.g. 0912345678); throws when it could not be sent. */
    void send(String phone, String text);

    /** True when this sender only writes messages to the log: the outbox then marks them LOGGED, not SENT. */
    default boolean logsOnly() {
        return false;
    }
}
