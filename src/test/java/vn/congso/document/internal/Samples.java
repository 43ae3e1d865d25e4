package vn.congso.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.congso.document.Applicant;
import vn.congso.document.ApologyExtensionForm;
import vn.congso.document.Channel;
import vn.congso.document.Issuer;
import vn.congso.document.ProcessControlForm;
import vn.congso.document.ReceiptForm;
import vn.congso.document.RefusalForm;
import vn.congso.document.ResultDocument;
import vn.congso.document.Signer;
import vn.congso.document.StopNoticeForm;
import vn.congso.document.SubmissionReceipt;
import vn.congso.document.SupplementRequestForm;
import vn.congso.document.Timeliness;
import vn.congso.document.TrackingBookForm;
import vn.congso.shared.Formats;

/** Realistic Vietnamese data for the form tests. */
final class Samples {

    static final String CODE = "000.00.01.H66-260224-0012";
    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";
    static final String WARD = "Ủy ban nhân dân phường Buôn Ma Thuột";
    static final String PROCEDURE = "Đăng ký khai sinh";
    static final String TRACKING_URL = "https://dichvucong.daklak.gov.vn/tra-cuu/" + CODE + "?k=7F3K";

    private Samples() {
    }

    /** A local time in Đắk Lắk. */
    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Formats.ZONE).toInstant();
    }

    static Issuer ward() {
        return new Issuer(null, WARD, "Đắk Lắk");
    }

    static Applicant applicant() {
        return new Applicant(APPLICANT, "Số 12 đường Phan Bội Châu, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
                "0912 345 678", "hongnhung@example.vn");
    }

    static Signer chairman() {
        return new Signer("KT. Chủ tịch", "Phó Chủ tịch", "Trần Văn Bình");
    }

    static ReceiptForm receipt(Channel channel) {
        return new ReceiptForm(ward(), "125/GTN", CODE, applicant(), PROCEDURE,
                List.of(new ReceiptForm.Component("Tờ khai đăng ký khai sinh theo mẫu", 1, 0),
                        new ReceiptForm.Component("Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp", 1, 0),
                        new ReceiptForm.Component("Giấy tờ tùy thân của người đi đăng ký khai sinh", 0, 1)),
                1, "03 ngày làm việc", at(2026, 2, 24, 8, 30), at(2026, 2, 27, 16, 0), 1_500_000L,
                "Bộ phận Một cửa phường Buôn Ma Thuột", channel, "Lê Thị Mai", TRACKING_URL, "7F3K",
                "Mang theo giấy tờ tùy thân khi nhận kết quả.");
    }

    static SupplementRequestForm supplementRequest() {
        return new SupplementRequestForm(ward(), "18/PYC", CODE, applicant(), PROCEDURE, at(2026, 2, 24, 8, 30),
                List.of(new SupplementRequestForm.Item("Bản sao Giấy chứng nhận kết hôn của cha, mẹ",
                                "Tờ khai ghi cha, mẹ đã đăng ký kết hôn nhưng hồ sơ chưa có giấy tờ chứng minh"),
                        new SupplementRequestForm.Item("Ghi lại họ, chữ đệm, tên của người được khai sinh",
                                "Tên trên tờ khai khác tên trên Giấy chứng sinh")),
                "Lê Thị Mai", "0262 3852 123", "Lê Thị Mai", at(2026, 2, 24, 9, 15));
    }

    static RefusalForm refusal() {
        return new RefusalForm(ward(), "07/PTC", null, applicant(), "Đăng ký kết hôn",
                "Điều 18 Luật Hộ tịch năm 2014",
                List.of("Người yêu cầu chưa đủ tuổi kết hôn theo quy định của Luật Hôn nhân và gia đình.",
                        "Hồ sơ thuộc thẩm quyền giải quyết của Ủy ban nhân dân tỉnh."),
                "Lê Thị Mai", at(2026, 3, 5, 10, 0));
    }

    static ApologyExtensionForm apologyExtension() {
        return new ApologyExtensionForm(ward(), "45/UBND-VP", CODE, applicant(), PROCEDURE, at(2026, 2, 24, 8, 30),
                at(2026, 2, 27, 16, 0), at(2026, 3, 4, 16, 0),
                "Cần xác minh thông tin cư trú của người mẹ tại xã Ea Kao.", chairman(), at(2026, 2, 26, 14, 0),
                List.of("Bộ phận Một cửa phường"));
    }

    static StopNoticeForm stopNotice() {
        return new StopNoticeForm(ward(), "52/TB-UBND", CODE, applicant(), PROCEDURE, at(2026, 2, 24, 8, 30),
                "đơn đề nghị dừng giải quyết hồ sơ ngày 25/02/2026 của Ông/Bà",
                "Người nộp hồ sơ đề nghị rút hồ sơ để bổ sung giấy tờ.",
                "Ông/Bà nhận lại hồ sơ tại Bộ phận Một cửa phường Buôn Ma Thuột trong giờ hành chính.",
                chairman(), at(2026, 2, 25, 15, 30), List.of());
    }

    static ProcessControlForm processControl(int handOvers) {
        List<ProcessControlForm.HandOver> rows = new ArrayList<>();
        Instant t = at(2026, 2, 24, 8, 30);
        for (int i = 1; i <= handOvers; i++) {
            Instant delivered = t.plusSeconds(3600L * i);
            rows.add(new ProcessControlForm.HandOver(
                    i % 2 == 1 ? "Bộ phận Một cửa phường Buôn Ma Thuột" : "Phòng Văn hóa - Xã hội",
                    "Cán bộ giao số " + i, delivered,
                    i % 2 == 1 ? "Phòng Văn hóa - Xã hội" : "Lãnh đạo Ủy ban nhân dân phường",
                    "Cán bộ nhận số " + i, delivered.plusSeconds(600),
                    i % 7 == 0 ? Timeliness.LATE : Timeliness.ON_TIME,
                    "Bước xử lý thứ " + i));
        }
        return new ProcessControlForm(ward(), CODE, applicant(), PROCEDURE, t, at(2026, 2, 27, 16, 0),
                "Phòng Văn hóa - Xã hội", rows);
    }

    static TrackingBookForm trackingBook(int rows) {
        List<TrackingBookForm.Row> book = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            Instant received = at(2026, 2, 1 + (i % 27), 8, 0).plusSeconds(60L * i);
            boolean finished = i % 3 != 0;
            book.add(new TrackingBookForm.Row(i, String.format("000.00.01.H66-2602%02d-%04d", 1 + i % 27, i),
                    i % 2 == 0 ? PROCEDURE : "Cấp bản sao trích lục hộ tịch",
                    i == 1 ? APPLICANT : "Người nộp số " + i,
                    "Phường Buôn Ma Thuột, tỉnh Đắk Lắk", "0905 000 " + String.format("%03d", i),
                    received, received.plusSeconds(3 * 86400), "Phòng Văn hóa - Xã hội",
                    finished ? received.plusSeconds(2 * 86400) : null,
                    finished ? received.plusSeconds(2 * 86400 + 3600) : null,
                    finished ? "Đã trả kết quả" : "Đang giải quyết",
                    finished ? Timeliness.ON_TIME : null, i % 10 == 0 ? "Ghi chú " + i : null));
        }
        return new TrackingBookForm(ward(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), book);
    }

    static SubmissionReceipt submissionReceipt() {
        return new SubmissionReceipt("Cổng dịch vụ công tỉnh Đắk Lắk", WARD, CODE, PROCEDURE, APPLICANT,
                at(2026, 11, 28, 21, 5), null, "03 ngày làm việc", List.of(), TRACKING_URL, "7F3K");
    }

    static ResultDocument result() {
        return new ResultDocument(ward(), "112/GXN-UBND", "Giấy xác nhận", "Về việc xác nhận tình trạng hôn nhân",
                null,
                List.of("Ủy ban nhân dân phường Buôn Ma Thuột xác nhận bà Nguyễn Thị Hồng Nhung, sinh ngày 12/05/1995, "
                                + "số định danh cá nhân 066195001234, cư trú tại phường Buôn Ma Thuột, tỉnh Đắk Lắk, "
                                + "hiện chưa đăng ký kết hôn với ai.",
                        "Giấy xác nhận này có giá trị sử dụng trong thời hạn 06 tháng kể từ ngày cấp."),
                chairman(), at(2026, 3, 2, 10, 0), List.of("Bà Nguyễn Thị Hồng Nhung"), "KQ-H66-2603020001",
                "https://dichvucong.daklak.gov.vn/xac-thuc/KQ-H66-2603020001");
    }
}
