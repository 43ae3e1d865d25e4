package vn.congso.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import vn.congso.document.TrackingBookForm;
import vn.congso.shared.Formats;

class TrackingBookTest {

    private final PdfForms forms = new PdfForms();

    @Test
    void twoHundredDossiersFillLandscapePagesEachWithTheColumnHeader() throws Exception {
        byte[] pdf = forms.trackingBook(Samples.trackingBook(200));
        Pdfs.keep("07-tracking-book.pdf", pdf);

        int pages = Pdfs.pages(pdf);
        assertThat(pages).isGreaterThan(5);
        try (var document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            }
        }
        List<String> pageTexts = Pdfs.pageTexts(pdf);
        String first = pageTexts.get(0);
        assertThat(first).contains("Mẫu số 07", "SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/02/2026 đến ngày 28/02/2026",
                "ỦY BAN NHÂN DÂN PHƯỜNG BUÔN MA THUỘT", "Nguyễn Thị Hồng Nhung", "Cấp bản sao trích lục hộ tịch");
        for (int page = 1; page <= pages; page++) {
            assertThat(pageTexts.get(page - 1)).contains("Mã hồ sơ", "Tên thủ tục hành chính", "Ký nhận kết quả",
                    "Trang " + page + "/" + pages);
        }
        String text = Pdfs.text(pdf);
        for (TrackingBookForm.Row row : Samples.trackingBook(200).rows()) {
            assertThat(text).contains(row.dossierCode() + " ", row.applicantName() + " ");
        }
        assertThat(text).contains("02/02/2026 08:01", "Đã trả kết quả Đúng hạn", "Đang giải quyết", "ĐT: 0905 000 200");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void workbookHasAFrozenHeaderRowAndRealDatesInVietnameseFormat() throws Exception {
        byte[] xlsx = forms.trackingBookXlsx(Samples.trackingBook(200));
        Pdfs.keep("07-tracking-book.xlsx", xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Sổ theo dõi hồ sơ");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(201);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Tên thủ tục hành chính");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Ngày nhận hồ sơ");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Nguyễn Thị Hồng Nhung");
            Cell received = first.getCell(5);
            assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
            assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("dd/MM/yyyy HH:mm");
            LocalDateTime local = Samples.trackingBook(1).rows().get(0).receivedAt().atZone(Formats.ZONE).toLocalDateTime();
            assertThat(received.getLocalDateTimeCellValue()).isEqualTo(local);
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).as("unfinished: no finish date").isEmpty();
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }
}
