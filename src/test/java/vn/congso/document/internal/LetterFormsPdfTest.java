package vn.congso.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Forms 02 to 05: the notices and letters sent to the applicant. */
class LetterFormsPdfTest {

    private final PdfForms forms = new PdfForms();

    @Test
    void supplementRequestListsEachMissingItemWithItsReason() {
        byte[] pdf = forms.supplementRequest(Samples.supplementRequest());
        Pdfs.keep("02-supplement-request.pdf", pdf);

        assertThat(Pdfs.text(pdf)).contains("Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "Số: 18/PYC", "Đắk Lắk, ngày 24 tháng 02 năm 2026", "Mã hồ sơ: " + Samples.CODE,
                "Hồ sơ của: Nguyễn Thị Hồng Nhung", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
                "Ủy ban nhân dân phường Buôn Ma Thuột đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ",
                "Bản sao Giấy chứng nhận kết hôn của cha, mẹ",
                "Tờ khai ghi cha, mẹ đã đăng ký kết hôn nhưng hồ sơ chưa có giấy tờ chứng minh",
                "Tên trên tờ khai khác tên trên Giấy chứng sinh",
                "liên hệ với Lê Thị Mai, số điện thoại 0262 3852 123 để được hướng dẫn", "NGƯỜI HƯỚNG DẪN");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void refusalStatesTheLegalBasisAndEveryReason() {
        byte[] pdf = forms.refusal(Samples.refusal());
        Pdfs.keep("03-refusal.pdf", pdf);

        assertThat(Pdfs.text(pdf)).contains("Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                "Đắk Lắk, ngày 05 tháng 3 năm 2026",
                "Ủy ban nhân dân phường Buôn Ma Thuột tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
                "Nội dung yêu cầu giải quyết: Đăng ký kết hôn",
                "Căn cứ quy định tại: Điều 18 Luật Hộ tịch năm 2014",
                "từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:",
                "1. Người yêu cầu chưa đủ tuổi kết hôn theo quy định của Luật Hôn nhân và gia đình.",
                "2. Hồ sơ thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh.",
                "Xin thông báo để Ông/Bà được biết và thực hiện./.")
                .doesNotContain("Mã hồ sơ");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void apologyGivesTheReasonTheOriginalDueTimeAndTheNewAppointment() {
        byte[] pdf = forms.apologyExtension(Samples.apologyExtension());
        Pdfs.keep("04-apology-extension.pdf", pdf);

        assertThat(Pdfs.text(pdf)).contains("Mẫu số 04", "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                "Số: 45/UBND-VP", "Đắk Lắk, ngày 26 tháng 02 năm 2026", "Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung",
                "mã hồ sơ " + Samples.CODE, "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16:00 ngày 27/02/2026",
                "Lý do: Cần xác minh thông tin cư trú của người mẹ tại xã Ea Kao.",
                "kết quả giải quyết hồ sơ sẽ được trả vào 16:00 ngày 04/03/2026",
                "Nơi nhận:", "- Như trên;", "- Bộ phận Một cửa phường;", "- Lưu: VT.",
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình");
        Pdfs.assertFontsEmbedded(pdf);
    }

    @Test
    void stopNoticeGivesReasonBasisAndWhatToDoNext() {
        byte[] pdf = forms.stopNotice(Samples.stopNotice());
        Pdfs.keep("05-stop-notice.pdf", pdf);

        assertThat(Pdfs.text(pdf)).contains("Mẫu số 05", "THÔNG BÁO Về việc dừng giải quyết hồ sơ",
                "Số: 52/TB-UBND", "Đắk Lắk, ngày 25 tháng 02 năm 2026",
                "Ngày 24/02/2026, Ủy ban nhân dân phường Buôn Ma Thuột tiếp nhận hồ sơ của Ông/Bà Nguyễn Thị Hồng Nhung",
                "Căn cứ đơn đề nghị dừng giải quyết hồ sơ ngày 25/02/2026 của Ông/Bà",
                "thông báo dừng giải quyết hồ sơ nêu trên",
                "Lý do: Người nộp hồ sơ đề nghị rút hồ sơ để bổ sung giấy tờ.",
                "Ông/Bà nhận lại hồ sơ tại Bộ phận Một cửa phường Buôn Ma Thuột", "Trần Văn Bình");
        Pdfs.assertFontsEmbedded(pdf);
    }
}
