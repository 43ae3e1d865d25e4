package vn.congso.document.internal;

import java.time.LocalTime;
import vn.congso.document.TrackingBookForm;
import vn.congso.shared.Formats;

/** Mẫu số 07: Sổ theo dõi hồ sơ on landscape A4; the column header repeats on every page. */
final class TrackingBookPdf {

    static final String TITLE = "SỔ THEO DÕI HỒ SƠ";

    private TrackingBookPdf() {
    }

    static byte[] render(TrackingBookForm form) {
        try (PageFlow flow = new PageFlow(PageFlow.Format.LANDSCAPE)) {
            flow.add(Letterhead.of(form.issuer(), "Mẫu số 07", null, null, null));
            flow.add(Paragraph.bold(TITLE).size(13).center().before(12).after(1));
            flow.add(Paragraph.italic(period(form)).size(10).center().after(8));
            float[] shares = new float[TrackingBookColumns.ALL.size()];
            String[] titles = new String[shares.length];
            for (int i = 0; i < shares.length; i++) {
                shares[i] = TrackingBookColumns.ALL.get(i).points();
                titles[i] = TrackingBookColumns.ALL.get(i).title();
            }
            Table table = new Table(7, shares).header(titles);
            for (TrackingBookForm.Row row : form.rows()) {
                Table.Cell[] cells = new Table.Cell[shares.length];
                for (int i = 0; i < shares.length; i++) {
                    TrackingBookColumns.Column column = TrackingBookColumns.ALL.get(i);
                    String value = column.print(row);
                    cells[i] = i == 0 || column.isTime() ? Table.Cell.center(value) : Table.Cell.text(value);
                }
                table.row(cells);
            }
            flow.add(table);
            return flow.finish(new PageFlow.Info("Sổ theo dõi hồ sơ - " + period(form), form.issuer().agency(),
                    period(form), form.periodTo().atTime(LocalTime.MAX).atZone(Formats.ZONE).toInstant()));
        }
    }

    static String period(TrackingBookForm form) {
        return "Từ ngày " + VnDates.date(form.periodFrom()) + " đến ngày " + VnDates.date(form.periodTo());
    }
}
