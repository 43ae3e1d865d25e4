package vn.congso.identity.internal;

import java.time.Duration;

/** What a one-time link in an e-mail does, and how long it stays valid. */
enum TokenPurpose {
    /** Confirms the e-mail address of a new account. */
    VERIFY_EMAIL(Duration.ofHours(24)),
    /** Sets a new password after "forgotten password". */
    RESET_PASSWORD(Duration.ofHours(1)),
    /** Confirms a new e-mail address before it becomes the login. */
    CHANGE_EMAIL(Duration.ofHours(24));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    Duration validity() {
        return validity;
    }
}
