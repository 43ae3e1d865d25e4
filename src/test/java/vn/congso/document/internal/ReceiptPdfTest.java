package vn.congso.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congso.document.Applicant;
import vn.congso.document.Channel;
import vn.congso.document.ReceiptForm;

class ReceiptPdfTest {

    private final PdfForms forms = new PdfForms();

    @Test
    void receiptShowsTitleCodeApplicantAndAppointmentWithDiacritics() {
        byte[] pdf = forms.receipt(Samples.receipt(Channel.IN_PERSON));
        Pdfs.keep("01-receipt.pdf", pdf);

        assertThat(Pdfs.text(pdf)).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN PHƯỜNG BUÔN MA THUỘT", "Số: 125/GTN", "Đắk Lắk, ngày 24 tháng 02 năm 2026",
                "Mã hồ sơ: 000.00.01.H66-260224-0012",
                "Ủy ban nhân dân phường Buôn Ma Thuột tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
                "Địa chỉ: Số 12 đường Phan Bội Châu, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
                "Số điện thoại: 0912 345 678", "Email: hongnhung@example.vn",
                "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
                "Hình thức nộp hồ sơ: Trực tiếp tại Bộ phận Một cửa",
                "Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp",
                "Số lượng hồ sơ: 01 (bộ)", "Thời gian giải quyết hồ sơ theo quy định là: 03 ngày làm việc",
                "Thời gian nhận hồ sơ: 08:30 ngày 24/02/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 16:00 ngày 27/02/2026",
                "Phí, lệ phí: 1.500.000 đ", "Đăng ký nhận kết quả tại: Bộ phận Một cửa phường Buôn Ma Thuột",
                "Mã tra cứu: 7F3K", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Lê Thị Mai");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void onlineReceiptIsSignedByTheOfficerOnlyAndItsQrCodeOpensTheTrackingPage() {
        byte[] pdf = forms.receipt(Samples.receipt(Channel.ONLINE));

        assertThat(Pdfs.text(pdf)).contains("Hình thức nộp hồ sơ: Trực tuyến", "NGƯỜI TIẾP NHẬN HỒ SƠ")
                .doesNotContain("NGƯỜI NỘP HỒ SƠ");
        assertThat(QrDecoder.decode(Pdfs.render(pdf, 0, 300))).isEqualTo(Samples.TRACKING_URL);
    }

    @Test
    void missingValuesPrintTheDottedPlaceholdersOfThePaperForm() {
        ReceiptForm bare = new ReceiptForm(Samples.ward(), "", Samples.CODE, Applicant.named(Samples.APPLICANT),
                Samples.PROCEDURE, List.of(), 1, null, Samples.at(2026, 2, 24, 8, 30), null, null, null,
                Channel.POSTAL, null, null, null, null);

        String text = Pdfs.text(forms.receipt(bare));

        assertThat(text).contains("Số: " + Texts.DOTS, "Địa chỉ: " + Texts.DOTS,
                "Thời gian trả kết quả giải quyết hồ sơ: " + Texts.DOTS,
                "Hình thức nộp hồ sơ: Qua dịch vụ bưu chính công ích")
                .doesNotContain("Phí, lệ phí", "Tra cứu tình trạng hồ sơ");
    }

    @Test
    void documentPropertiesNameTheFormInVietnamese() throws Exception {
        byte[] pdf = forms.receipt(Samples.receipt(Channel.IN_PERSON));

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Giấy tiếp nhận hồ sơ và hẹn trả kết quả - " + Samples.CODE);
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("Congso");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }
}
