package vn.congso.identity.internal;

import java.io.Serial;

import org.springframework.security.authentication.LockedException;

/** Too many failed logins from one client address: refused like a locked account, with the same generic message. */
class AddressBlockedException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    AddressBlockedException() {
        super("Too many failed logins from this address");
    }
}
