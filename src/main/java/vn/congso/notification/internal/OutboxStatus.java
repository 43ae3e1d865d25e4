package vn.congso.notification.internal;

/**
 * Where an outbox message stands: waiting (or waiting again after a failure), handed to the server, only written
 * to the log because no server is configured, or given up after the last attempt.
 */
enum OutboxStatus {
    PENDING, SENT, LOGGED, FAILED
}
