package vn.congso.dossier.internal.files;

/** No object under the key: the row that references it outlived its file, or the key was never stored. */
public class StoredFileNotFoundException extends FileStorageException {

    private final String key;

    public StoredFileNotFoundException(String key) {
        super("No stored file under key " + key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
