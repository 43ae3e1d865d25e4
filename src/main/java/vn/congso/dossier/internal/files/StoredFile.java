package vn.congso.dossier.internal.files;

/**
 * A file accepted and stored, with everything its database row needs: the storage key, what the bytes are, how
 * many, their SHA-256 (hex, lower case), the name to show and, for a PDF, its pages ({@code null} for images).
 */
public record StoredFile(String key, String contentType, long size, String sha256, String displayName,
                         Integer pageCount) {
}
