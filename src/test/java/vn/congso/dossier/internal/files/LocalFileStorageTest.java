package vn.congso.dossier.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStorageTest {

    @TempDir
    Path root;
    @TempDir
    Path uploads;

    @Test
    void aStoredFileCanBeReadCheckedAndDeleted() throws Exception {
        LocalFileStorage storage = new LocalFileStorage(root.resolve("files"));
        byte[] pdf = SampleFiles.pdf(1);
        Path upload = Files.write(uploads.resolve("upload.tmp"), pdf);
        String key = "2026/11/28/6f1c2e0a-0b7e-4a55-9d5f-1f0c8a2b9e11.pdf";

        storage.put(key, upload, "application/pdf");

        assertThat(storage.exists(key)).isTrue();
        try (InputStream in = storage.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(root.resolve("files/2026/11/28/6f1c2e0a-0b7e-4a55-9d5f-1f0c8a2b9e11.pdf")).hasBinaryContent(pdf);

        storage.delete(key);

        assertThat(storage.exists(key)).isFalse();
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(StoredFileNotFoundException.class);
    }

    @Test
    void storingAgainUnderTheSameKeyReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        LocalFileStorage storage = new LocalFileStorage(root, true);
        storage.put("a/b.png", Files.write(uploads.resolve("1"), SampleFiles.png()), "image/png");
        byte[] second = SampleFiles.jpeg();

        storage.put("a/b.png", Files.write(uploads.resolve("2"), second), "image/png");

        try (InputStream in = storage.open("a/b.png"); Stream<Path> files = Files.list(root.resolve("a"))) {
            assertThat(in.readAllBytes()).isEqualTo(second);
            assertThat(files).containsExactly(root.resolve("a/b.png"));
        }
    }

    @Test
    void bytesAreStoredWholeAlsoWhenTheirDirectoryWasRemovedAfterAnEarlierFile() throws Exception {
        LocalFileStorage storage = new LocalFileStorage(root);
        byte[] big = vn.congso.support.SampleFiles.pdfOfSize(300 * 1024);
        storage.put("2026/11/29/a.pdf", SampleFiles.png(), "image/png");
        try (Stream<Path> files = Files.walk(root.resolve("2026"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        storage.put("2026/11/29/b.pdf", big, "application/pdf");

        try (InputStream in = storage.open("2026/11/29/b.pdf"); Stream<Path> files = Files.list(root.resolve("2026/11/29"))) {
            assertThat(in.readAllBytes()).isEqualTo(big);
            assertThat(files).containsExactly(root.resolve("2026/11/29/b.pdf"));
        }
    }

    @Test
    void deletingOrCheckingAMissingFileIsNotAnError() {
        LocalFileStorage storage = new LocalFileStorage(root);

        storage.delete("2026/01/01/khong-co.pdf");

        assertThat(storage.exists("2026/01/01/khong-co.pdf")).isFalse();
    }

    @Test
    void keysThatCouldEscapeTheRootOrAreNotPlainAreRefused() throws Exception {
        LocalFileStorage storage = new LocalFileStorage(root.resolve("files"));
        Path upload = Files.write(uploads.resolve("u"), SampleFiles.png());

        for (String bad : new String[] {"../secret.pdf", "a/../../b.pdf", "/etc/passwd", "a//b.pdf", "a/b/",
                "C:\\Windows\\x.pdf", "a/.upload-1.tmp", "hồ-sơ.pdf", "a b.pdf", "a/./b.pdf", "", "x%2F..%2Fy",
                "a\u0000b", "a".repeat(1025)}) {
            assertThatThrownBy(() -> storage.put(bad, upload, "image/png")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.open(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.exists(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.delete(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> FileStorage.checkKey(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolve("secret.pdf")).doesNotExist();
    }

    @Test
    void keysMadeOfLettersDigitsDashesUnderscoresDotsAndSlashesAreAccepted() {
        assertThat(FileStorage.checkKey("2026/11/28/6f1c2e0a-0b7e_4a55.v2.pdf"))
                .isEqualTo("2026/11/28/6f1c2e0a-0b7e_4a55.v2.pdf");
    }
}
