package vn.congso.dossier;

/**
 * Who applied, as recorded on the dossier (a walk-in applicant may have no account). {@code language} is "vi" or
 * "en", the language the applicant reads notifications in.
 */
public record Applicant(Long accountId, String name, String personalId, String phone, String email, String address,
                        String language) {
}
