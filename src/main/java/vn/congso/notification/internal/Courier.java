package vn.congso.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.congso.notification.SmsSender;

/**
 * Hands one outbox message to its channel: e-mail through Spring Mail when an SMTP server is configured
 * ({@code spring.mail.host}), otherwise to the log; text messages through the {@link SmsSender}. Throws when the
 * server refuses or cannot be reached, so the outbox tries again later.
 */
@Component
class Courier {

    private static final Logger log = LoggerFactory.getLogger(Courier.class);

    private final JavaMailSender mail;
    private final SmsSender sms;
    private final String from;

    @Autowired
    Courier(ObjectProvider<JavaMailSender> mail, SmsSender sms, NotificationProperties properties) {
        this(mail.getIfAvailable(), sms, properties.from());
    }

    Courier(JavaMailSender mail, SmsSender sms, String from) {
        this.mail = mail;
        this.sms = sms;
        this.from = from;
        if (mail instanceof JavaMailSenderImpl impl) {
            // JavaMail waits forever by default: a hung server would hold the delivery job (and its cluster lock).
            Properties p = impl.getJavaMailProperties();
            p.putIfAbsent("mail.smtp.connectiontimeout", "10000");
            p.putIfAbsent("mail.smtp.timeout", "30000");
            p.putIfAbsent("mail.smtp.writetimeout", "30000");
        }
    }

    /** Delivers the message and says how: SENT, or LOGGED when there is no server to send it to. */
    OutboxStatus deliver(OutboxMessage m) {
        return switch (m.channel()) {
            case EMAIL -> email(m);
            case SMS -> text(m);
        };
    }

    private OutboxStatus email(OutboxMessage m) {
        if (mail == null) {
            log.info("E-mail not sent (no SMTP server configured: spring.mail.host), kept in the outbox as LOGGED.\n"
                    + "To: {}\nSubject: {}\n\n{}", m.recipient(), m.subject(), m.bodyText());
            return OutboxStatus.LOGGED;
        }
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, m.bodyHtml() != null, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(m.recipient());
            helper.setSubject(m.subject());
            if (m.bodyHtml() != null) {
                helper.setText(m.bodyText(), m.bodyHtml());
            } else {
                helper.setText(m.bodyText(), false);
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not build the e-mail: " + e.getMessage(), e);
        }
        mail.send(message);
        return OutboxStatus.SENT;
    }

    private OutboxStatus text(OutboxMessage m) {
        sms.send(m.recipient(), m.bodyText());
        return sms.logsOnly() ? OutboxStatus.LOGGED : OutboxStatus.SENT;
    }
}
