package vn.congso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DraftExpiring;
import vn.congso.identity.EmailVerificationRequested;
import vn.congso.identity.PasswordResetRequested;
import vn.congso.shared.Paging;
import vn.congso.support.CongsoTest;
import vn.congso.support.TestMail;

@CongsoTest
class DossierEmailsTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    NotificationTestSupport support;

    @BeforeEach
    void setUp() {
        support = new NotificationTestSupport(events, transactions, jdbc);
    }

    @Test
    void aSubmittedDossierIsConfirmedByEmailInVietnameseWithItsCodeStatusAndTrackingLink() throws Exception {
        String to = DossierEvents.uniqueEmail("nop");
        DossierEvents dossier = new DossierEvents(null, to, null, "vi");

        support.publish(dossier.submittedOnline());

        MimeMessage mail = TestMail.awaitMessage(to);
        assertThat(TestMail.subject(mail)).isEqualTo("Hồ sơ " + dossier.code + " đã được gửi thành công");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@congso.local");
        assertThat(from.getPersonal()).isEqualTo("Cổng số Đắk Lắk");
        assertThat(TestMail.part(mail, "text/plain"))
                .contains("Kính gửi Ông/Bà Nguyễn Thị Hoa,")
                .contains("Mã hồ sơ: " + dossier.code)
                .contains("Trạng thái: Mới đăng ký, chờ tiếp nhận")
                .contains("Thời gian nộp: 28/11/2026 09:15")
                .contains(dossier.trackingUrl);
        assertThat(TestMail.part(mail, "text/html")).contains("href=\"" + dossier.trackingUrl.replace("&", "&amp;") + "\"").contains("lang=\"vi\"");
    }

    @Test
    void aStatusChangeEmailNamesTheNewStatusInWordsWithTheAppointmentInVietnamTime() {
        String to = DossierEvents.uniqueEmail("trangthai");
        DossierEvents dossier = new DossierEvents(null, to, null, null);

        support.publish(dossier.changed(DossierStatus.SUBMITTED, DossierStatus.RECEIVED, Instant.parse("2026-12-04T09:30:00Z"), null));

        MimeMessage mail = TestMail.awaitMessage(to);
        assertThat(TestMail.subject(mail)).isEqualTo("Hồ sơ " + dossier.code + " đã được tiếp nhận");
        assertThat(TestMail.part(mail, "text/plain"))
                .contains("đã chuyển sang trạng thái: Đã được tiếp nhận")
                .contains("Ngày hẹn trả kết quả: 04/12/2026 16:30")
                .contains(dossier.trackingUrl);
    }

    @Test
    void anApplicantWhoReadsEnglishGetsTheEmailInEnglish() {
        String to = DossierEvents.uniqueEmail("english");
        DossierEvents dossier = new DossierEvents(null, to, null, "en");

        support.publish(dossier.changed(DossierStatus.RECEIVED, DossierStatus.SUPPLEMENT_REQUESTED, null, "Bản sao Giấy chứng sinh bị mờ"));

        MimeMessage mail = TestMail.awaitMessage(to);
        assertThat(TestMail.subject(mail)).isEqualTo("Application " + dossier.code + ": additional documents requested");
        assertThat(TestMail.part(mail, "text/plain"))
                .contains("Dear Nguyễn Thị Hoa,")
                .contains("Additional documents requested")
                .contains("Reason: Bản sao Giấy chứng sinh bị mờ")
                .contains(dossier.trackingUrl)
                .doesNotContain("Kính gửi");
    }

    @Test
    void aReturnedResultInvitesTheApplicantToRateTheService() {
        String to = DossierEvents.uniqueEmail("tra");
        DossierEvents dossier = new DossierEvents(null, to, null, "vi");

        support.publish(dossier.changed(DossierStatus.DECIDED, DossierStatus.RETURNED, Instant.parse("2026-12-04T09:30:00Z"), null));

        String text = TestMail.part(TestMail.awaitMessage(to), "text/plain");
        assertThat(text).contains("Đã trả kết quả").contains("đánh giá mức độ hài lòng").doesNotContain("Ngày hẹn trả kết quả")
                .contains("http://localhost/danh-gia/" + dossier.code + "?kiemTra=K7Q2");
    }

    @Test
    void manyEmailsDueAtOnceGoOutOverSeveralConnectionsEachExactlyOnce() {
        // 35 messages: four groups of up to ten, sent over parallel SMTP connections by the delivery job
        java.util.List<String> recipients = new java.util.ArrayList<>();
        for (int i = 0; i < 35; i++) {
            String to = DossierEvents.uniqueEmail("nhieu." + i);
            recipients.add(to);
            support.publish(new DossierEvents(null, to, null, "vi").changed(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, null, null));
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> recipients.stream()
                .allMatch(to -> support.outbox(to).stream().allMatch(r -> r.sent()) && !support.outbox(to).isEmpty()));
        for (String to : recipients) {
            assertThat(support.outbox(to)).hasSize(1);
            assertThat(TestMail.receivedBy(to)).hasSize(1);
        }
    }

    @Test
    void theSameEventDeliveredTwiceSendsOneEmail() {
        String to = DossierEvents.uniqueEmail("hai.lan");
        DossierEvents dossier = new DossierEvents(null, to, null, "vi");
        var event = dossier.changed(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, null, null);

        support.publish(event);
        support.publish(event);
        support.awaitListenersDone(dossier.code);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> support.outbox(to).stream().allMatch(r -> r.sent()));
        assertThat(support.outbox(to)).hasSize(1);
        assertThat(TestMail.receivedBy(to)).hasSize(1);
    }

    @Test
    void aStatusChangeIsAlsoTextedToThePhoneThroughTheSmsSender() {
        DossierEvents dossier = new DossierEvents(null, null, "0912 345 678", "vi");

        support.publish(dossier.changed(DossierStatus.RECEIVED, DossierStatus.DECIDED, null, null));
        support.awaitListenersDone(dossier.code);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> support.outbox("0912345678").stream()
                .anyMatch(r -> r.channel().equals("SMS") && r.status().equals("LOGGED")));
        String text = jdbc.sql("SELECT body_text FROM notification_outbox WHERE channel = 'SMS' AND dedupe_key LIKE :k")
                .param("k", "dossier-status:" + dossier.dossierId + ":%").query(String.class).single();
        assertThat(text).contains(dossier.code).contains("Đã xử lý xong").contains(dossier.trackingUrl);
    }

    @Test
    void accountHoldersFindTheStatusChangeInTheirInAppList() {
        long accountId = 900_000_000L + dossierSuffix();
        DossierEvents dossier = new DossierEvents(accountId, null, null, "vi");

        support.publish(dossier.changed(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, Instant.parse("2026-12-04T09:30:00Z"), null));
        support.awaitListenersDone(dossier.code);

        List<InAppNotification> inbox = notifications.inbox(accountId, new Paging(1, 10)).items();
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).title()).isEqualTo("Hồ sơ " + dossier.code + " đang được xử lý");
        assertThat(inbox.get(0).body()).contains("Đăng ký khai sinh").contains("Đang xử lý").contains("04/12/2026 16:30");
        assertThat(inbox.get(0).link()).isEqualTo(dossier.trackingUrl);
        assertThat(inbox.get(0).unread()).isTrue();
    }

    @Test
    void aDraftAboutToExpireRemindsTheApplicantByEmailAndInTheApp() {
        String to = DossierEvents.uniqueEmail("nhap");
        long accountId = 910_000_000L + dossierSuffix();

        support.publish(new DraftExpiring(accountId, to, "vi", "Cấp giấy phép xây dựng", "http://localhost/ho-so/nhap/77",
                Instant.parse("2026-12-01T03:00:00Z")));

        MimeMessage mail = TestMail.awaitMessage(to);
        assertThat(TestMail.subject(mail)).isEqualTo("Hồ sơ đang soạn \"Cấp giấy phép xây dựng\" sắp hết hạn lưu");
        assertThat(TestMail.part(mail, "text/plain")).contains("01/12/2026 10:00").contains("http://localhost/ho-so/nhap/77");
        assertThat(notifications.unread(accountId)).isEqualTo(1);
    }

    @Test
    void accountEmailsCarryTheVerificationAndResetLinks() {
        String to = DossierEvents.uniqueEmail("taikhoan");

        support.publish(new EmailVerificationRequested(1L, to, "Trần Văn Bình", "vi", "http://localhost/xac-nhan?t=abc123"));
        support.publish(new PasswordResetRequested(1L, to, "Trần Văn Bình", "en", "http://localhost/dat-lai-mat-khau?t=def456"));

        List<MimeMessage> mails = TestMail.awaitMessages(to, 2, Duration.ofSeconds(20));
        assertThat(mails).extracting(TestMail::subject).containsExactlyInAnyOrder(
                "Xác nhận địa chỉ thư điện tử cho tài khoản Cổng số", "Reset the password of your Congso account");
        assertThat(mails).extracting(m -> TestMail.part(m, "text/plain")).anyMatch(t -> t.contains("http://localhost/xac-nhan?t=abc123"))
                .anyMatch(t -> t.contains("http://localhost/dat-lai-mat-khau?t=def456"));
    }

    private static long dossierSuffix() {
        return new DossierEvents(null, null, null, null).dossierId % 10_000_000L;
    }
}
