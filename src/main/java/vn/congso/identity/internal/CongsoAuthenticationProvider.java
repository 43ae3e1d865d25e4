package vn.congso.identity.internal;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login (form and HTTP Basic). Before the password: a client address over its failure limit and a
 * locked account are refused like a wrong password. After a right password only: a disabled account, and an
 * applicant whose e-mail is not confirmed ({@link EmailNotConfirmedException}, shown as "please confirm").
 */
class CongsoAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    CongsoAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
        super(users);
        this.attempts = attempts;
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("Account locked");
            }
        });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
            if (user instanceof CongsoPrincipal p && p.mustConfirmEmail()) {
                throw new EmailNotConfirmedException();
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (attempts.blocked(authentication)) {
            throw new AddressBlockedException();
        }
        return super.authenticate(authentication);
    }
}
