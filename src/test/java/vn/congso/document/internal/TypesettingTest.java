package vn.congso.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The rules of the layout helper that every form relies on. */
class TypesettingTest {

    @Test
    void dateLineFollowsDecree30LeadingZeros() {
        assertThat(VnDates.dateLine("Đắk Lắk", Samples.at(2026, 11, 28, 9, 0)))
                .isEqualTo("Đắk Lắk, ngày 28 tháng 11 năm 2026");
        assertThat(VnDates.dateLine("Đắk Lắk", Samples.at(2026, 2, 5, 9, 0)))
                .isEqualTo("Đắk Lắk, ngày 05 tháng 02 năm 2026");
        assertThat(VnDates.dateLine("Đắk Lắk", Samples.at(2026, 3, 9, 9, 0)))
                .isEqualTo("Đắk Lắk, ngày 09 tháng 3 năm 2026");
    }

    @Test
    void timesAreReadInHoChiMinhCityTime() {
        assertThat(VnDates.timeAndDate(java.time.Instant.parse("2026-02-24T17:30:00Z")))
                .isEqualTo("00:30 ngày 25/02/2026");
    }

    @Test
    void longTextWrapsWithinTheWidthAndKeepsEveryWord() throws Exception {
        try (PDDocument document = new PDDocument()) {
            FontSet fonts = new FontSet(document);
            String text = "Ủy ban nhân dân phường Buôn Ma Thuột tiếp nhận hồ sơ của bà Nguyễn Thị Hồng Nhung về việc "
                    + "đăng ký khai sinh cho con";
            List<Line> lines = new LineBreaker(fonts, 11).lines(List.of(Span.regular(text)), 200, 0, 0);

            assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(200.01f));
            assertThat(String.join(" ", lines.stream().map(TypesettingTest::text).toList())).isEqualTo(text);
        }
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenCharacters() throws Exception {
        try (PDDocument document = new PDDocument()) {
            FontSet fonts = new FontSet(document);
            String url = "https://dichvucong.daklak.gov.vn/tra-cuu/000.00.01.H66-260224-0012?k=7F3K";
            List<Line> lines = new LineBreaker(fonts, 10).lines(List.of(Span.regular(url)), 120, 0, 0);

            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(String.join("", lines.stream().map(TypesettingTest::text).toList())).isEqualTo(url);
        }
    }

    @Test
    void decomposedDiacriticsAreComposedAndUnknownCharactersBecomeQuestionMarks() throws Exception {
        try (PDDocument document = new PDDocument()) {
            FontSet fonts = new FontSet(document);
            String decomposed = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD);

            assertThat(Span.regular(decomposed).text()).isEqualTo("Nguyễn");
            assertThat(fonts.printable(Style.REGULAR, "Hồ sơ 𠀀")).isEqualTo("Hồ sơ ?");
        }
    }

    private static String text(Line line) {
        return String.join("", line.pieces().stream().map(Line.Piece::text).toList());
    }
}
