package vn.congso.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessControlPdfTest {

    private final PdfForms forms = new PdfForms();

    @Test
    void headerNamesTheDossierAndEachHandOverIsARow() {
        byte[] pdf = forms.processControl(Samples.processControl(3));
        Pdfs.keep("06-process-control.pdf", pdf);

        assertThat(Pdfs.text(pdf)).contains("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Mã hồ sơ: " + Samples.CODE, "Kèm theo hồ sơ của: Nguyễn Thị Hồng Nhung",
                "Nội dung yêu cầu giải quyết: Đăng ký khai sinh", "Thời gian nhận hồ sơ: 08:30 ngày 24/02/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 16:00 ngày 27/02/2026",
                "Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Văn hóa - Xã hội",
                "THỜI GIAN GIAO, NHẬN HỒ SƠ", "Giao: Bộ phận Một cửa phường Buôn Ma Thuột (Cán bộ giao số 1)",
                "Nhận: Phòng Văn hóa - Xã hội (Cán bộ nhận số 1)", "Giao: 24/02/2026 09:30",
                "Nhận: 24/02/2026 09:40", "Đúng hạn", "Bước xử lý thứ 3")
                .doesNotContain("Trang 1/");
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void fortyHandOversSpanSeveralNumberedPagesWithTheColumnHeaderOnEach() {
        byte[] pdf = forms.processControl(Samples.processControl(40));
        Pdfs.keep("06-process-control-40.pdf", pdf);

        int pages = Pdfs.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        String text = Pdfs.text(pdf);
        for (int i = 1; i <= 40; i++) {
            assertThat(text).contains("(Cán bộ giao số " + i + ")", "(Cán bộ nhận số " + i + ")",
                    "Bước xử lý thứ " + i + " ");
        }
        assertThat(text).contains("Quá hạn");
        List<String> pageTexts = Pdfs.pageTexts(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(pageTexts.get(page - 1)).contains("THỜI GIAN GIAO, NHẬN HỒ SƠ", "Trang " + page + "/" + pages);
        }
    }
}
