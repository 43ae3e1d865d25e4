package vn.congso.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.congso.document.ProcessControlForm;
import vn.congso.document.ResultDocument;
import vn.congso.document.Timeliness;
import vn.congso.document.TrackingBookForm;

/** What happens when content is larger than a page, or empty. */
class PageFlowTest {

    private final PdfForms forms = new PdfForms();

    @Test
    void aHandOverNoteLongerThanAPageContinuesOnTheNextPageUnderTheRepeatedHeader() {
        String note = "Bắt đầu ghi chú. " + String.join(" ", Collections.nCopies(700, "xác minh")) + " Hết ghi chú.";
        ProcessControlForm sample = Samples.processControl(2);
        List<ProcessControlForm.HandOver> handOvers = new ArrayList<>(sample.handOvers());
        handOvers.add(new ProcessControlForm.HandOver("Phòng Văn hóa - Xã hội", "Phạm Quốc Huy", null,
                "Công an phường Buôn Ma Thuột", null, null, Timeliness.LATE, note));
        byte[] pdf = forms.processControl(new ProcessControlForm(sample.issuer(), sample.dossierCode(),
                sample.applicant(), sample.procedureName(), sample.receivedAt(), sample.appointmentAt(),
                sample.competentAgency(), handOvers));
        Pdfs.keep("06-long-note.pdf", pdf);

        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join(" ", pages)).contains("Bắt đầu ghi chú. xác minh", "Hết ghi chú.",
                "Giao: Phòng Văn hóa - Xã hội (Phạm Quốc Huy)", "Nhận: Công an phường Buôn Ma Thuột");
        assertThat(pages.get(pages.size() - 1)).contains("THỜI GIAN GIAO, NHẬN HỒ SƠ", "Hết ghi chú.");
        String all = String.join(" ", pages);
        assertThat(all.split("\\bxác\\b", -1)).as("every word of the note printed once").hasSize(701);
        assertThat(all.split("\\bminh\\b", -1)).hasSize(701);
    }

    @Test
    void aLongBodyFlowsOntoFurtherPagesAndKeepsTheSignatureWhole() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            paragraphs.add("Đoạn " + i + ": Ủy ban nhân dân phường Buôn Ma Thuột xác nhận nội dung hồ sơ của bà "
                    + "Nguyễn Thị Hồng Nhung theo quy định của pháp luật về hộ tịch và cư trú.");
        }
        ResultDocument sample = Samples.result();
        byte[] pdf = forms.result(new ResultDocument(sample.issuer(), sample.documentNumber(), sample.title(),
                sample.subject(), "Bà Nguyễn Thị Hồng Nhung", paragraphs, sample.signer(), sample.issuedAt(),
                List.of(), sample.resultCode(), sample.verificationUrl()));

        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        String all = String.join(" ", pages);
        for (int i = 1; i <= 40; i++) {
            assertThat(all).contains("Đoạn " + i + ": Ủy ban nhân dân phường Buôn Ma Thuột");
        }
        assertThat(pages.stream().filter(page -> page.contains("PHÓ CHỦ TỊCH")).findFirst().orElseThrow())
                .contains("Trần Văn Bình");
        assertThat(all).contains("Kính gửi: Bà Nguyễn Thị Hồng Nhung", "Như trên");
    }

    @Test
    void anEmptyTrackingBookStillPrintsItsHeaderInBothFormats() throws Exception {
        TrackingBookForm empty = new TrackingBookForm(Samples.ward(), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), List.of());

        byte[] pdf = forms.trackingBook(empty);
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        assertThat(Pdfs.text(pdf)).contains("SỔ THEO DÕI HỒ SƠ", "Mã hồ sơ", "Ghi chú").doesNotContain("Trang 1/");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(forms.trackingBookXlsx(empty)))) {
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(12).getStringCellValue()).isEqualTo("Ghi chú");
        }
    }
}
