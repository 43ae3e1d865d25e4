package vn.congso.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The documents a citizen scans: the online-submission receipt, the result, and the QR images for pages. */
class QrDocumentsTest {

    private final PdfForms forms = new PdfForms();

    @Test
    void submissionReceiptShowsTheCodeAndItsQrCodeOpensThePublicTrackingPage() {
        byte[] pdf = forms.submissionReceipt(Samples.submissionReceipt());
        Pdfs.keep("submission-receipt.pdf", pdf);

        assertThat(Pdfs.text(pdf)).contains("CỔNG DỊCH VỤ CÔNG TỈNH ĐẮK LẮK", "XÁC NHẬN NỘP HỒ SƠ TRỰC TUYẾN",
                Samples.CODE, "Mã tra cứu: 7F3K", "Thủ tục: Đăng ký khai sinh", "Người nộp: Nguyễn Thị Hồng Nhung",
                "Thời gian nộp: 21:05 ngày 28/11/2026", "Thời hạn giải quyết: 03 ngày làm việc",
                "Dự kiến trả kết quả: được thông báo khi hồ sơ được tiếp nhận", "Các bước tiếp theo",
                "Thời hạn giải quyết được tính từ khi hồ sơ được tiếp nhận hợp lệ.");
        assertThat(QrDecoder.decode(Pdfs.render(pdf, 0, 300))).isEqualTo(Samples.TRACKING_URL);
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void resultDocumentCarriesItsCodeAndAQrCodeToTheVerificationPage() {
        byte[] pdf = forms.result(Samples.result());
        Pdfs.keep("result.pdf", pdf);

        assertThat(Pdfs.text(pdf)).contains("GIẤY XÁC NHẬN", "Về việc xác nhận tình trạng hôn nhân",
                "Số: 112/GXN-UBND", "Đắk Lắk, ngày 02 tháng 3 năm 2026",
                "xác nhận bà Nguyễn Thị Hồng Nhung, sinh ngày 12/05/1995",
                "có giá trị sử dụng trong thời hạn 06 tháng", "KT. CHỦ TỊCH", "Trần Văn Bình",
                "Mã kết quả: KQ-H66-2603020001", "Nơi nhận: - Bà Nguyễn Thị Hồng Nhung; - Lưu: VT.")
                .doesNotContain("Như trên");
        assertThat(QrDecoder.decode(Pdfs.render(pdf, 0, 300)))
                .isEqualTo("https://dichvucong.daklak.gov.vn/xac-thuc/KQ-H66-2603020001");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void qrPngHasTheAskedSizeAndDecodesBackToTheText() throws Exception {
        byte[] png = forms.qrPng(Samples.TRACKING_URL, 300);

        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(QrDecoder.decodePng(png)).isEqualTo(Samples.TRACKING_URL);
    }

    @Test
    void qrPngRefusesSizesThatWouldOnlyWasteMemory() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> forms.qrPng(Samples.TRACKING_URL, 100_000));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> forms.qrPng(" ", 200));
    }
}
