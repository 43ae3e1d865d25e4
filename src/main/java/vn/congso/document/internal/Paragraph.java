package vn.congso.document.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Wrapped text with alignment, indents, spacing and an optional underline (the motto line of the header). */
final class Paragraph implements Block {

    private final List<Span> spans;
    private float size = 11;
    private Align align = Align.LEFT;
    private float indent;
    private float firstIndent;
    private float before;
    private float after = 2;
    private boolean underline;

    private Paragraph(List<Span> spans) {
        this.spans = spans;
    }

    static Paragraph of(Span... spans) {
        return new Paragraph(List.of(spans));
    }

    static Paragraph of(List<Span> spans) {
        return new Paragraph(List.copyOf(spans));
    }

    static Paragraph text(String text) {
        return of(Span.regular(text));
    }

    static Paragraph bold(String text) {
        return of(Span.bold(text));
    }

    static Paragraph italic(String text) {
        return of(Span.italic(text));
    }

    /** "Label: value" with the value in bold, or dots when it is missing. */
    static Paragraph field(String label, String value) {
        return Texts.blank(value)
                ? of(Span.regular(label + " "), Span.regular(Texts.DOTS))
                : of(Span.regular(label + " "), Span.bold(value));
    }

    Paragraph size(float points) {
        this.size = points;
        return this;
    }

    Paragraph center() {
        this.align = Align.CENTER;
        return this;
    }

    Paragraph right() {
        this.align = Align.RIGHT;
        return this;
    }

    Paragraph indent(float points) {
        this.indent = points;
        this.firstIndent = points;
        return this;
    }

    /** First line indented by {@code points} more than the others (body text of letters). */
    Paragraph firstLine(float points) {
        this.firstIndent = indent + points;
        return this;
    }

    /** Lines after the first start {@code points} further in (numbered items). */
    Paragraph hanging(float points) {
        this.firstIndent = indent;
        this.indent = indent + points;
        return this;
    }

    Paragraph before(float points) {
        this.before = points;
        return this;
    }

    Paragraph after(float points) {
        this.after = points;
        return this;
    }

    Paragraph underline() {
        this.underline = true;
        return this;
    }

    @Override
    public Laid layout(FontSet fonts, float width) {
        List<Line> lines = new LineBreaker(fonts, size).lines(spans, width, firstIndent, indent);
        return new LaidParagraph(lines, width, before, after);
    }

    private final class LaidParagraph implements Laid {

        private final List<Line> lines;
        private final float width;
        private final float spaceBefore;
        private final float spaceAfter;

        LaidParagraph(List<Line> lines, float width, float spaceBefore, float spaceAfter) {
            this.lines = lines;
            this.width = width;
            this.spaceBefore = spaceBefore;
            this.spaceAfter = spaceAfter;
        }

        private float leading() {
            return size * Canvas.LEADING;
        }

        @Override
        public float height() {
            return spaceBefore + lines.size() * leading() + spaceAfter;
        }

        @Override
        public void draw(Canvas canvas, float x, float top) throws IOException {
            float lineTop = top - spaceBefore;
            for (Line line : lines) {
                float left = x + line.indent() + align.offset(width - line.indent(), line.width());
                float baseline = lineTop - size * Canvas.BASELINE;
                canvas.line(line, left, baseline, size);
                if (underline && !line.isEmpty()) {
                    canvas.stroke(left, baseline - size * 0.3f, left + line.width(), baseline - size * 0.3f, 0.6f);
                }
                lineTop -= leading();
            }
        }

        @Override
        public Laid[] split(float available) {
            int fit = (int) Math.floor((available - spaceBefore) / leading());
            if (fit < 1 || fit >= lines.size()) {
                return null;
            }
            return new Laid[] {
                new LaidParagraph(new ArrayList<>(lines.subList(0, fit)), width, spaceBefore, 0),
                new LaidParagraph(new ArrayList<>(lines.subList(fit, lines.size())), width, 0, spaceAfter)
            };
        }
    }
}
