package vn.congso.document.internal;

import vn.congso.document.RefusalForm;

/** Mẫu số 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
final class RefusalPdf {

    static final String TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";

    private RefusalPdf() {
    }

    static byte[] render(RefusalForm form) {
        String agency = form.issuer().agency();
        try (PageFlow flow = new PageFlow(PageFlow.Format.PORTRAIT)) {
            flow.add(Letterhead.of(form.issuer(), "Mẫu số 03", form.documentNumber(), null, form.issuedAt()));
            flow.add(Letterhead.title(TITLE, null));
            if (!Texts.blank(form.dossierCode())) {
                flow.add(Paragraph.of(Span.regular("Mã hồ sơ: "), Span.bold(form.dossierCode())).center().after(10));
            }
            flow.add(Paragraph.of(Span.regular(agency + " tiếp nhận hồ sơ của: "), Span.bold(form.applicant().name()))
                    .size(FormParts.BODY));
            flow.add(FormParts.contact(form.applicant()));
            flow.add(FormParts.strong("Nội dung yêu cầu giải quyết:", form.procedureName()));
            if (!Texts.blank(form.legalBasis())) {
                flow.add(FormParts.line("Căn cứ quy định tại:", form.legalBasis()));
            }
            flow.add(FormParts.body(Span.regular(agency
                    + " từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:")).before(6));
            int number = 1;
            for (String reason : form.reasons()) {
                flow.add(FormParts.item(number++ + ".", reason));
            }
            flow.add(FormParts.body(Span.regular("Xin thông báo để Ông/Bà được biết và thực hiện./.")).before(6));
            flow.add(new Spacer(12), Signatures.right(Signatures.person("NGƯỜI TIẾP NHẬN HỒ SƠ", form.officerName())));
            return flow.finish(new PageFlow.Info("Phiếu từ chối tiếp nhận giải quyết hồ sơ"
                    + (Texts.blank(form.dossierCode()) ? "" : " - " + form.dossierCode()),
                    agency, form.procedureName(), form.issuedAt()));
        }
    }
}
