package vn.congso.identity.internal;

import java.io.Serial;

import org.springframework.security.authentication.DisabledException;

/**
 * The password was right but the e-mail address is not confirmed yet. Raised only after the password check, so it
 * tells nothing to someone who does not know the password; the login page then offers to send the link again.
 */
class EmailNotConfirmedException extends DisabledException {

    @Serial
    private static final long serialVersionUID = 1L;

    EmailNotConfirmedException() {
        super("E-mail address not confirmed");
    }
}
