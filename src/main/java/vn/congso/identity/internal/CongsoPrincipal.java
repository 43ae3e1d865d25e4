package vn.congso.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.congso.identity.CurrentUser;
import vn.congso.identity.Role;

/** The Spring Security face of a {@link CurrentUser}; kept in the (database) session, so serializable. */
final class CongsoPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean emailVerified;

    CongsoPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked, boolean emailVerified) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.emailVerified = emailVerified;
    }

    /** Citizens and businesses sign in only once their e-mail is confirmed; officers are created by administrators. */
    boolean mustConfirmEmail() {
        return user.isApplicant() && !emailVerified;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.login();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    static List<String> authorities(CurrentUser user) {
        return user.roles().stream().map(Role::authority).toList();
    }
}
