package vn.congso.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login rate limit: after {@code congso.login.max-failures} wrong passwords in a row an account is locked for
 * {@code congso.login.lock-minutes}; a successful login resets the count. Locked accounts fail like a wrong
 * password does, so the lock does not tell an attacker which logins exist.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginAttempts(AccountRepository accounts, Clock clock,
                  @Value("${congso.login.max-failures:5}") int maxFailures,
                  @Value("${congso.login.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String login = AccountService.normalizeLogin(String.valueOf(event.getAuthentication().getPrincipal()));
        accounts.byLogin(login).ifPresent(stored -> {
            int failures = stored.failedLogins() + 1;
            accounts.recordFailure(stored.account().id(), failures,
                    failures >= maxFailures ? clock.instant().plus(lock) : stored.lockedUntil());
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CongsoPrincipal p) {
            accounts.recordSuccess(p.user().accountId());
        }
    }
}
