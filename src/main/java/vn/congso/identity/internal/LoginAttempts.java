package vn.congso.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login rate limits, both kept in the database so they hold when several nodes serve logins.
 * <ul>
 * <li>Per account: after {@code congso.login.max-failures} (5) wrong passwords in a row the account is locked for
 * {@code congso.login.lock-minutes} (15); a successful login resets the count.</li>
 * <li>Per client address: after {@code congso.login.max-failures-per-address} (30) failed logins of any name
 * within the same 15 minutes, the address may not try again until older failures leave the window.</li>
 * </ul>
 * Both refusals look exactly like a wrong password, so they tell an attacker nothing about which logins exist.
 * Loopback addresses are not limited: behind a reverse proxy on the same machine that does not forward the
 * client's address (X-Forwarded-For), every citizen would otherwise share one address and be locked out together.
 */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;
    private final int maxFailuresPerAddress;

    LoginAttempts(AccountRepository accounts, JdbcClient jdbc, Clock clock,
                  @Value("${congso.login.max-failures:5}") int maxFailures,
                  @Value("${congso.login.lock-minutes:15}") int lockMinutes,
                  @Value("${congso.login.max-failures-per-address:30}") int maxFailuresPerAddress) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
        this.maxFailuresPerAddress = maxFailuresPerAddress;
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

    /** Every failure counts against the client's address, except refusals of the address itself. */
    @EventListener
    void failedFromAddress(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof AddressBlockedException || event.getException() instanceof EmailNotConfirmedException) {
            return;
        }
        String address = address(event.getAuthentication());
        if (address == null) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM login_failure WHERE failed_at <= :cutoff").param("cutoff", Timestamp.from(now.minus(lock))).update();
        jdbc.sql("INSERT INTO login_failure (address, failed_at) VALUES (:a, :t)").param("a", address).param("t", Timestamp.from(now)).update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CongsoPrincipal p) {
            accounts.recordSuccess(p.user().accountId());
        }
    }

    /** Whether the client's address has used up its failed logins for the window. */
    boolean blocked(Authentication attempt) {
        String address = address(attempt);
        if (address == null) {
            return false;
        }
        long recent = jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE address = :a AND failed_at > :since")
                .param("a", address).param("since", Timestamp.from(clock.instant().minus(lock))).query(Long.class).single();
        return recent >= maxFailuresPerAddress;
    }

    /** The client's address (after the forwarded-header filter), or null for loopback and unknown clients. */
    static String address(Authentication attempt) {
        if (!(attempt.getDetails() instanceof WebAuthenticationDetails details) || details.getRemoteAddress() == null) {
            return null;
        }
        String address = details.getRemoteAddress();
        if (address.length() > 64 || isLoopback(address)) {
            return null;
        }
        return address;
    }

    private static boolean isLoopback(String address) {
        if (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1") || address.equals("localhost")) {
            return true;
        }
        if (!address.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
