package vn.congso.document.internal;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Drawing on one page, in PDF points with y growing upwards. */
final class Canvas {

    /** Baseline distance below the top of a line box, as a fraction of the font size (DejaVu ascent + gap). */
    static final float BASELINE = 1.02f;
    static final float LEADING = 1.35f;

    private final PDPageContentStream stream;
    private final FontSet fonts;

    Canvas(PDPageContentStream stream, FontSet fonts) {
        this.stream = stream;
        this.fonts = fonts;
    }

    FontSet fonts() {
        return fonts;
    }

    void line(Line line, float x, float baseline, float size) throws IOException {
        float cursor = x;
        for (Line.Piece piece : line.pieces()) {
            text(piece.text(), piece.style(), size, cursor, baseline);
            cursor += piece.width();
        }
    }

    void text(String text, Style style, float size, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(fonts.font(style), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    void stroke(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void box(float x, float top, float width, float height, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.addRect(x, top - height, width, height);
        stream.stroke();
    }

    /** Adds a rectangle to the current path; {@link #fill()} paints all of them at once (no seams). */
    void addRect(float x, float y, float width, float height) throws IOException {
        stream.addRect(x, y, width, height);
    }

    void fill() throws IOException {
        stream.fill();
    }
}
