package vn.congso.identity;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only listener: keeps the e-mail events identity publishes, so a test can follow the link a person would
 * receive. (A component in test sources, so it lives in the one shared test context without changing its key.)
 */
@Component
public class PublishedIdentityEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void verification(EmailVerificationRequested event) {
        events.add(event);
    }

    @EventListener
    void reset(PasswordResetRequested event) {
        events.add(event);
    }

    public List<EmailVerificationRequested> verifications(String email) {
        return events.stream().filter(EmailVerificationRequested.class::isInstance).map(EmailVerificationRequested.class::cast)
                .filter(e -> e.email().equals(email)).toList();
    }

    public List<PasswordResetRequested> resets(String email) {
        return events.stream().filter(PasswordResetRequested.class::isInstance).map(PasswordResetRequested.class::cast)
                .filter(e -> e.email().equals(email)).toList();
    }

    public Optional<EmailVerificationRequested> lastVerification(String email) {
        List<EmailVerificationRequested> list = verifications(email);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    public Optional<PasswordResetRequested> lastReset(String email) {
        List<PasswordResetRequested> list = resets(email);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /** The token of a link ({@code ...?token=abc}). */
    public static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** The path and query of a link, to request it from the test server. */
    public static String pathOf(String link) {
        String withoutScheme = link.substring(link.indexOf("//") + 2);
        return withoutScheme.substring(withoutScheme.indexOf('/'));
    }
}
