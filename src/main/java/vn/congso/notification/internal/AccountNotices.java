package vn.congso.notification.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.congso.identity.EmailVerificationRequested;
import vn.congso.identity.PasswordResetRequested;
import vn.congso.notification.Notifications;

/** E-mails that identity asks for: confirming an address and resetting a password (each link once). */
@Component
class AccountNotices {

    private final Notifications notifications;

    AccountNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    public void on(EmailVerificationRequested e) {
        notifications.email(e.email(), e.language(), "email-verification", model(e.fullName(), e.link()),
                "email-verification:" + e.accountId() + ":" + e.link() + ":" + lower(e.email()));
    }

    @ApplicationModuleListener
    public void on(PasswordResetRequested e) {
        notifications.email(e.email(), e.language(), "password-reset", model(e.fullName(), e.link()),
                "password-reset:" + e.accountId() + ":" + e.link() + ":" + lower(e.email()));
    }

    private static Map<String, Object> model(String name, String link) {
        HashMap<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("link", link);
        return model;
    }

    private static String lower(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
