package vn.congso.document.internal;

import java.util.ArrayList;
import java.util.List;
import vn.congso.document.SubmissionReceipt;

/**
 * The online-submission receipt: the dossier code in large type, a QR code to the public tracking page, and what
 * happens next. It says plainly that the dossier is not received yet: the time limit starts at valid reception
 * (DOMAIN.md §3, status 1 → 2).
 */
final class SubmissionReceiptPdf {

    static final String TITLE = "XÁC NHẬN NỘP HỒ SƠ TRỰC TUYẾN";

    static final List<String> STANDARD_NEXT_STEPS = List.of(
            "Cơ quan tiếp nhận kiểm tra hồ sơ. Khi hồ sơ hợp lệ, Ông/Bà nhận được Giấy tiếp nhận hồ sơ và hẹn trả "
                    + "kết quả qua thư điện tử, tin nhắn hoặc trên Cổng dịch vụ công.",
            "Nếu hồ sơ cần bổ sung, hoàn thiện, cơ quan gửi Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ nêu rõ nội dung "
                    + "và lý do; Ông/Bà bổ sung trực tuyến trên Cổng dịch vụ công.",
            "Ông/Bà có thể tra cứu tình trạng hồ sơ bất cứ lúc nào bằng mã hồ sơ và mã tra cứu, hoặc quét mã QR "
                    + "trên giấy này.");

    private SubmissionReceiptPdf() {
    }

    static byte[] render(SubmissionReceipt receipt) {
        try (PageFlow flow = new PageFlow(PageFlow.Format.PORTRAIT)) {
            flow.add(Paragraph.bold(Texts.upper(receipt.portalName())).size(10.5f).center().after(1), new Rule(70));
            flow.add(Paragraph.bold(TITLE).size(14).center().before(16).after(14));

            List<Block> left = new ArrayList<>();
            left.add(Paragraph.text("Mã hồ sơ").size(10).after(0));
            left.add(Paragraph.bold(receipt.dossierCode()).size(17).after(4));
            if (!Texts.blank(receipt.checkValue())) {
                left.add(Paragraph.of(Span.regular("Mã tra cứu: "), Span.bold(receipt.checkValue())).size(12).after(8));
            }
            left.add(FormParts.strong("Thủ tục:", receipt.procedureName()));
            left.add(FormParts.strong("Người nộp:", receipt.applicantName()));
            left.add(FormParts.line("Thời gian nộp:", VnDates.timeAndDate(receipt.submittedAt())));
            left.add(FormParts.line("Cơ quan tiếp nhận:", receipt.receivingAgency()));
            if (!Texts.blank(receipt.processingTime())) {
                left.add(FormParts.line("Thời hạn giải quyết:", receipt.processingTime()));
            }
            left.add(receipt.appointmentAt() == null
                    ? FormParts.line("Dự kiến trả kết quả:", "được thông báo khi hồ sơ được tiếp nhận")
                    : FormParts.strong("Dự kiến trả kết quả:", VnDates.timeAndDate(receipt.appointmentAt())));
            Block qr = new Stack(new QrBlock(receipt.trackingUrl(), 128, Align.CENTER),
                    Paragraph.italic("Quét mã để tra cứu hồ sơ").size(8.5f).center());
            flow.add(new Columns().gap(12).column(3, left).column(1.25f, qr));
            flow.add(Paragraph.of(Span.regular("Tra cứu tại: "), Span.regular(receipt.trackingUrl())).size(10).before(6).after(10));

            flow.add(Paragraph.bold("Các bước tiếp theo").size(12).after(4));
            List<String> steps = receipt.nextSteps().isEmpty() ? STANDARD_NEXT_STEPS : receipt.nextSteps();
            int number = 1;
            for (String step : steps) {
                flow.add(FormParts.item(number++ + ".", step));
            }
            flow.add(Paragraph.italic("Giấy này xác nhận hồ sơ đã được gửi trực tuyến, chưa phải Giấy tiếp nhận hồ sơ "
                    + "và hẹn trả kết quả. Thời hạn giải quyết được tính từ khi hồ sơ được tiếp nhận hợp lệ.")
                    .size(9.5f).before(12));
            return flow.finish(new PageFlow.Info("Xác nhận nộp hồ sơ trực tuyến - " + receipt.dossierCode(),
                    receipt.portalName(), receipt.procedureName(), receipt.submittedAt()));
        }
    }
}
