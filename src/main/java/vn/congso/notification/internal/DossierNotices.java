package vn.congso.notification.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.congso.dossier.Applicant;
import vn.congso.dossier.Channel;
import vn.congso.dossier.DossierStatus;
import vn.congso.dossier.DossierStatusChanged;
import vn.congso.dossier.DossierSubmitted;
import vn.congso.dossier.DraftExpiring;
import vn.congso.notification.Notifications;
import vn.congso.shared.Formats;
import vn.congso.shared.VietnameseText;

/**
 * Tells applicants what happens to their dossiers: an e-mail when it is submitted and at every status change,
 * a text message for status changes when there is a phone number, and a line in the in-app list of account
 * holders. Each listener runs after the dossier's transaction committed, in its own transaction, and is retried
 * from the event publication registry; the de-duplication keys make a re-delivered event send nothing twice.
 */
@Component
class DossierNotices {

    private final Notifications notifications;
    private final Texts texts;

    DossierNotices(Notifications notifications, Texts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @ApplicationModuleListener
    public void on(DossierSubmitted e) {
        Applicant a = e.applicant();
        String lang = Languages.code(a.language());
        boolean online = e.channel() == Channel.ONLINE;
        // Online, the dossier waits for the one-stop desk (status 1); at a desk or by post it is received at once.
        DossierStatus status = online ? DossierStatus.SUBMITTED : DossierStatus.RECEIVED;
        String key = "dossier-submitted:" + e.dossierId();
        if (a.email() != null && !a.email().isBlank()) {
            Map<String, Object> model = new HashMap<>();
            model.put("name", a.name());
            model.put("code", e.code());
            model.put("procedureName", e.procedureName());
            model.put("online", online);
            model.put("statusLabel", texts.status(status, lang));
            model.put("submittedAt", Formats.dateTime(e.submittedAt()));
            model.put("checkCode", e.checkCode());
            model.put("trackingUrl", e.trackingUrl());
            notifications.email(a.email(), lang, "dossier-submitted", model, key + ":email:" + lower(a.email()));
        }
        if (a.accountId() != null) {
            String title = texts.get(online ? "notification.submitted.subject.online" : "notification.submitted.subject.desk",
                    lang, e.code());
            String body = texts.get("notification.inapp.dossier", lang, e.procedureName(), texts.status(status, lang));
            notifications.inApp(a.accountId(), title, body, e.trackingUrl(), key + ":inapp:" + a.accountId());
        }
    }

    @ApplicationModuleListener
    public void on(DossierStatusChanged e) {
        if (e.from() == null) {
            return; // the dossier was just created: DossierSubmitted has told the applicant
        }
        Applicant a = e.applicant();
        String lang = Languages.code(a.language());
        String statusLabel = texts.status(e.to(), lang);
        String appointment = e.appointment() != null && !e.to().isTerminal() ? Formats.dateTime(e.appointment()) : null;
        String key = "dossier-status:" + e.dossierId() + ":" + e.to() + ":" + e.at().toEpochMilli();
        if (a.email() != null && !a.email().isBlank()) {
            Map<String, Object> model = new HashMap<>();
            model.put("name", a.name());
            model.put("code", e.code());
            model.put("procedureName", e.procedureName());
            model.put("status", e.to().name());
            model.put("statusLabel", statusLabel);
            model.put("appointment", appointment);
            model.put("reason", e.reason() == null || e.reason().isBlank() ? null : e.reason());
            model.put("trackingUrl", e.trackingUrl());
            // Satisfaction survey after the result is returned (Decision 766), opened with the tracking check code.
            model.put("rateUrl", e.to() == DossierStatus.RETURNED ? rateUrl(e.trackingUrl()) : null);
            notifications.email(a.email(), lang, "dossier-status-changed", model, key + ":email:" + lower(a.email()));
        }
        if (a.phone() != null && !a.phone().isBlank()) {
            String text = texts.get("notification.sms.status", lang, e.code(), statusLabel, e.trackingUrl());
            notifications.sms(a.phone(), text, key + ":sms:" + VietnameseText.digits(a.phone()));
        }
        if (a.accountId() != null) {
            String title = texts.get("notification.status.subject." + e.to().name(), lang, e.code());
            String body = texts.get("notification.inapp.dossier", lang, e.procedureName(), statusLabel)
                    + (appointment == null ? "" : " " + texts.get("notification.inapp.appointment", lang, appointment));
            notifications.inApp(a.accountId(), title, body, e.trackingUrl(), key + ":inapp:" + a.accountId());
        }
    }

    @ApplicationModuleListener
    public void on(DraftExpiring e) {
        String lang = Languages.code(e.language());
        String expires = Formats.dateTime(e.expiresAt());
        String key = "draft-expiring:" + e.accountId() + ":" + e.resumeUrl() + ":" + e.expiresAt().toEpochMilli();
        if (e.email() != null && !e.email().isBlank()) {
            Map<String, Object> model = new HashMap<>();
            model.put("procedureName", e.procedureName());
            model.put("expiresAt", expires);
            model.put("resumeUrl", e.resumeUrl());
            notifications.email(e.email(), lang, "draft-expiring", model, key + ":email:" + lower(e.email()));
        }
        notifications.inApp(e.accountId(), texts.get("notification.draft.subject", lang, e.procedureName()),
                texts.get("notification.inapp.draft", lang, e.procedureName(), expires), e.resumeUrl(), key + ":inapp");
    }

    private static String lower(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The survey page {@code <base>/danh-gia/<code>?kiemTra=<check>} built from the tracking link
     * {@code <base>/tra-cuu?ma=<code>&kiemTra=<check>} the dossier module sends (so notification needs no feedback type);
     * the tracking link itself when it has another shape.
     */
    static String rateUrl(String trackingUrl) {
        if (trackingUrl == null) {
            return null;
        }
        int at = trackingUrl.indexOf("/tra-cuu?");
        if (at < 0) {
            return trackingUrl;
        }
        var query = org.springframework.web.util.UriComponentsBuilder.fromUriString(trackingUrl).build().getQueryParams();
        String code = query.getFirst("ma");
        String check = query.getFirst("kiemTra");
        if (code == null || check == null || code.isBlank() || check.isBlank()) {
            return trackingUrl;
        }
        return trackingUrl.substring(0, at) + "/danh-gia/" + code + "?kiemTra=" + check;
    }
}
