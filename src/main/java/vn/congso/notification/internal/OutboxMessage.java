package vn.congso.notification.internal;

/** A message waiting in the outbox, as the delivery job reads it. */
record OutboxMessage(long id, OutboxChannel channel, String recipient, String subject, String bodyText, String bodyHtml,
                     String language, int attempts) {
}
