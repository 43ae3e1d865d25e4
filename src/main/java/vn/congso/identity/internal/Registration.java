package vn.congso.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.identity.Account;
import vn.congso.identity.EmailVerificationRequested;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/**
 * Opening a local account: the details are checked, the account is stored with its e-mail unconfirmed, and
 * {@link EmailVerificationRequested} carries a one-time link (24 h) that the notification module e-mails. Login
 * waits until the link is followed. A new link can be asked for at most once a minute per account.
 */
@Service
@Transactional
class Registration {

    /** Local accounts: the identity is as declared and the e-mail confirmed (see ADR 0003). */
    static final int LOCAL_ASSURANCE_LEVEL = 1;
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);

    /** What following a link did, or why it was refused. */
    record LinkResult(TokenPurpose purpose, AccountTokens.Refusal refusal) {
        boolean done() {
            return refusal == null;
        }
    }

    private final AccountRepository accounts;
    private final AccountChecks checks;
    private final AccountTokens tokens;
    private final EmailLinks links;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(AccountRepository accounts, AccountChecks checks, AccountTokens tokens, EmailLinks links, PasswordEncoder encoder,
                 ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.checks = checks;
        this.tokens = tokens;
        this.links = links;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    /** The problems of the details step (everything but the password); empty when the person may go on. */
    @Transactional(readOnly = true)
    List<FieldProblem> checkDetails(RegistrationForm form, String language) {
        return checks.registration(form, language, false).problems();
    }

    /** Creates the account and asks for the e-mail confirmation; refuses (400/409) with every problem. */
    Account register(RegistrationForm form, String language) {
        RegistrationRules.Result checked = checks.registration(form, language, true);
        if (!checked.valid()) {
            throw AccountChecks.refusal(checked.problems());
        }
        NewAccount account = checked.account();
        long id;
        try {
            id = accounts.insert(account, encoder.encode(form.password()), LOCAL_ASSURANCE_LEVEL, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("account.exists");
        }
        Account created = accounts.byId(id).orElseThrow().account();
        requestVerification(created);
        return created;
    }

    /** Follows a link from an e-mail: confirms a new account's address, or a changed address. */
    LinkResult verify(String token) {
        AccountTokens.Lookup lookup = tokens.find(token, TokenPurpose.VERIFY_EMAIL, TokenPurpose.CHANGE_EMAIL);
        if (!lookup.usable()) {
            return new LinkResult(null, lookup.refusal());
        }
        AccountTokens.Token t = lookup.token();
        if (t.purpose() == TokenPurpose.CHANGE_EMAIL && accounts.emailTaken(t.newEmail(), t.accountId())) {
            throw ApiException.conflict("account.email.taken-meanwhile");
        }
        if (!tokens.use(t)) {
            return new LinkResult(t.purpose(), AccountTokens.Refusal.USED);
        }
        if (t.purpose() == TokenPurpose.CHANGE_EMAIL) {
            accounts.changeEmail(t.accountId(), t.newEmail(), clock.instant());
        } else {
            accounts.markEmailVerified(t.accountId(), clock.instant());
        }
        return new LinkResult(t.purpose(), null);
    }

    /**
     * Sends a new confirmation link if the address belongs to an account still waiting for one. The caller answers
     * the same whatever happened, so the answer does not tell whether the address has an account.
     */
    List<FieldProblem> resend(String email) {
        String address = EmailAddress.parse(email).orElse(null);
        if (address == null) {
            return List.of(FieldProblem.of("email", email == null || email.isBlank() ? "account.email.required" : "account.email.invalid"));
        }
        accounts.byEmail(address)
                .map(AccountRepository.Stored::account)
                .filter(a -> !a.emailVerified())
                .filter(a -> !tokens.issuedWithin(a.id(), TokenPurpose.VERIFY_EMAIL, RESEND_AFTER))
                .ifPresent(this::requestVerification);
        return List.of();
    }

    private void requestVerification(Account account) {
        String token = tokens.issue(account.id(), TokenPurpose.VERIFY_EMAIL, null);
        events.publishEvent(new EmailVerificationRequested(account.id(), account.email(), account.fullName(),
                account.preferredLanguage(), links.verify(token)));
    }
}
