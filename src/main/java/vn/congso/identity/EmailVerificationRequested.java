package vn.congso.identity;

/** A new account must confirm its e-mail address through {@code link}. */
public record EmailVerificationRequested(long accountId, String email, String fullName, String language, String link) {
}
