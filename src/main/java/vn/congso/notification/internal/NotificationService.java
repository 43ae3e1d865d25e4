package vn.congso.notification.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.notification.InAppNotification;
import vn.congso.notification.Notifications;
import vn.congso.shared.PageResult;
import vn.congso.shared.Paging;
import vn.congso.shared.VietnameseText;

@Service
@Transactional
class NotificationService implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final int MAX_TITLE = 500;
    private static final int MAX_BODY = 2000;
    private static final int MAX_LINK = 1000;

    private final Outbox outbox;
    private final Inbox inbox;
    private final MailTemplates templates;
    private final Clock clock;

    NotificationService(Outbox outbox, Inbox inbox, MailTemplates templates, Clock clock) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public boolean email(String to, String language, String template, Map<String, Object> model, String dedupeKey) {
        String address = validAddress(to);
        if (address == null) {
            log.warn("E-mail '{}' not queued: '{}' is not a valid e-mail address", template, to);
            return false;
        }
        RenderedMail mail = templates.render(template, language, model);
        return outbox.enqueue(OutboxChannel.EMAIL, address, Outbox.truncate(mail.subject(), MAX_TITLE), mail.text(), mail.html(),
                Languages.code(language),
                keyOrUnique(dedupeKey), clock.instant());
    }

    @Override
    public boolean sms(String phone, String text, String dedupeKey) {
        String digits = VietnameseText.digits(phone);
        if (digits.isEmpty() || text == null || text.isBlank()) {
            return false;
        }
        return outbox.enqueue(OutboxChannel.SMS, digits, null, text, null, "vi", keyOrUnique(dedupeKey), clock.instant());
    }

    @Override
    public boolean inApp(long accountId, String title, String body, String link, String dedupeKey) {
        // A cut link would lead nowhere: a link too long for the column is dropped instead.
        String storedLink = link != null && link.length() > MAX_LINK ? null : link;
        return inbox.add(accountId, Outbox.truncate(title, MAX_TITLE), Outbox.truncate(body, MAX_BODY), storedLink, dedupeKey,
                clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<InAppNotification> inbox(long accountId, Paging paging) {
        return new PageResult<>(inbox.page(accountId, paging), paging.page(), paging.size(), inbox.count(accountId));
    }

    @Override
    @Transactional(readOnly = true)
    public int unread(long accountId) {
        return inbox.unread(accountId);
    }

    @Override
    public boolean markRead(long accountId, long notificationId) {
        return inbox.markRead(accountId, notificationId, clock.instant());
    }

    @Override
    public int markAllRead(long accountId) {
        return inbox.markAllRead(accountId, clock.instant());
    }

    private static String keyOrUnique(String dedupeKey) {
        return dedupeKey == null || dedupeKey.isBlank() ? "once:" + UUID.randomUUID() : dedupeKey;
    }

    /** The address in canonical form, or null when it is not a single valid address. */
    static String validAddress(String to) {
        if (to == null || to.isBlank()) {
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(to.strip(), true);
            address.validate();
            return address.getAddress().contains("@") ? address.getAddress() : null;
        } catch (AddressException e) {
            return null;
        }
    }
}
