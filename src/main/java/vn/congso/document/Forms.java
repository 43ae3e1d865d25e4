package vn.congso.document;

/**
 * Renders the official forms and related documents. Every method returns the complete file; nothing is stored.
 * Records with missing optional values render the form's dotted placeholder, as on the paper form.
 */
public interface Forms {

    String PDF = "application/pdf";
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String PNG = "image/png";

    /** Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    byte[] receipt(ReceiptForm form);

    /** Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    byte[] supplementRequest(SupplementRequestForm form);

    /** Mẫu số 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    byte[] refusal(RefusalForm form);

    /** Mẫu số 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. */
    byte[] apologyExtension(ApologyExtensionForm form);

    /** Mẫu số 05: Thông báo dừng giải quyết hồ sơ. */
    byte[] stopNotice(StopNoticeForm form);

    /** Mẫu số 06: Phiếu kiểm soát quá trình giải quyết hồ sơ; as many pages as the hand-overs need. */
    byte[] processControl(ProcessControlForm form);

    /** Mẫu số 07: Sổ theo dõi hồ sơ as a landscape PDF whose column header repeats on every page. */
    byte[] trackingBook(TrackingBookForm form);

    /** Mẫu số 07 as an Excel workbook: one header row (frozen), one row per dossier, real date cells. */
    byte[] trackingBookXlsx(TrackingBookForm form);

    /** The receipt a citizen downloads after submitting online, with a QR code to the public tracking page. */
    byte[] submissionReceipt(SubmissionReceipt receipt);

    /** A result document on paper, with its result code and a QR code to the verification page. */
    byte[] result(ResultDocument document);

    /**
     * A square PNG of {@code size} × {@code size} pixels (1–2000; grown to one pixel per module if smaller) with
     * the QR code of {@code text}, quiet zone included.
     *
     * @throws IllegalArgumentException when the size is out of range or the text is blank or too long
     */
    byte[] qrPng(String text, int size);
}
