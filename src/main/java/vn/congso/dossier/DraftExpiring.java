package vn.congso.dossier;

import java.time.Instant;

/** A draft untouched for long will expire at {@code expiresAt} unless the applicant comes back. */
public record DraftExpiring(long accountId, String email, String language, String procedureName, String resumeUrl,
                            Instant expiresAt) {
}
