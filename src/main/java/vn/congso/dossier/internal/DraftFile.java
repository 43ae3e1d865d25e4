package vn.congso.dossier.internal;

import java.time.Instant;

/** A file uploaded into a draft for one dossier component. */
record DraftFile(long fileId, String publicId, String componentCode, String displayName, String contentType, long size,
                 String sha256, Instant addedAt) {
}
