package vn.congso.dossier.internal.files;

/**
 * A file that passed {@link FileInspector}: what it really is (from its bytes), how big, its SHA-256 (hex, lower
 * case) and the name to show and to offer on download.
 *
 * @param pageCount pages of a PDF; {@code null} for an image
 */
public record InspectedFile(FileType type, long size, String sha256, String displayName, Integer pageCount) {

    public String contentType() {
        return type.contentType();
    }
}
