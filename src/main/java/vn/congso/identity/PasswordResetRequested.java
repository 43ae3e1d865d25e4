package vn.congso.identity;

/** Someone asked to reset the password of an account; {@code link} sets a new one (valid for a short time). */
public record PasswordResetRequested(long accountId, String email, String fullName, String language, String link) {
}
