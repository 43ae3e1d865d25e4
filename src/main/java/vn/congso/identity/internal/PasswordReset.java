package vn.congso.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.identity.Account;
import vn.congso.identity.PasswordResetRequested;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/**
 * Forgotten password: a one-time link valid for one hour is e-mailed through {@link PasswordResetRequested}; the
 * answer is the same whether or not the address has an account. Setting the new password uses the link, ends the
 * account's other reset links, lifts a login lock and confirms the e-mail (the person just proved they read it).
 */
@Service
@Transactional
class PasswordReset {

    static final Duration RESEND_AFTER = Duration.ofMinutes(1);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final EmailLinks links;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordReset(AccountRepository accounts, AccountTokens tokens, EmailLinks links, PasswordEncoder encoder,
                  ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** Problems with the typed address only; whether it has an account is never told. */
    List<FieldProblem> request(String email) {
        String address = EmailAddress.parse(email).orElse(null);
        if (address == null) {
            return List.of(FieldProblem.of("email", email == null || email.isBlank() ? "account.email.required" : "account.email.invalid"));
        }
        accounts.byEmail(address)
                .filter(AccountRepository.Stored::enabled)
                .map(AccountRepository.Stored::account)
                .filter(a -> !tokens.issuedWithin(a.id(), TokenPurpose.RESET_PASSWORD, RESEND_AFTER))
                .ifPresent(this::send);
        return List.of();
    }

    @Transactional(readOnly = true)
    AccountTokens.Lookup check(String token) {
        return tokens.find(token, TokenPurpose.RESET_PASSWORD);
    }

    /**
     * Sets the new password. Refuses an unknown, used or expired link (400 {@code account.token.*}) and a password
     * that breaks the rules (400 with the field {@code passwordField}); the link stays usable after a rule refusal.
     */
    void confirm(String token, String password, String passwordField) {
        AccountTokens.Lookup lookup = tokens.find(token, TokenPurpose.RESET_PASSWORD);
        if (!lookup.usable()) {
            throw refused(lookup.refusal());
        }
        Account account = accounts.byId(lookup.token().accountId()).orElseThrow().account();
        List<FieldProblem> problems = PasswordRules.check(passwordField, password, account.email());
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (!tokens.use(lookup.token())) {
            throw refused(AccountTokens.Refusal.USED);
        }
        accounts.setPassword(account.id(), encoder.encode(password), clock.instant());
        tokens.useAll(account.id(), TokenPurpose.RESET_PASSWORD);
        accounts.markEmailVerified(account.id(), clock.instant());
    }

    static ApiException refused(AccountTokens.Refusal refusal) {
        return ApiException.badRequest("account.token." + refusal.name().toLowerCase(java.util.Locale.ROOT));
    }

    private void send(Account account) {
        String token = tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD, null);
        events.publishEvent(new PasswordResetRequested(account.id(), account.email(), account.fullName(),
                account.preferredLanguage(), links.reset(token)));
    }
}
