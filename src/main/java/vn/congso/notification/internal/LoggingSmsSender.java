package vn.congso.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congso.notification.SmsSender;

/** Writes text messages to the log instead of sending them (the embedded default, and tests). */
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS not sent (no SMS gateway configured) to {}: {}", phone, text);
    }

    @Override
    public boolean logsOnly() {
        return true;
    }
}
