package vn.congso.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class CourierTest {

    static final String FROM = "Cổng số Đắk Lắk <no-reply@congso.local>";

    OutboxMessage email() {
        return new OutboxMessage(1, OutboxChannel.EMAIL, "hoa@example.vn", "Hồ sơ đã được tiếp nhận", "Kính gửi Ông/Bà,",
                "<p>Kính gửi Ông/Bà,</p>", "vi", 0);
    }

    @Test
    void withoutAnSmtpServerAnEmailIsLoggedNotSent() {
        Courier courier = new Courier(null, new LoggingSmsSender(), FROM);

        assertThat(courier.deliver(email())).isEqualTo(OutboxStatus.LOGGED);
    }

    @Test
    void textMessagesThroughTheLoggingSenderAreLogged() {
        Courier courier = new Courier(null, new LoggingSmsSender(), FROM);
        OutboxMessage sms = new OutboxMessage(2, OutboxChannel.SMS, "0912345678", null, "Cổng số: Hồ sơ X - Đang xử lý", null, "vi", 0);

        assertThat(courier.deliver(sms)).isEqualTo(OutboxStatus.LOGGED);
    }

    @Test
    void anUnreachableMailServerIsAFailureForTheOutboxToRetry() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);
        Courier courier = new Courier(sender, new LoggingSmsSender(), FROM);

        assertThatThrownBy(() -> courier.deliver(email())).isInstanceOf(MailException.class);
        assertThat(sender.getJavaMailProperties()).containsKey("mail.smtp.connectiontimeout");
    }
}
