package vn.congso.document.internal;

import java.util.ArrayList;
import java.util.List;
import vn.congso.document.Applicant;
import vn.congso.document.Channel;
import vn.congso.document.Timeliness;

/** Lines that several forms print the same way. */
final class FormParts {

    static final float BODY = 11;

    private FormParts() {
    }

    /** "Label: value" in body size, the value regular (dots when missing). */
    static Paragraph line(String label, String value) {
        return Paragraph.of(Span.regular(label + " "), Span.regular(Texts.orDots(value))).size(BODY);
    }

    /** "Label: value" in body size with the value in bold. */
    static Paragraph strong(String label, String value) {
        return Paragraph.field(label, value).size(BODY);
    }

    /** Address, phone and e-mail of the applicant. */
    static List<Block> contact(Applicant applicant) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(line("Địa chỉ:", applicant.address()));
        blocks.add(new Columns()
                .column(1, line("Số điện thoại:", applicant.phone()))
                .column(1.3f, line("Email:", applicant.email())));
        return blocks;
    }

    /** A body paragraph of a letter: first line indented. */
    static Paragraph body(Span... spans) {
        return Paragraph.of(spans).size(BODY).firstLine(28).after(4);
    }

    /** A numbered or dashed item whose next lines align after the marker. */
    static Paragraph item(String marker, String text) {
        return Paragraph.of(Span.regular(marker + " " + text)).size(BODY).indent(14).hanging(14).after(2);
    }

    static String label(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "Trực tiếp tại Bộ phận Một cửa";
            case ONLINE -> "Trực tuyến";
            case POSTAL -> "Qua dịch vụ bưu chính công ích";
        };
    }

    static String label(Timeliness timeliness) {
        if (timeliness == null) {
            return "";
        }
        return switch (timeliness) {
            case EARLY -> "Trước hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Quá hạn";
        };
    }
}
