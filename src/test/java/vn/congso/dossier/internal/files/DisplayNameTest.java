package vn.congso.dossier.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNameTest {

    @Test
    void keepsAnOrdinaryVietnameseName() {
        assertThat(DisplayName.of("Đơn đề nghị cấp lại.pdf", FileType.PDF)).isEqualTo("Đơn đề nghị cấp lại.pdf");
    }

    @Test
    void composesDecomposedAccentsIntoNfc() {
        String decomposed = "Gia\u0302\u0301y to\u031B\u0300.pdf"; // as macOS file names arrive

        assertThat(DisplayName.of(decomposed, FileType.PDF)).isEqualTo(java.text.Normalizer.normalize("Giấy tờ.pdf", java.text.Normalizer.Form.NFC));
    }

    @Test
    void dropsFoldersOfEitherKind() {
        assertThat(DisplayName.of("/home/an/scan.png", FileType.PNG)).isEqualTo("scan.png");
        assertThat(DisplayName.of("C:\\fakepath\\scan.png", FileType.PNG)).isEqualTo("scan.png");
        assertThat(DisplayName.of("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
    }

    @Test
    void removesControlAndInvisibleFormattingCharacters() {
        assertThat(DisplayName.of("anh\u202Egnp.exe", FileType.PNG)).isEqualTo("anhgnp.exe.png");
        assertThat(DisplayName.of("to\u200Bkhai\u0007\n2026.pdf", FileType.PDF)).isEqualTo("tokhai 2026.pdf");
    }

    @Test
    void replacesCharactersWindowsRefusesAndTrimsDotsAndSpaces() {
        assertThat(DisplayName.of("  .bao cao: \"Q3\" <ban>?.pdf. ", FileType.PDF)).isEqualTo("bao cao_ _Q3_ _ban__.pdf");
    }

    @Test
    void endsWithTheExtensionOfTheDetectedType() {
        assertThat(DisplayName.of("anh the.jpeg", FileType.JPEG)).isEqualTo("anh the.jpeg");
        assertThat(DisplayName.of("anh the", FileType.JPEG)).isEqualTo("anh the.jpg");
        assertThat(DisplayName.of("bao-cao.docx", FileType.PDF)).isEqualTo("bao-cao.docx.pdf");
    }

    @Test
    void fallsBackToAPlainNameWhenNothingPrintableIsLeft() {
        assertThat(DisplayName.of("\u0000\u202E", FileType.PDF)).isEqualTo("tep.pdf");
        assertThat(DisplayName.of(null, FileType.PNG)).isEqualTo("tep.png");
        assertThat(DisplayName.of(".pdf", FileType.PDF)).isEqualTo("pdf.pdf");
    }

    @Test
    void isAtMost150CharactersWithTheExtensionKept() {
        String name = DisplayName.of("Hồ sơ ".repeat(60) + ".pdf", FileType.PDF);

        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(150);
        assertThat(name).startsWith("Hồ sơ Hồ sơ").endsWith(".pdf").doesNotContain(" .pdf");
    }
}
