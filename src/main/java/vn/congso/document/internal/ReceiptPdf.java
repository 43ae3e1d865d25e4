package vn.congso.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.congso.document.Channel;
import vn.congso.document.ReceiptForm;
import vn.congso.shared.Money;

/** Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
final class ReceiptPdf {

    static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";

    private ReceiptPdf() {
    }

    static byte[] render(ReceiptForm form) {
        try (PageFlow flow = new PageFlow(PageFlow.Format.PORTRAIT)) {
            flow.add(Letterhead.of(form.issuer(), "Mẫu số 01", form.documentNumber(), null, form.receivedAt()));
            flow.add(Letterhead.title(TITLE, null));
            flow.add(Paragraph.of(Span.regular("Mã hồ sơ: "), Span.bold(form.dossierCode())).center().after(10));
            flow.add(Paragraph.of(Span.regular(form.issuer().agency() + " tiếp nhận hồ sơ của: "),
                    Span.bold(form.applicant().name())).size(FormParts.BODY));
            flow.add(FormParts.contact(form.applicant()));
            flow.add(FormParts.strong("Nội dung yêu cầu giải quyết:", form.procedureName()));
            flow.add(FormParts.line("Hình thức nộp hồ sơ:", FormParts.label(form.channel())).after(6));

            int n = 1;
            flow.add(Paragraph.text(n++ + ". Thành phần hồ sơ nộp gồm:").size(FormParts.BODY).after(4));
            flow.add(components(form));
            flow.add(new Spacer(6));
            flow.add(FormParts.line(n++ + ". Số lượng hồ sơ:", Texts.twoDigits(form.dossierSets()) + " (bộ)"));
            if (!Texts.blank(form.processingTime())) {
                flow.add(FormParts.line(n++ + ". Thời gian giải quyết hồ sơ theo quy định là:", form.processingTime()));
            }
            flow.add(FormParts.line(n++ + ". Thời gian nhận hồ sơ:", VnDates.timeAndDate(form.receivedAt())));
            flow.add(FormParts.strong(n++ + ". Thời gian trả kết quả giải quyết hồ sơ:",
                    VnDates.timeAndDate(form.appointmentAt())));
            if (form.feeVnd() != null) {
                flow.add(FormParts.line(n++ + ". Phí, lệ phí:", Money.format(form.feeVnd(), Locale.forLanguageTag("vi"))));
            }
            flow.add(FormParts.line(n + ". Đăng ký nhận kết quả tại:", form.resultDeliveryPlace()));
            if (!Texts.blank(form.notes())) {
                flow.add(FormParts.line("Ghi chú:", form.notes()).before(4));
            }
            if (!Texts.blank(form.trackingUrl())) {
                flow.add(new Spacer(8), tracking(form));
            }
            flow.add(new Spacer(14));
            Block officer = Signatures.person("NGƯỜI TIẾP NHẬN HỒ SƠ", form.officerName());
            flow.add(form.channel() == Channel.IN_PERSON
                    ? Signatures.pair(Signatures.person("NGƯỜI NỘP HỒ SƠ", form.applicant().name()), officer)
                    : Signatures.right(officer));
            return flow.finish(new PageFlow.Info(
                    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả - " + form.dossierCode(),
                    form.issuer().agency(), form.procedureName(), form.receivedAt()));
        }
    }

    private static Table components(ReceiptForm form) {
        Table table = new Table(10, 3, 28, 6, 6).header("STT", "Tên giấy tờ", "Bản chính", "Bản sao");
        int number = 1;
        for (ReceiptForm.Component component : form.components()) {
            table.row(Table.Cell.center(Integer.toString(number++)), Table.Cell.text(component.name()),
                    Table.Cell.center(Integer.toString(component.originals())),
                    Table.Cell.center(Integer.toString(component.copies())));
        }
        return table;
    }

    private static Block tracking(ReceiptForm form) {
        List<Block> text = new ArrayList<>();
        text.add(Paragraph.bold("Tra cứu tình trạng hồ sơ").size(10).after(1));
        text.add(Paragraph.text("Quét mã QR hoặc truy cập: " + form.trackingUrl()).size(9.5f).after(1));
        text.add(Paragraph.of(Span.regular("Mã hồ sơ: "), Span.bold(form.dossierCode())).size(9.5f).after(1));
        if (!Texts.blank(form.checkValue())) {
            text.add(Paragraph.of(Span.regular("Mã tra cứu: "), Span.bold(form.checkValue())).size(9.5f));
        }
        return new Columns().gap(10).column(1, new QrBlock(form.trackingUrl(), 76, Align.LEFT)).column(4.5f, text);
    }
}
