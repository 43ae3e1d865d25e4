package vn.congso.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congso.notification.SmsSender;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig {

    /** The embedded default: text messages go to the log. A real gateway is another {@link SmsSender} bean. */
    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SmsSender loggingSmsSender() {
        return new LoggingSmsSender();
    }

    @Bean
    RetryPolicy notificationRetryPolicy(NotificationProperties properties) {
        return new RetryPolicy(properties.backoffBase(), properties.backoffMax(), properties.maxAttempts());
    }
}
