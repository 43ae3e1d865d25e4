package vn.congso.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code congso.notification}. The SMTP server itself is Spring Boot's {@code spring.mail.*};
 * without {@code spring.mail.host} e-mails are logged and kept in the outbox as LOGGED.
 *
 * @param from        the From header of every e-mail
 * @param maxAttempts delivery attempts before a message is given up as FAILED
 * @param backoffBase wait after the first failed attempt; doubled after each further failure
 * @param backoffMax  the longest wait between two attempts
 * @param batchSize   messages taken per round of the delivery job
 * @param pollMs      pause between two rounds of the delivery job, in milliseconds
 * @param connections SMTP connections the delivery job uses at the same time
 */
@ConfigurationProperties("congso.notification")
record NotificationProperties(
        @DefaultValue("Cổng số Đắk Lắk <no-reply@congso.local>") String from,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("30s") Duration backoffBase,
        @DefaultValue("1h") Duration backoffMax,
        @DefaultValue("50") int batchSize,
        @DefaultValue("2000") long pollMs,
        @DefaultValue("8") int connections) {
}
