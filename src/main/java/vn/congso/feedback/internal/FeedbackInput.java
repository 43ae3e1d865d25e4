package vn.congso.feedback.internal;

/**
 * What a sender types: about a procedure ({@code procedureCode}) or about a dossier ({@code dossierCode} + its
 * {@code check} code), their name, e-mail and/or phone, a title and the content.
 */
record FeedbackInput(String procedureCode, String dossierCode, String check, String name, String email, String phone, String title,
                     String content) {
}
