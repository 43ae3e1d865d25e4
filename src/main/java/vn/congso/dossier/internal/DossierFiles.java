package vn.congso.dossier.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.congso.dossier.internal.files.StoredFile;
import vn.congso.dossier.internal.files.StoredFiles;

/** Uploaded files as rows: the bytes are checked and stored first, then the row is written in the caller's transaction. */
@Component
class DossierFiles {

    private final StoredFiles storedFiles;
    private final JdbcClient jdbc;
    private final Clock clock;

    DossierFiles(StoredFiles storedFiles, JdbcClient jdbc, Clock clock) {
        this.storedFiles = storedFiles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores an upload owned by an account (or by an officer for walk-in intake); returns the row id. */
    long store(MultipartFile upload, Long ownerId) {
        return insert(storedFiles.store(upload), ownerId);
    }

    /** An upload checked and stored, whose row is not written yet. */
    record Accepted(StoredFile file, String componentCode) {
    }

    /**
     * Checks and stores an upload without writing its row, for callers that do so later in their transaction; the
     * refusal names the form part (the component code).
     */
    Accepted accept(MultipartFile upload, String componentCode) {
        return new Accepted(storedFiles.store(upload), componentCode);
    }

    /** Writes the row of an accepted upload (in the caller's transaction); returns its id. */
    long record(Accepted accepted, Long ownerId) {
        return insert(accepted.file(), ownerId);
    }

    /** Removes an accepted upload whose row was never committed. */
    void discard(Accepted accepted) {
        try {
            storedFiles.delete(accepted.file().key());
        } catch (RuntimeException e) {
            // an orphan file is harmless: nothing references it
        }
    }

    private long insert(StoredFile f, Long ownerId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO stored_file (public_id, owner_id, storage_key, display_name, content_type, size_bytes, sha256, pages, created_at)
                VALUES (:p, :o, :k, :n, :t, :s, :h, :pages, :now)
                """).param("p", UUID.randomUUID().toString()).param("o", ownerId).param("k", f.key()).param("n", f.displayName())
                .param("t", f.contentType()).param("s", f.size()).param("h", f.sha256()).param("pages", f.pageCount())
                .param("now", Timestamp.from(clock.instant())).update(keys, "id");
        return keys.getKey().longValue();
    }

    InputStream open(DossierRepository.StoredFileRef file) {
        return storedFiles.open(file.storageKey());
    }
}
