package vn.congso.document.internal;

import org.springframework.stereotype.Component;
import vn.congso.document.ApologyExtensionForm;
import vn.congso.document.Forms;
import vn.congso.document.ProcessControlForm;
import vn.congso.document.ReceiptForm;
import vn.congso.document.RefusalForm;
import vn.congso.document.ResultDocument;
import vn.congso.document.StopNoticeForm;
import vn.congso.document.SubmissionReceipt;
import vn.congso.document.SupplementRequestForm;
import vn.congso.document.TrackingBookForm;

/** The {@link Forms} bean: one small renderer class per form, all on the same page-flow layout. */
@Component
class PdfForms implements Forms {

    @Override
    public byte[] receipt(ReceiptForm form) {
        return ReceiptPdf.render(form);
    }

    @Override
    public byte[] supplementRequest(SupplementRequestForm form) {
        return SupplementRequestPdf.render(form);
    }

    @Override
    public byte[] refusal(RefusalForm form) {
        return RefusalPdf.render(form);
    }

    @Override
    public byte[] apologyExtension(ApologyExtensionForm form) {
        return ApologyExtensionPdf.render(form);
    }

    @Override
    public byte[] stopNotice(StopNoticeForm form) {
        return StopNoticePdf.render(form);
    }

    @Override
    public byte[] processControl(ProcessControlForm form) {
        return ProcessControlPdf.render(form);
    }

    @Override
    public byte[] trackingBook(TrackingBookForm form) {
        return TrackingBookPdf.render(form);
    }

    @Override
    public byte[] trackingBookXlsx(TrackingBookForm form) {
        return TrackingBookXlsx.render(form);
    }

    @Override
    public byte[] submissionReceipt(SubmissionReceipt receipt) {
        return SubmissionReceiptPdf.render(receipt);
    }

    @Override
    public byte[] result(ResultDocument document) {
        return ResultDocumentPdf.render(document);
    }

    @Override
    public byte[] qrPng(String text, int size) {
        return QrCodes.png(text, size);
    }
}
