package vn.congso.dossier.internal.files;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of dossier files live: a local directory in the embedded default, S3-compatible object storage
 * when several nodes share the files. Keys are chosen by the caller (for example {@code 2026/11/28/<uuid>.pdf})
 * and are checked by {@link #checkKey(String)}; the content type, size and SHA-256 live in the database row that
 * references the key, which is committed only after {@link #put} returned.
 */
public interface FileStorage {

    /** Stores (or replaces) the object under {@code key}; when it returns, the bytes are durable enough to commit. */
    void put(String key, Path source, String contentType);

    /** Stores (or replaces) the object under {@code key} from bytes already in memory (small uploads). */
    default void put(String key, byte[] bytes, String contentType) {
        Path temp = null;
        try {
            temp = java.nio.file.Files.createTempFile("congso-put-", ".tmp");
            java.nio.file.Files.write(temp, bytes);
            put(key, temp, contentType);
        } catch (java.io.IOException e) {
            throw new FileStorageException("Could not store " + key, e);
        } finally {
            if (temp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(temp);
                } catch (java.io.IOException ignored) {
                    // a stray temporary file is harmless
                }
            }
        }
    }

    /** Opens the stored bytes; the caller closes the stream. Throws {@link StoredFileNotFoundException} if absent. */
    InputStream open(String key);

    /** Removes the object; removing an absent key is not an error. */
    void delete(String key);

    boolean exists(String key);

    /**
     * Refuses keys that could leave the storage root or mean different things to different back ends: only
     * {@code [A-Za-z0-9/_.-]}, relative, at most 1024 characters, no empty segment and no segment starting with a
     * dot (so no {@code .} or {@code ..}, and no clash with the temporary files of {@link LocalFileStorage}).
     *
     * @return the key, unchanged
     * @throws IllegalArgumentException for a bad key (a programming error: keys come from code, not from users)
     */
    static String checkKey(String key) {
        return StorageKeys.check(key);
    }
}
