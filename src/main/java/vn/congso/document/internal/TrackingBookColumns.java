package vn.congso.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import vn.congso.document.TrackingBookForm.Row;

/** The columns of Mẫu số 07, shared by the PDF and the workbook so both books read the same. */
final class TrackingBookColumns {

    /**
     * A column: title, width in the PDF (points on landscape A4 at 7 pt type: a whole dossier code fits on one
     * line, a date on one line with its time under it), width in the workbook (characters), and either a text
     * or a time value of a row.
     */
    record Column(String title, float points, int characters, Function<Row, String> text, Function<Row, Instant> time) {

        boolean isTime() {
            return time != null;
        }

        String print(Row row) {
            return isTime() ? VnDates.compact(time.apply(row)) : text.apply(row);
        }
    }

    static final List<Column> ALL = List.of(
            text("STT", 24, 6, row -> Integer.toString(row.number())),
            text("Mã hồ sơ", 100, 27, Row::dossierCode),
            text("Tên thủ tục hành chính", 80, 40, Row::procedureName),
            text("Tên tổ chức, cá nhân", 62, 26, Row::applicantName),
            text("Địa chỉ, số điện thoại", 76, 36, TrackingBookColumns::addressAndPhone),
            time("Ngày nhận hồ sơ", 46, 17, Row::receivedAt),
            time("Ngày hẹn trả kết quả", 46, 17, Row::appointmentAt),
            text("Chuyển hồ sơ đến cơ quan giải quyết", 55, 28, row -> orEmpty(row.transferredTo())),
            time("Ngày có kết quả giải quyết", 46, 17, Row::finishedAt),
            time("Ngày trả kết quả", 46, 17, Row::returnedAt),
            text("Tình trạng (trước hạn/ đúng hạn/ quá hạn)", 53, 20, TrackingBookColumns::status),
            text("Ký nhận kết quả", 36, 14, row -> ""),
            text("Ghi chú", 34, 20, row -> orEmpty(row.note())));

    private TrackingBookColumns() {
    }

    private static Column text(String title, float points, int characters, Function<Row, String> value) {
        return new Column(title, points, characters, value, null);
    }

    private static Column time(String title, float points, int characters, Function<Row, Instant> value) {
        return new Column(title, points, characters, null, value);
    }

    private static String addressAndPhone(Row row) {
        String address = orEmpty(row.address());
        String phone = Texts.blank(row.phone()) ? "" : "ĐT: " + row.phone();
        return address.isEmpty() || phone.isEmpty() ? address + phone : address + "\n" + phone;
    }

    private static String status(Row row) {
        String status = orEmpty(row.status());
        String timeliness = FormParts.label(row.timeliness());
        return status.isEmpty() || timeliness.isEmpty() ? status + timeliness : status + "\n" + timeliness;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
