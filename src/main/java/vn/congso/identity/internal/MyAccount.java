package vn.congso.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.identity.Account;
import vn.congso.identity.AccountKind;
import vn.congso.identity.EmailVerificationRequested;
import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;
import vn.congso.shared.VietnameseText;

/**
 * "Tài khoản của tôi": a signed-in person changes their own contact details and password. Every method takes the
 * signed-in account's id, never an id from the request, so nobody reaches another person's account. A new e-mail
 * address becomes the login only after its owner follows the link sent to it.
 */
@Service
@Transactional
class MyAccount {

    /** The account as its owner sees it, with an e-mail change waiting for confirmation if any. */
    record View(Account account, String pendingEmail) {
    }

    private final AccountRepository accounts;
    private final AccountChecks checks;
    private final AccountTokens tokens;
    private final EmailLinks links;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MyAccount(AccountRepository accounts, AccountChecks checks, AccountTokens tokens, EmailLinks links, PasswordEncoder encoder,
              ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.checks = checks;
        this.tokens = tokens;
        this.links = links;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    View view(long accountId) {
        Account account = accounts.byId(accountId).orElseThrow(() -> ApiException.notFound("account.not-found")).account();
        return new View(account, tokens.pendingEmail(accountId).orElse(null));
    }

    /**
     * Changes the contact details. Fields left null keep their value (the API's PATCH), except the commune when
     * {@code replaceCommune} (the page's form, where "none" is a choice).
     */
    View changeContact(long accountId, ContactForm change, boolean replaceCommune) {
        Account current = view(accountId).account();
        List<FieldProblem> problems = new ArrayList<>();
        String phone = current.phone();
        if (change.phone() != null) {
            phone = MobilePhone.parse(change.phone()).orElse(null);
            if (change.phone().isBlank() && current.kind() == AccountKind.OFFICER) {
                phone = null;
            } else if (change.phone().isBlank()) {
                problems.add(FieldProblem.of("phone", "account.phone.required"));
            } else if (phone == null) {
                problems.add(FieldProblem.of("phone", "account.phone.invalid"));
            }
        }
        String newEmail = null;
        if (change.email() != null) {
            Optional<String> email = EmailAddress.parse(change.email());
            if (change.email().isBlank()) {
                problems.add(FieldProblem.of("email", "account.email.required"));
            } else if (email.isEmpty()) {
                problems.add(FieldProblem.of("email", "account.email.invalid"));
            } else if (!email.get().equals(current.email())) {
                if (accounts.emailTaken(email.get(), accountId)) {
                    problems.add(FieldProblem.of("email", "account.email.taken"));
                } else {
                    newEmail = email.get();
                }
            }
        }
        String address = current.address();
        if (change.address() != null) {
            address = VietnameseText.clean(change.address());
            if (address.isEmpty() && current.kind() == AccountKind.CITIZEN) {
                problems.add(FieldProblem.of("address", "account.address.required"));
            } else if (address.length() > RegistrationRules.MAX_ADDRESS) {
                problems.add(FieldProblem.of("address", "account.address.too-long", RegistrationRules.MAX_ADDRESS));
            }
            address = address.isEmpty() ? null : address;
        }
        Long commune = change.communeId() == null && !replaceCommune ? current.adminUnitId() : change.communeId();
        if (change.communeId() != null && !checks.communeExists(change.communeId())) {
            problems.add(FieldProblem.of("communeId", "account.commune.invalid"));
        }
        String language = current.preferredLanguage();
        if (change.preferredLanguage() != null) {
            language = switch (change.preferredLanguage().strip()) {
                case "vi", "en" -> change.preferredLanguage().strip();
                default -> {
                    problems.add(FieldProblem.of("preferredLanguage", "account.language.invalid"));
                    yield language;
                }
            };
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(AccountChecks.inPageOrder(problems));
        }
        accounts.updateContact(accountId, phone, address, commune, language, clock.instant());
        if (newEmail != null) {
            tokens.useAll(accountId, TokenPurpose.CHANGE_EMAIL);
            String token = tokens.issue(accountId, TokenPurpose.CHANGE_EMAIL, newEmail);
            events.publishEvent(new EmailVerificationRequested(accountId, newEmail, current.fullName(), language, links.verify(token)));
        }
        return view(accountId);
    }

    /** Changes the password after checking the current one. */
    void changePassword(long accountId, String currentPassword, String newPassword) {
        AccountRepository.Stored stored = accounts.byId(accountId).orElseThrow(() -> ApiException.notFound("account.not-found"));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.add(FieldProblem.of("currentPassword", "account.currentPassword.required"));
        } else if (stored.passwordHash() == null || !encoder.matches(currentPassword, stored.passwordHash())) {
            problems.add(FieldProblem.of("currentPassword", "account.currentPassword.wrong"));
        }
        problems.addAll(PasswordRules.check("newPassword", newPassword, stored.account().email()));
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        accounts.setPassword(accountId, encoder.encode(newPassword), clock.instant());
    }
}
