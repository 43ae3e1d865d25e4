package vn.congso.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.congso.dossier.DossierStatus;

class MailTemplatesTest {

    static final String CODE = "000.00.01.H66-261128-0012";
    static final String TRACKING = "https://dichvucong.daklak.example/tra-cuu/000.00.01.H66-261128-0012";

    final ResourceBundleMessageSource messages = messages();
    final MailTemplates templates = new MailTemplates(messages);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("messages/notification");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    Map<String, Object> statusChange(DossierStatus status, String label) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", "Nguyễn Thị Hoa");
        model.put("code", CODE);
        model.put("procedureName", "Đăng ký khai sinh");
        model.put("status", status.name());
        model.put("statusLabel", label);
        model.put("appointment", "28/11/2026 14:30");
        model.put("reason", null);
        model.put("trackingUrl", TRACKING);
        model.put("rateUrl", status == DossierStatus.RETURNED ? TRACKING : null);
        return model;
    }

    @Test
    void aStatusChangeEmailIsPoliteVietnameseByDefaultWithTheStatusInWordsTheAppointmentAndTheTrackingLink() {
        RenderedMail mail = templates.render("dossier-status-changed", null, statusChange(DossierStatus.IN_PROGRESS, "Đang xử lý"));

        assertThat(mail.subject()).isEqualTo("Hồ sơ " + CODE + " đang được xử lý");
        assertThat(mail.text())
                .startsWith("Kính gửi Ông/Bà Nguyễn Thị Hoa,")
                .contains("Đang xử lý")
                .contains("Thủ tục: Đăng ký khai sinh")
                .contains("Ngày hẹn trả kết quả: 28/11/2026 14:30")
                .contains(TRACKING)
                .contains("Trân trọng,")
                .doesNotContain("Lý do")
                .doesNotContain("đánh giá")
                .doesNotContain("\n\n\n");
        assertThat(mail.html())
                .contains("lang=\"vi\"")
                .contains("<title>Hồ sơ " + CODE + " đang được xử lý</title>")
                .contains("href=\"" + TRACKING + "\"")
                .contains("Kính gửi Ông/Bà Nguyễn Thị Hoa,");
    }

    @Test
    void englishReadersGetTheSameEmailInEnglish() {
        RenderedMail mail = templates.render("dossier-status-changed", "en",
                statusChange(DossierStatus.SUPPLEMENT_REQUESTED, "Additional documents requested"));

        assertThat(mail.subject()).isEqualTo("Application " + CODE + ": additional documents requested");
        assertThat(mail.text()).startsWith("Dear Nguyễn Thị Hoa,").contains("Additional documents requested")
                .contains("Result expected on: 28/11/2026 14:30").contains(TRACKING).doesNotContain("Ông/Bà");
        assertThat(mail.html()).contains("lang=\"en\"");
    }

    @Test
    void aReturnedResultInvitesTheApplicantToRateTheService() {
        RenderedMail mail = templates.render("dossier-status-changed", "vi", statusChange(DossierStatus.RETURNED, "Đã trả kết quả"));

        assertThat(mail.subject()).isEqualTo("Hồ sơ " + CODE + " đã trả kết quả");
        assertThat(mail.text()).contains("đánh giá mức độ hài lòng").contains(TRACKING);
        assertThat(mail.html()).contains("Đánh giá chất lượng phục vụ");
    }

    @Test
    void aReasonIsQuotedWhenThereIsOne() {
        Map<String, Object> model = statusChange(DossierStatus.REFUSED, "Không được tiếp nhận");
        model.put("reason", "Thiếu bản sao Giấy chứng sinh");

        assertThat(templates.render("dossier-status-changed", "vi", model).text()).contains("Lý do: Thiếu bản sao Giấy chứng sinh");
    }

    @Test
    void whatPeopleTypedIsEscapedInTheHtmlVersion() {
        Map<String, Object> model = statusChange(DossierStatus.IN_PROGRESS, "Đang xử lý");
        model.put("name", "<script>alert(1)</script>");

        RenderedMail mail = templates.render("dossier-status-changed", "vi", model);

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void withoutANameTheGreetingIsStillPolite() {
        Map<String, Object> model = statusChange(DossierStatus.IN_PROGRESS, "Đang xử lý");
        model.put("name", null);

        assertThat(templates.render("dossier-status-changed", "vi", model).text()).startsWith("Kính gửi Ông/Bà,");
        assertThat(templates.render("dossier-status-changed", "en", model).text()).startsWith("Dear Sir or Madam,");
    }

    @Test
    void accountEmailsCarryTheirLink() {
        Map<String, Object> model = Map.of("name", "Trần Văn Bình", "link", "https://congso.example/dat-lai-mat-khau?t=abc");

        RenderedMail reset = templates.render("password-reset", "vi", model);

        assertThat(reset.subject()).isEqualTo("Đặt lại mật khẩu tài khoản Cổng số");
        assertThat(reset.text()).contains("https://congso.example/dat-lai-mat-khau?t=abc").contains("Kính gửi Ông/Bà Trần Văn Bình,");
        assertThat(templates.render("email-verification", "en", model).subject()).isEqualTo("Confirm your e-mail address for your Congso account");
    }

    @Test
    void onlyTemplatesOfTheMailFolderCanBeNamed() {
        assertThatThrownBy(() -> templates.render("../fragments/layout", "vi", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDossierStatusHasWordsASubjectAndANextStepInBothLanguages() {
        for (String language : new String[] {"vi", "en"}) {
            Locale locale = Languages.locale(language);
            for (DossierStatus status : DossierStatus.values()) {
                for (String prefix : new String[] {"notification.status.", "notification.status.subject.", "notification.status.next."}) {
                    String key = prefix + status.name();
                    assertThat(messages.getMessage(key, new Object[] {CODE}, null, locale)).as(language + " " + key).isNotBlank();
                }
            }
        }
    }
}
