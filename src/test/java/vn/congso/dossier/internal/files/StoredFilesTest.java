package vn.congso.dossier.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.congso.shared.ApiException;

class StoredFilesTest {

    /** 23:30 UTC on 27/11 is already 28/11 in Vietnam. */
    static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void anAcceptedUploadIsStoredUnderANewKeyOfTheVietnameseDay() throws Exception {
        LocalFileStorage storage = new LocalFileStorage(root);
        StoredFiles files = new StoredFiles(storage, new FileInspector(FileInspector.DEFAULT_MAX_BYTES), LATE_EVENING_UTC);
        byte[] pdf = SampleFiles.pdf(2);

        StoredFile stored = files.store(new ByteArrayInputStream(pdf), "C:\\scan\\Tờ khai.pdf");

        assertThat(stored.key()).matches("2026/11/28/[0-9a-f-]{36}\\.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(FileInspectorTest.sha256(pdf));
        assertThat(stored.displayName()).isEqualTo("Tờ khai.pdf");
        assertThat(stored.pageCount()).isEqualTo(2);
        try (InputStream in = files.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(files.store(new ByteArrayInputStream(pdf), "to-khai.pdf").key()).isNotEqualTo(stored.key());
    }

    @Test
    void aRefusedUploadStoresNothing() throws Exception {
        StoredFiles files = new StoredFiles(new LocalFileStorage(root), new FileInspector(FileInspector.DEFAULT_MAX_BYTES),
                LATE_EVENING_UTC);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> files.store(new ByteArrayInputStream(SampleFiles.html()), "anh.jpg", "photo"));

        assertThat(refused.code()).isEqualTo("file.disguised");
        assertThat(refused.fieldProblems().get(0).field()).isEqualTo("photo");
        try (Stream<Path> stored = Files.walk(root)) {
            assertThat(stored.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aHugeUploadIsRefusedWithoutReadingItToTheEnd() {
        StoredFiles files = new StoredFiles(new LocalFileStorage(root), new FileInspector(1024), LATE_EVENING_UTC);
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }
        };

        ApiException refused = catchThrowableOfType(ApiException.class, () -> files.store(endless, "scan.pdf"));

        assertThat(refused.code()).isEqualTo("file.too-large");
        assertThat(refused.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(read.get()).isLessThan(1024 * 1024);
    }

    @Test
    void aFormUploadIsRefusedUnderItsFieldName() {
        StoredFiles files = new StoredFiles(new LocalFileStorage(root), new FileInspector(FileInspector.DEFAULT_MAX_BYTES),
                LATE_EVENING_UTC);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> files.store(new MockMultipartFile("cccd", "cccd.png", "image/png", new byte[0])));

        assertThat(refused.code()).isEqualTo("file.empty");
        assertThat(refused.fieldProblems().get(0).field()).isEqualTo("cccd");
        assertThat(files.store(new MockMultipartFile("cccd", "cccd.png", "image/png", SampleFiles.png())).contentType())
                .isEqualTo("image/png");
    }

    @Test
    void theFileOfARolledBackTransactionIsDeletedAndACommittedOneKept() throws IOException {
        LocalFileStorage storage = new LocalFileStorage(root);
        StoredFiles files = new StoredFiles(storage, new FileInspector(FileInspector.DEFAULT_MAX_BYTES), LATE_EVENING_UTC);

        StoredFile rolledBack = inTransaction(() -> files.store(new ByteArrayInputStream(SampleFiles.png()), "a.png"),
                TransactionSynchronization.STATUS_ROLLED_BACK);
        StoredFile committed = inTransaction(() -> files.store(new ByteArrayInputStream(SampleFiles.png()), "b.png"),
                TransactionSynchronization.STATUS_COMMITTED);

        assertThat(storage.exists(rolledBack.key())).isFalse();
        assertThat(storage.exists(committed.key())).isTrue();
    }

    /** Plays what Spring's transaction manager does around a transaction, without a database. */
    private static StoredFile inTransaction(java.util.function.Supplier<StoredFile> work, int outcome) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            StoredFile stored = work.get();
            TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(outcome));
            return stored;
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
