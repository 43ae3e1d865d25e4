package vn.congso.dossier.internal.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a citizen or an officer may attach to a dossier, recognised by their first bytes. */
public enum FileType {

    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** Bytes needed to recognise any type. */
    static final int MAGIC_LENGTH = 8;

    private final String contentType;
    private final List<String> extensions;
    private final byte[] magic;

    FileType(String contentType, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The extension given to display names of this type ({@code pdf}, {@code jpg}, {@code png}). */
    public String extension() {
        return extensions.get(0);
    }

    /** Every extension that names this type, lower case. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type whose signature starts {@code head}, if any; a PDF must start with {@code %PDF-} at byte 0. */
    public static Optional<FileType> ofBytes(byte[] head) {
        return Arrays.stream(values()).filter(t -> t.startsWith(head)).findFirst();
    }

    /**
     * The type the file name claims through its extension ({@code scan.PDF} claims PDF), if any, read as a person
     * sees the name: invisible control and formatting characters do not hide an extension.
     */
    public static Optional<FileType> claimedBy(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equalsIgnoreCase(contentType)).findFirst();
    }

    private boolean startsWith(byte[] head) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
