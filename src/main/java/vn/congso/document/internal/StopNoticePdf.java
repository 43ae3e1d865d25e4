package vn.congso.document.internal;

import vn.congso.document.StopNoticeForm;

/** Mẫu số 05: Thông báo dừng giải quyết hồ sơ. */
final class StopNoticePdf {

    static final String TITLE = "THÔNG BÁO";
    static final String SUBTITLE = "Về việc dừng giải quyết hồ sơ";

    private StopNoticePdf() {
    }

    static byte[] render(StopNoticeForm form) {
        String agency = form.issuer().agency();
        String name = form.applicant().name();
        try (PageFlow flow = new PageFlow(PageFlow.Format.PORTRAIT)) {
            flow.add(Letterhead.of(form.issuer(), "Mẫu số 05", form.documentNumber(), null, form.issuedAt()));
            flow.add(Letterhead.title(TITLE, SUBTITLE));
            flow.add(Paragraph.of(Span.regular("Kính gửi: "), Span.bold("Ông/Bà " + name)).size(FormParts.BODY)
                    .center().after(10));
            flow.add(FormParts.body(
                    Span.regular((form.receivedAt() == null ? "" : "Ngày " + VnDates.date(form.receivedAt()) + ", ")
                            + agency + " tiếp nhận hồ sơ của Ông/Bà "),
                    Span.bold(name), Span.regular(", mã hồ sơ "), Span.bold(form.dossierCode()),
                    Span.regular(", nội dung yêu cầu giải quyết: "), Span.bold(form.procedureName()),
                    Span.regular(".")));
            flow.add(FormParts.body(Span.regular((Texts.blank(form.legalBasis()) ? "" : "Căn cứ " + form.legalBasis() + ", ")
                    + agency + " thông báo dừng giải quyết hồ sơ nêu trên.")));
            flow.add(FormParts.body(Span.bold("Lý do: "), Span.regular(form.reason())));
            if (!Texts.blank(form.instructions())) {
                flow.add(FormParts.body(Span.regular(form.instructions())));
            }
            flow.add(FormParts.body(Span.regular(agency + " thông báo để Ông/Bà được biết./.")));
            flow.add(new Spacer(10), Signatures.letter(true, form.copiesTo(), form.signer()));
            return flow.finish(new PageFlow.Info("Thông báo dừng giải quyết hồ sơ - " + form.dossierCode(),
                    agency, form.procedureName(), form.issuedAt()));
        }
    }
}
