package vn.congso.document.internal;

import vn.congso.document.ApologyExtensionForm;

/** Mẫu số 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. */
final class ApologyExtensionPdf {

    static final String TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";

    private ApologyExtensionPdf() {
    }

    static byte[] render(ApologyExtensionForm form) {
        String agency = form.issuer().agency();
        String name = form.applicant().name();
        try (PageFlow flow = new PageFlow(PageFlow.Format.PORTRAIT)) {
            flow.add(Letterhead.of(form.issuer(), "Mẫu số 04", form.documentNumber(), null, form.issuedAt()));
            flow.add(Letterhead.title(TITLE, null));
            flow.add(Paragraph.of(Span.regular("Kính gửi: "), Span.bold("Ông/Bà " + name)).size(FormParts.BODY)
                    .center().after(10));
            flow.add(FormParts.body(
                    Span.regular((form.receivedAt() == null ? "" : "Ngày " + VnDates.date(form.receivedAt()) + ", ")
                            + agency + " tiếp nhận hồ sơ của Ông/Bà "),
                    Span.bold(name), Span.regular(", mã hồ sơ "), Span.bold(form.dossierCode()),
                    Span.regular(", nội dung yêu cầu giải quyết: "), Span.bold(form.procedureName()),
                    Span.regular(". Thời gian hẹn trả kết quả giải quyết hồ sơ: "),
                    Span.bold(VnDates.timeAndDate(form.originalDueAt())), Span.regular(".")));
            flow.add(FormParts.body(Span.regular("Tuy nhiên đến nay, " + agency
                    + " chưa giải quyết xong hồ sơ của Ông/Bà. Lý do: " + form.reason())));
            flow.add(FormParts.body(Span.regular("Sự chậm trễ này đã gây phiền hà, tốn kém thời gian, chi phí của Ông/Bà. "
                    + agency + " thành thật xin lỗi Ông/Bà và đề nghị gia hạn thời gian giải quyết hồ sơ; kết quả giải "
                    + "quyết hồ sơ sẽ được trả vào "), Span.bold(VnDates.timeAndDate(form.newAppointmentAt())),
                    Span.regular(".")));
            flow.add(FormParts.body(Span.regular("Xin trân trọng cảm ơn./.")));
            flow.add(new Spacer(10), Signatures.letter(true, form.copiesTo(), form.signer()));
            return flow.finish(new PageFlow.Info("Văn bản xin lỗi và đề nghị gia hạn - " + form.dossierCode(),
                    agency, form.procedureName(), form.issuedAt()));
        }
    }
}
