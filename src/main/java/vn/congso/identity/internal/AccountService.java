package vn.congso.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congso.identity.Account;
import vn.congso.identity.CurrentUser;
import vn.congso.identity.Identity;
import vn.congso.identity.Role;
import vn.congso.shared.VietnameseText;

@Service
@Transactional(readOnly = true)
class AccountService implements Identity, UserDetailsService {

    private final AccountRepository accounts;
    private final java.time.Clock clock;

    AccountService(AccountRepository accounts, java.time.Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CongsoPrincipal p) {
            return Optional.of(p.user());
        }
        return Optional.empty();
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true) // one statement
    public Optional<Account> account(long id) {
        return accounts.byId(id).map(AccountRepository.Stored::account);
    }

    @Override
    public List<Account> officers(long agencyId, Role role) {
        return accounts.officers(agencyId, role);
    }

    /** Login by e-mail, username or 12-digit personal identification number. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        String login = normalizeLogin(username);
        AccountRepository.Stored stored = accounts.byLogin(login)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return principal(stored);
    }

    CongsoPrincipal principal(AccountRepository.Stored stored) {
        return principal(stored, accounts.roles(stored.account().id(), stored.account().kind()));
    }

    /** The principal of an account whose roles were read with it. */
    CongsoPrincipal principal(AccountRepository.Stored stored, java.util.Set<vn.congso.identity.Role> roles) {
        Account a = stored.account();
        CurrentUser user = new CurrentUser(a.id(), a.kind(), a.login(), a.displayName(), a.email(), a.agencyId(), a.unitId(),
                roles, a.assuranceLevel());
        boolean locked = stored.lockedUntil() != null && stored.lockedUntil().isAfter(clock.instant());
        return new CongsoPrincipal(user, stored.passwordHash(), stored.enabled(), locked, a.emailVerified());
    }

    static String normalizeLogin(String raw) {
        if (raw == null) {
            return "";
        }
        String s = VietnameseText.clean(raw).toLowerCase(Locale.ROOT);
        String digits = VietnameseText.digits(s);
        if (digits.length() == 12 && s.replaceAll("[\\s.\\-]", "").length() == 12) {
            return digits;
        }
        return s;
    }
}
