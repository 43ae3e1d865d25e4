package vn.congso.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.ClassUtils;
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

    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 finds its stream provider again for every message, header and body part, by a
        // ServiceLoader scan of every jar on the class path: that scan was most of the cost of building an e-mail.
        // Named by this property, the lookup is a class-name lookup.
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, Courier.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

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

    /** The outcome of one message of a batch: its status, or the error that kept it from being delivered. */
    record Outcome(OutboxMessage message, OutboxStatus status, RuntimeException error) {
    }

    /**
     * Delivers several messages, e-mails over one SMTP connection (a connection per message cost more than the
     * message itself), and says for each what happened; a refusal of one e-mail does not fail the others.
     */
    List<Outcome> deliverAll(List<OutboxMessage> messages) {
        List<Outcome> outcomes = new ArrayList<>();
        List<OutboxMessage> emails = new ArrayList<>();
        for (OutboxMessage m : messages) {
            if (m.channel() == OutboxChannel.EMAIL && mail != null) {
                emails.add(m);
                continue;
            }
            try {
                outcomes.add(new Outcome(m, deliver(m), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(m, null, e));
            }
        }
        if (emails.isEmpty()) {
            return outcomes;
        }
        Map<MimeMessage, OutboxMessage> built = new LinkedHashMap<>();
        for (OutboxMessage m : emails) {
            try {
                built.put(mime(m), m);
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(m, null, e));
            }
        }
        Map<Object, Exception> failed = Map.of();
        try {
            mail.send(built.keySet().toArray(new MimeMessage[0]));
        } catch (MailSendException e) {
            failed = e.getFailedMessages();
        } catch (MailException e) {
            Map<Object, Exception> all = new java.util.HashMap<>();
            built.keySet().forEach(k -> all.put(k, e));
            failed = all;
        }
        for (Map.Entry<MimeMessage, OutboxMessage> b : built.entrySet()) {
            Exception error = failed.get(b.getKey());
            outcomes.add(error == null ? new Outcome(b.getValue(), OutboxStatus.SENT, null)
                    : new Outcome(b.getValue(), null, error instanceof RuntimeException r ? r : new MailSendException(error.getMessage(), error)));
        }
        return outcomes;
    }

    private MimeMessage mime(OutboxMessage m) {
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
        return message;
    }

    private OutboxStatus email(OutboxMessage m) {
        if (mail == null) {
            log.info("E-mail not sent (no SMTP server configured: spring.mail.host), kept in the outbox as LOGGED.\n"
                    + "To: {}\nSubject: {}\n\n{}", m.recipient(), m.subject(), m.bodyText());
            return OutboxStatus.LOGGED;
        }
        mail.send(mime(m));
        return OutboxStatus.SENT;
    }

    private OutboxStatus text(OutboxMessage m) {
        sms.send(m.recipient(), m.bodyText());
        return sms.logsOnly() ? OutboxStatus.LOGGED : OutboxStatus.SENT;
    }
}
