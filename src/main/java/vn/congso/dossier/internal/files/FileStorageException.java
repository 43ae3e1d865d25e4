package vn.congso.dossier.internal.files;

/**
 * The file storage could not do what was asked (disk full, object storage unreachable, access refused). Not the
 * user's fault: callers let it reach the shared error handling, which logs it and answers neutrally.
 */
public class FileStorageException extends RuntimeException {

    public FileStorageException(String message) {
        super(message);
    }

    public FileStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
