package vn.congso.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import vn.congso.shared.Formats;

/**
 * Top-to-bottom layout on A4 pages: blocks and tables are placed under each other and flow onto new pages,
 * paragraphs split between lines, tables repeat their header. {@link #finish} numbers the pages ("Trang 1/3",
 * only when there is more than one), sets title, creator and language, and returns the file.
 */
final class PageFlow implements AutoCloseable {

    /** Page geometry; margins follow Decree 30/2020 for portrait (top/bottom 20 mm, left 30 mm, right 20 mm). */
    enum Format {
        PORTRAIT(PDRectangle.A4, 57, 57, 85, 57),
        LANDSCAPE(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 42, 45, 42, 42);

        final PDRectangle size;
        final float top;
        final float bottom;
        final float left;
        final float right;

        Format(PDRectangle size, float top, float bottom, float left, float right) {
            this.size = size;
            this.top = top;
            this.bottom = bottom;
            this.left = left;
            this.right = right;
        }
    }

    /** What a PDF viewer shows in its document properties. */
    record Info(String title, String author, String subject, Instant created) {
    }

    private final PDDocument document = new PDDocument();
    private final Format format;
    private final FontSet fonts;
    private PDPageContentStream stream;
    private Canvas canvas;
    private float y;
    private boolean pageEmpty;

    PageFlow(Format format) {
        this.format = format;
        try {
            this.fonts = new FontSet(document);
            newPage();
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        }
    }

    float width() {
        return format.size.getWidth() - format.left - format.right;
    }

    private float remaining() {
        return y - format.bottom;
    }

    private float pageHeight() {
        return format.size.getHeight() - format.top - format.bottom;
    }

    PageFlow add(Block... blocks) {
        try {
            for (Block block : blocks) {
                place(block.layout(fonts, width()));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PageFlow add(List<? extends Block> blocks) {
        return add(blocks.toArray(Block[]::new));
    }

    private void place(Block.Laid laid) throws IOException {
        while (laid.height() > remaining() && !pageEmpty) {
            Block.Laid[] parts = laid.split(remaining());
            if (parts == null) {
                newPage();
                break;
            }
            draw(parts[0]);
            newPage();
            laid = parts[1];
        }
        draw(laid);
    }

    private void draw(Block.Laid laid) throws IOException {
        laid.draw(canvas, format.left, y);
        y -= laid.height();
        pageEmpty = false;
    }

    /** Starts a new page unless at least {@code points} are left (keeps a heading with what follows). */
    PageFlow keep(float points) {
        if (remaining() < points && !pageEmpty) {
            try {
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    PageFlow add(Table table) {
        try {
            new TableWriter(table).write();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(format.size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        canvas = new Canvas(stream, fonts);
        y = format.size.getHeight() - format.top;
        pageEmpty = true;
    }

    byte[] finish(Info info) {
        try {
            stream.close();
            stream = null;
            numberPages();
            describe(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly();
        }
    }

    private void numberPages() throws IOException {
        int count = document.getNumberOfPages();
        if (count < 2) {
            return;
        }
        float size = 8.5f;
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = "Trang " + (i + 1) + "/" + count;
                float width = fonts.width(Style.ITALIC, size, label);
                new Canvas(footer, fonts).text(label, Style.ITALIC, size,
                        (format.size.getWidth() - width) / 2, format.bottom / 2);
            }
        }
    }

    private void describe(Info info) {
        PDDocumentInformation properties = document.getDocumentInformation();
        properties.setTitle(info.title());
        properties.setAuthor(info.author());
        properties.setSubject(info.subject());
        properties.setCreator("Congso");
        properties.setProducer("Congso (Apache PDFBox)");
        if (info.created() != null) {
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(Formats.ZONE));
            created.setTimeInMillis(info.created().toEpochMilli());
            properties.setCreationDate(created);
        }
        document.getDocumentCatalog().setLanguage("vi-VN");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (stream != null) {
                stream.close();
                stream = null;
            }
            document.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    /** Writes one table: rows move to the next page whole when they fit there, else split between lines. */
    private final class TableWriter {

        private final Table table;
        private final float[] widths;
        private final float leading;
        private final List<LaidRow> header = new ArrayList<>();
        private float headerHeight;
        private boolean bodyOnPage;

        TableWriter(Table table) {
            this.table = table;
            this.leading = table.size * 1.3f;
            this.widths = new float[table.shares.length];
            float sum = 0;
            for (float share : table.shares) {
                sum += share;
            }
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width() * table.shares[i] / sum;
            }
            for (Table.Cell[] cells : table.header) {
                LaidRow row = layout(cells);
                header.add(row);
                headerHeight += height(row.lines());
            }
        }

        void write() throws IOException {
            float firstRow = table.rows.isEmpty() ? 0 : height(1);
            if (remaining() < headerHeight + firstRow && !pageEmpty) {
                newPage();
            }
            drawHeader();
            for (Table.Cell[] cells : table.rows) {
                writeRow(layout(cells));
            }
        }

        private void writeRow(LaidRow row) throws IOException {
            int from = 0;
            while (true) {
                float need = height(row.lines() - from);
                if (need <= remaining()) {
                    drawRow(row, from, row.lines(), false);
                    return;
                }
                if (bodyOnPage && need <= pageHeight() - headerHeight) {
                    nextPage();
                    continue;
                }
                int fit = (int) Math.floor((remaining() - 2 * table.padding) / leading);
                if (fit < 1 && bodyOnPage) {
                    nextPage();
                    continue;
                }
                fit = Math.max(1, fit);
                drawRow(row, from, from + fit, false);
                from += fit;
                nextPage();
            }
        }

        private void nextPage() throws IOException {
            newPage();
            drawHeader();
        }

        private void drawHeader() throws IOException {
            for (LaidRow row : header) {
                drawRow(row, 0, row.lines(), true);
            }
            bodyOnPage = false;
        }

        private void drawRow(LaidRow row, int from, int to, boolean middle) throws IOException {
            float height = height(to - from);
            float x = format.left;
            for (int c = 0; c < row.cells().size(); c++) {
                List<Line> lines = row.cells().get(c);
                int last = Math.min(to, lines.size());
                int shown = Math.max(0, last - from);
                float lineTop = y - table.padding
                        - (middle ? (height - 2 * table.padding - shown * leading) / 2 : 0);
                float inner = widths[c] - 2 * table.padding;
                for (int i = from; i < last; i++) {
                    Line line = lines.get(i);
                    float left = x + table.padding + row.aligns()[c].offset(inner, line.width());
                    canvas.line(line, left, lineTop - table.size * 0.98f, table.size);
                    lineTop -= leading;
                }
                canvas.box(x, y, widths[c], height, 0.5f);
                x += widths[c];
            }
            y -= height;
            pageEmpty = false;
            bodyOnPage |= !middle;
        }

        private LaidRow layout(Table.Cell[] cells) {
            LineBreaker breaker = new LineBreaker(fonts, table.size);
            List<List<Line>> lines = new ArrayList<>();
            Align[] aligns = new Align[cells.length];
            for (int c = 0; c < cells.length; c++) {
                lines.add(breaker.lines(cells[c].spans(), widths[c] - 2 * table.padding, 0, 0));
                aligns[c] = cells[c].align();
            }
            return new LaidRow(lines, aligns);
        }

        private float height(int lines) {
            return 2 * table.padding + Math.max(1, lines) * leading;
        }
    }

    /** A table row broken into lines per cell. */
    private record LaidRow(List<List<Line>> cells, Align[] aligns) {

        int lines() {
            int lines = 1;
            for (List<Line> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            return lines;
        }
    }
}
