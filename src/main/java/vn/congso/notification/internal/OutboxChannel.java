package vn.congso.notification.internal;

/** How an outbox message travels. */
enum OutboxChannel {
    EMAIL, SMS
}
