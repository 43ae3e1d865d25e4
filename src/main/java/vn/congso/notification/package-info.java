/**
 * Telling people what happened: e-mail (and SMS) from Vietnamese/English templates, delivered from a
 * transactional outbox with retries and exponential back-off so that a status change is never lost while the
 * mail server is down, and an in-app list for the signed-in user. Reacts to the dossier and identity events;
 * other modules send direct messages through {@link vn.congso.notification.Notifications}. Without an SMTP
 * server (the embedded default) messages are written to the log and kept in the outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package vn.congso.notification;
