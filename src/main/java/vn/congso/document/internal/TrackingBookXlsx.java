package vn.congso.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.congso.document.TrackingBookForm;
import vn.congso.shared.Formats;

/**
 * Mẫu số 07 as a workbook: row 1 is the column header (frozen, filterable, repeated when printed), then one row
 * per dossier; times are real Excel dates (local time of Đắk Lắk, shown dd/MM/yyyy HH:mm). Streams rows, so a
 * month of a busy centre fits in little memory.
 */
final class TrackingBookXlsx {

    static final String SHEET = "Sổ theo dõi hồ sơ";

    private TrackingBookXlsx() {
    }

    static byte[] render(TrackingBookForm form) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            var columns = TrackingBookColumns.ALL;
            Row header = sheet.createRow(0);
            header.setHeightInPoints(42);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).title());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, columns.get(c).characters() * 256);
            }
            int r = 1;
            for (TrackingBookForm.Row row : form.rows()) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    TrackingBookColumns.Column column = columns.get(c);
                    Cell cell = line.createCell(c);
                    if (c == 0) {
                        cell.setCellValue(row.number());
                        cell.setCellStyle(styles.number);
                    } else if (column.isTime()) {
                        Instant time = column.time().apply(row);
                        if (time != null) {
                            cell.setCellValue(time.atZone(Formats.ZONE).toLocalDateTime());
                        }
                        cell.setCellStyle(styles.date);
                    } else {
                        cell.setCellValue(column.text().apply(row));
                        cell.setCellStyle(styles.text);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getHeader().setCenter(TrackingBookPdf.TITLE + " - " + form.issuer().agency() + " - "
                    + TrackingBookPdf.period(form));
            sheet.getFooter().setCenter("Trang &P/&N");
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle("Sổ theo dõi hồ sơ - " + TrackingBookPdf.period(form));
            properties.setCreator("Congso");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // temporary files are already gone
            }
        }
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = bordered(workbook);
            number.setAlignment(HorizontalAlignment.CENTER);
            number.setVerticalAlignment(VerticalAlignment.TOP);
            date = bordered(workbook);
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/MM/yyyy HH:mm"));
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
