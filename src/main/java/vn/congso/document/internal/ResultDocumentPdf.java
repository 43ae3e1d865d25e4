package vn.congso.document.internal;

import vn.congso.document.ResultDocument;

/** A result on paper: letterhead, title, body, signer, and the result code with a QR code to verify it. */
final class ResultDocumentPdf {

    private ResultDocumentPdf() {
    }

    static byte[] render(ResultDocument document) {
        try (PageFlow flow = new PageFlow(PageFlow.Format.PORTRAIT)) {
            flow.add(Letterhead.of(document.issuer(), null,
                    document.documentNumber() == null ? "" : document.documentNumber(), null, document.issuedAt()));
            flow.add(Letterhead.title(Texts.upper(document.title()), document.subject()));
            if (!Texts.blank(document.recipient())) {
                flow.add(Paragraph.of(Span.regular("Kính gửi: "), Span.regular(document.recipient()))
                        .size(FormParts.BODY).center().after(10));
            }
            for (String paragraph : document.paragraphs()) {
                flow.add(FormParts.body(Span.regular(paragraph)));
            }
            flow.add(new Spacer(10), Signatures.letter(!Texts.blank(document.recipient()), document.copiesTo(), document.signer()));
            flow.keep(90).add(new Spacer(16), new Columns().gap(10)
                    .column(1, new QrBlock(document.verificationUrl(), 72, Align.LEFT))
                    .column(5, Paragraph.of(Span.regular("Mã kết quả: "), Span.bold(document.resultCode())).size(9.5f),
                            Paragraph.text("Kiểm tra tính xác thực của văn bản: quét mã QR hoặc truy cập "
                                    + document.verificationUrl()).size(9)));
            return flow.finish(new PageFlow.Info(document.title() + " - " + document.resultCode(),
                    document.issuer().agency(), document.subject(), document.issuedAt()));
        }
    }
}
