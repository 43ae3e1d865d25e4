package vn.congso.dossier.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

import vn.congso.shared.Formats;

/**
 * Accepting an upload in one call: {@link FileInspector} decides, then the bytes go to {@link FileStorage} under a
 * new key {@code yyyy/MM/dd/<uuid>.<ext>} (the day in Vietnam). The caller then writes its row in its own
 * transaction; the file is already stored when that row commits. Called inside a transaction, the file is
 * deleted again if that transaction rolls back; a crash in between may still leave an orphan file, which is
 * harmless (nothing references it).
 */
public class StoredFiles {

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    /** Uploads up to this size are checked and stored from memory (the servlet container keeps them there too). */
    static final long IN_MEMORY_MAX = 1024 * 1024;

    private final FileStorage storage;
    private final FileInspector inspector;
    private final Clock clock;

    public StoredFiles(FileStorage storage, FileInspector inspector, Clock clock) {
        this.storage = storage;
        this.inspector = inspector;
        this.clock = clock;
    }

    public StoredFile store(Path file, String originalName) {
        return store(file, originalName, FileInspector.DEFAULT_FIELD);
    }

    /**
     * @param field the form field named in the problem if the file is refused
     * @throws vn.congso.shared.ApiException with a {@code file.*} code if the file is refused
     */
    public StoredFile store(Path file, String originalName, String field) {
        InspectedFile inspected = inspector.inspect(file, originalName, field);
        return keep(inspected, key -> storage.put(key, file, inspected.contentType()));
    }

    /** Bytes already in memory; the field named in a refusal is {@code field}. */
    public StoredFile store(byte[] bytes, String originalName, String field) {
        InspectedFile inspected = inspector.inspect(bytes, originalName, field);
        return keep(inspected, key -> storage.put(key, bytes, inspected.contentType()));
    }

    /** Stores an accepted file under a new dated key, to be deleted again if the transaction rolls back. */
    private StoredFile keep(InspectedFile inspected, java.util.function.Consumer<String> put) {
        String key = DAY.format(clock.instant().atZone(Formats.ZONE)) + "/" + UUID.randomUUID() + "."
                + inspected.type().extension();
        put.accept(key);
        deleteIfRolledBack(key);
        return new StoredFile(key, inspected.contentType(), inspected.size(), inspected.sha256(),
                inspected.displayName(), inspected.pageCount());
    }

    public StoredFile store(InputStream upload, String originalName) {
        return store(upload, originalName, FileInspector.DEFAULT_FIELD);
    }

    /** Reads the upload into a temporary file, stopping as soon as it is over the limit. */
    public StoredFile store(InputStream upload, String originalName, String field) {
        Path temp = null;
        try {
            temp = Files.createTempFile("congso-upload-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                upload.transferTo(new BoundedOutput(out, inspector.maxBytes()));
            } catch (BoundedOutput.Full full) {
                throw inspector.tooLarge(field);
            }
            return store(temp, originalName, field);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the uploaded file", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    log.warn("Could not delete temporary upload {}", temp, e);
                }
            }
        }
    }

    /** A form upload; the field named in a refusal is the form field's name. */
    public StoredFile store(MultipartFile upload) {
        if (upload.getSize() > 0 && upload.getSize() <= IN_MEMORY_MAX && upload.getSize() <= inspector.maxBytes()) {
            // most scans are a few hundred kilobytes: checked and stored from memory, without two temporary copies
            try {
                return store(upload.getBytes(), upload.getOriginalFilename(), upload.getName());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not receive the uploaded file", e);
            }
        }
        try (InputStream in = upload.getInputStream()) {
            return store(in, upload.getOriginalFilename(), upload.getName());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the uploaded file", e);
        }
    }

    public InputStream open(String key) {
        return storage.open(key);
    }

    /** Removes a stored file, for example one whose row was never committed or was deleted. */
    public void delete(String key) {
        storage.delete(key);
    }

    private void deleteIfRolledBack(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    try {
                        storage.delete(key);
                    } catch (RuntimeException e) {
                        log.warn("Could not delete file {} of a rolled-back transaction; it stays as an orphan", key, e);
                    }
                }
            }
        });
    }

    /** Passes bytes through until a limit, then refuses more so a huge upload is not read to its end. */
    private static final class BoundedOutput extends OutputStream {
        private final OutputStream out;
        private long remaining;

        BoundedOutput(OutputStream out, long limit) {
            this.out = out;
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > remaining) {
                throw new Full();
            }
            out.write(b, off, len);
            remaining -= len;
        }

        static final class Full extends IOException {
        }
    }
}
