package vn.congso.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.congso.support.TestMail;

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
        JavaMailSenderImpl sender = unreachableServer();
        Courier courier = new Courier(sender, new LoggingSmsSender(), FROM);

        assertThatThrownBy(() -> courier.deliver(email())).isInstanceOf(MailException.class);
        assertThat(sender.getJavaMailProperties()).containsKey("mail.smtp.connectiontimeout");
    }

    static JavaMailSenderImpl unreachableServer() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);
        return sender;
    }

    OutboxMessage email(long id, String to) {
        return new OutboxMessage(id, OutboxChannel.EMAIL, to, "Hồ sơ đã được tiếp nhận", "Kính gửi Ông/Bà,",
                "<p>Kính gửi Ông/Bà,</p>", "vi", 0);
    }

    @Test
    void severalEmailsGoOverOneConnectionAndOneBadAddressDoesNotHoldBackTheOthers() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(TestMail.start());
        Courier courier = new Courier(sender, new LoggingSmsSender(), FROM);
        String first = "lo.mot." + System.nanoTime() + "@example.vn";
        String third = "lo.ba." + System.nanoTime() + "@example.vn";
        OutboxMessage sms = new OutboxMessage(4, OutboxChannel.SMS, "0912345678", null, "Cổng số: Hồ sơ X", null, "vi", 0);

        List<Courier.Outcome> outcomes = courier.deliverAll(List.of(
                email(1, first), email(2, "khong co dau a cong"), email(3, third), sms));

        assertThat(outcomes).hasSize(4);
        assertThat(outcomes).filteredOn(o -> o.message().id() == 1).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OutboxStatus.SENT));
        assertThat(outcomes).filteredOn(o -> o.message().id() == 3).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OutboxStatus.SENT));
        assertThat(outcomes).filteredOn(o -> o.message().id() == 2).singleElement()
                .satisfies(o -> assertThat(o.error()).isInstanceOf(MailException.class));
        assertThat(outcomes).filteredOn(o -> o.message().id() == 4).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OutboxStatus.LOGGED));
        assertThat(TestMail.receivedBy(first)).hasSize(1);
        assertThat(TestMail.receivedBy(third)).hasSize(1);
        // named, so Jakarta Mail does not scan the class path for it on every message
        assertThat(System.getProperty(Courier.STREAM_PROVIDER)).isEqualTo(Courier.ANGUS_STREAM_PROVIDER);
    }

    @Test
    void whenTheServerCannotBeReachedEveryEmailOfTheGroupIsAFailure() throws IOException {
        JavaMailSenderImpl sender = unreachableServer();
        Courier courier = new Courier(sender, new LoggingSmsSender(), FROM);

        List<Courier.Outcome> outcomes = courier.deliverAll(List.of(email(1, "a@example.vn"), email(2, "b@example.vn")));

        assertThat(outcomes).hasSize(2).allSatisfy(o -> {
            assertThat(o.status()).isNull();
            assertThat(o.error()).isInstanceOf(MailException.class);
        });
    }
}
