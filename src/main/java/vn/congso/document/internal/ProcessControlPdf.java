package vn.congso.document.internal;

import java.util.ArrayList;
import java.util.List;
import vn.congso.document.ProcessControlForm;

/** Mẫu số 06: Phiếu kiểm soát quá trình giải quyết hồ sơ, one table row per hand-over. */
final class ProcessControlPdf {

    static final String TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";

    private ProcessControlPdf() {
    }

    static byte[] render(ProcessControlForm form) {
        try (PageFlow flow = new PageFlow(PageFlow.Format.PORTRAIT)) {
            flow.add(Letterhead.of(form.issuer(), "Mẫu số 06", null, null, null));
            flow.add(Letterhead.title(TITLE, null));
            flow.add(Paragraph.of(Span.regular("Mã hồ sơ: "), Span.bold(form.dossierCode())).center().after(10));
            flow.add(FormParts.strong("Kèm theo hồ sơ của:", form.applicant().name()));
            flow.add(FormParts.contact(form.applicant()));
            flow.add(FormParts.strong("Nội dung yêu cầu giải quyết:", form.procedureName()));
            flow.add(FormParts.line("Thời gian nhận hồ sơ:", VnDates.timeAndDate(form.receivedAt())));
            flow.add(FormParts.line("Thời gian trả kết quả giải quyết hồ sơ:", VnDates.timeAndDate(form.appointmentAt())));
            flow.add(FormParts.line("Cơ quan (bộ phận) giải quyết hồ sơ:", form.competentAgency()).after(8));

            Table table = new Table(9, 3, 14.5f, 14, 8.5f, 9).header("STT", "TÊN CƠ QUAN, NGƯỜI GIAO, NHẬN HỒ SƠ",
                    "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ đúng hạn/ quá hạn)", "GHI CHÚ");
            int number = 1;
            for (ProcessControlForm.HandOver handOver : form.handOvers()) {
                table.row(Table.Cell.center(Integer.toString(number++)),
                        new Table.Cell(parties(handOver), Align.LEFT),
                        Table.Cell.of(Align.LEFT,
                                Span.bold("Giao: "), Span.regular(VnDates.compact(handOver.deliveredAt()) + "\n"),
                                Span.bold("Nhận: "), Span.regular(VnDates.compact(handOver.receivedAt()))),
                        Table.Cell.center(FormParts.label(handOver.result())),
                        Table.Cell.text(Texts.blank(handOver.note()) ? "" : handOver.note()));
            }
            flow.add(table);
            return flow.finish(new PageFlow.Info("Phiếu kiểm soát quá trình giải quyết hồ sơ - " + form.dossierCode(),
                    form.issuer().agency(), form.procedureName(), form.receivedAt()));
        }
    }

    private static List<Span> parties(ProcessControlForm.HandOver handOver) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.bold("Giao: "));
        spans.add(Span.regular(party(handOver.fromUnit(), handOver.fromPerson()) + "\n"));
        spans.add(Span.bold("Nhận: "));
        spans.add(Span.regular(party(handOver.toUnit(), handOver.toPerson())));
        return spans;
    }

    private static String party(String unit, String person) {
        return Texts.blank(person) ? unit : unit + " (" + person + ")";
    }
}
