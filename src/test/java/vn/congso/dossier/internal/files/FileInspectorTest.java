package vn.congso.dossier.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

import vn.congso.shared.ApiException;

class FileInspectorTest {

    private final FileInspector inspector = new FileInspector(FileInspector.DEFAULT_MAX_BYTES);

    @Test
    void aRealPdfIsAcceptedWithItsTypeSizeHashAndPages() {
        byte[] pdf = SampleFiles.pdf(3);

        InspectedFile file = inspector.inspect(pdf, "Giấy khai sinh.pdf");

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(file.sha256()).isEqualTo(sha256(pdf));
        assertThat(file.pageCount()).isEqualTo(3);
        assertThat(file.displayName()).isEqualTo("Giấy khai sinh.pdf");
    }

    @Test
    void aJpegPhotoIsAccepted() {
        byte[] jpeg = SampleFiles.jpeg();

        InspectedFile file = inspector.inspect(jpeg, "CCCD mat truoc.JPG");

        assertThat(file.contentType()).isEqualTo("image/jpeg");
        assertThat(file.size()).isEqualTo(jpeg.length);
        assertThat(file.sha256()).isEqualTo(sha256(jpeg));
        assertThat(file.pageCount()).isNull();
        assertThat(file.displayName()).isEqualTo("CCCD mat truoc.JPG");
    }

    @Test
    void aPngScanIsAccepted() {
        byte[] png = SampleFiles.png();

        InspectedFile file = inspector.inspect(png, "so-ho-khau.png");

        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.size()).isEqualTo(png.length);
        assertThat(file.sha256()).isEqualTo(sha256(png));
    }

    @Test
    void aFileOnDiskIsJudgedLikeTheSameBytesInMemory(@TempDir Path dir) throws Exception {
        byte[] pdf = SampleFiles.pdf(2);
        Path upload = Files.write(dir.resolve("upload.tmp"), pdf);

        InspectedFile fromDisk = inspector.inspect(upload, "to-khai.pdf");

        assertThat(fromDisk).isEqualTo(inspector.inspect(pdf, "to-khai.pdf"));
        Path cut = Files.write(dir.resolve("cut.tmp"), SampleFiles.firstHalf(pdf));
        assertRefused(() -> inspector.inspect(cut, "to-khai.pdf"), "file.corrupt");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        ApiException refused = assertRefused(() -> inspector.inspect(new byte[0], "don.pdf"), "file.empty");

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInMegabytes() {
        FileInspector halfMegabyte = new FileInspector(512 * 1024);
        byte[] big = new byte[512 * 1024 + 1];
        System.arraycopy(SampleFiles.pdf(1), 0, big, 0, 100);

        ApiException refused = assertRefused(() -> halfMegabyte.inspect(big, "scan.pdf"), "file.too-large");

        assertThat(refused.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.args()).containsExactly(new BigDecimal("0.5"));
        assertThat(new FileInspector(10L * 1024 * 1024).tooLarge("file").args()).containsExactly(10L);
    }

    @Test
    void aFileExactlyAtTheLimitIsAccepted() {
        byte[] png = SampleFiles.png();

        assertThat(new FileInspector(png.length).inspect(png, "anh.png").size()).isEqualTo(png.length);
    }

    @Test
    void archivesProgramsWebPagesAndWordDocumentsAreRefusedAsTheWrongType() {
        assertRefused(() -> inspector.inspect(SampleFiles.zip(), "ho-so.zip"), "file.type");
        assertRefused(() -> inspector.inspect(SampleFiles.exe(), "setup.exe"), "file.type");
        assertRefused(() -> inspector.inspect(SampleFiles.html(), "trang.html"), "file.type");
        assertRefused(() -> inspector.inspect(SampleFiles.docx(), "Don de nghi.docx"), "file.type");
        assertRefused(() -> inspector.inspect(SampleFiles.docx(), "khong-co-duoi"), "file.type");
    }

    @Test
    void aPngNamedAsPdfIsRefusedAsDisguised() {
        assertRefused(() -> inspector.inspect(SampleFiles.png(), "hoso.pdf"), "file.disguised");
        assertRefused(() -> inspector.inspect(SampleFiles.png(), "hoso.PDF\u200B\u0000"), "file.disguised");
    }

    @Test
    void aPdfNamedAsJpegIsRefusedAsDisguised() {
        assertRefused(() -> inspector.inspect(SampleFiles.pdf(1), "anh-the.jpg"), "file.disguised");
    }

    @Test
    void aProgramOrWebPageNamedAsPhotoIsRefusedAsDisguised() {
        assertRefused(() -> inspector.inspect(SampleFiles.exe(), "photo.jpg"), "file.disguised");
        assertRefused(() -> inspector.inspect(SampleFiles.html(), "photo.JPEG"), "file.disguised");
        assertRefused(() -> inspector.inspect(SampleFiles.zip(), "scan.pdf"), "file.disguised");
    }

    @Test
    void aPdfCutInTheMiddleIsRefusedAsCorrupt() {
        assertRefused(() -> inspector.inspect(SampleFiles.firstHalf(SampleFiles.pdf(3)), "to-khai.pdf"), "file.corrupt");
    }

    @Test
    void aPdfWithOnlyAHeaderIsRefusedAsCorrupt() {
        assertRefused(() -> inspector.inspect("%PDF-1.7\n%%EOF\n".getBytes(), "rong.pdf"), "file.corrupt");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedAsCorrupt() {
        assertRefused(() -> inspector.inspect(SampleFiles.passwordProtectedPdf(), "sao-ke.pdf"), "file.corrupt");
    }

    @Test
    void imagesCutInTheMiddleAreRefusedAsCorrupt() {
        assertRefused(() -> inspector.inspect(SampleFiles.firstHalf(SampleFiles.jpeg()), "anh.jpg"), "file.corrupt");
        assertRefused(() -> inspector.inspect(SampleFiles.firstHalf(SampleFiles.png()), "anh.png"), "file.corrupt");
    }

    @Test
    void anImageWithOnlyItsSignatureIsRefusedAsCorrupt() {
        byte[] pngSignatureOnly = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

        assertRefused(() -> inspector.inspect(pngSignatureOnly, "anh.png"), "file.corrupt");
    }

    @Test
    void theBytesDecideWhenTheNameClaimsNothing() {
        InspectedFile file = inspector.inspect(SampleFiles.pdf(1), "Giay to (ban scan)");

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.displayName()).isEqualTo("Giay to (ban scan).pdf");
    }

    @Test
    void aNameWithFoldersAndControlCharactersIsCleaned() {
        String fromOldBrowser = "C:\\Users\\An\\Desktop\\Gia\u0302\u0301y\tkhai\u0000 sinh\u202Egpj.pdf";

        InspectedFile file = inspector.inspect(SampleFiles.pdf(1), fromOldBrowser);

        assertThat(file.displayName()).isEqualTo("Giấy khai sinhgpj.pdf");
    }

    @Test
    void theRefusalNamesTheFormField() {
        ApiException refused = assertRefused(
                () -> inspector.inspect(new byte[0], "don.pdf", "components/2/file"), "file.empty");

        assertThat(refused.fieldProblems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("components/2/file"));
    }

    static ApiException assertRefused(Runnable inspection, String code) {
        ApiException refused = catchThrowableOfType(ApiException.class, inspection::run);
        assertThat(refused).as("refused with " + code).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.fieldProblems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.field()).isNotBlank();
        });
        return refused;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
