package vn.congso.document.internal;

import vn.congso.document.SupplementRequestForm;

/** Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
final class SupplementRequestPdf {

    static final String TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";

    private SupplementRequestPdf() {
    }

    static byte[] render(SupplementRequestForm form) {
        try (PageFlow flow = new PageFlow(PageFlow.Format.PORTRAIT)) {
            flow.add(Letterhead.of(form.issuer(), "Mẫu số 02", form.documentNumber(), null, form.issuedAt()));
            flow.add(Letterhead.title(TITLE, null));
            if (!Texts.blank(form.dossierCode())) {
                flow.add(Paragraph.of(Span.regular("Mã hồ sơ: "), Span.bold(form.dossierCode())).center().after(10));
            }
            flow.add(FormParts.strong("Hồ sơ của:", form.applicant().name()));
            flow.add(FormParts.contact(form.applicant()));
            flow.add(FormParts.strong("Nội dung yêu cầu giải quyết:", form.procedureName()));
            if (form.receivedAt() != null) {
                flow.add(FormParts.line("Thời gian tiếp nhận hồ sơ:", VnDates.timeAndDate(form.receivedAt())));
            }
            flow.add(FormParts.body(Span.regular("Sau khi xem xét, kiểm tra hồ sơ, " + form.issuer().agency()
                    + " đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:")).before(6));
            Table items = new Table(10, 3, 22, 16).header("STT", "Nội dung cần bổ sung, hoàn thiện", "Lý do");
            int number = 1;
            for (SupplementRequestForm.Item item : form.items()) {
                items.row(Table.Cell.center(Integer.toString(number++)), Table.Cell.text(item.description()),
                        Table.Cell.text(Texts.blank(item.reason()) ? "" : item.reason()));
            }
            flow.add(items);
            flow.add(FormParts.body(Span.regular("Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với "
                    + Texts.orDots(form.contactName()) + ", số điện thoại " + Texts.orDots(form.contactPhone())
                    + " để được hướng dẫn.")).before(8));
            flow.add(new Spacer(12), Signatures.right(Signatures.person("NGƯỜI HƯỚNG DẪN", form.officerName())));
            return flow.finish(new PageFlow.Info("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
                    + (Texts.blank(form.dossierCode()) ? "" : " - " + form.dossierCode()),
                    form.issuer().agency(), form.procedureName(), form.issuedAt()));
        }
    }
}
