package vn.congso.document.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ruled table: relative column widths, header rows repeated on every page it spans, body rows whose cells wrap
 * (a row taller than a page continues on the next one). Laid out by {@link PageFlow#add(Table)}.
 */
final class Table {

    final float[] shares;
    final float size;
    final float padding;
    final List<Cell[]> header = new ArrayList<>();
    final List<Cell[]> rows = new ArrayList<>();

    Table(float size, float... shares) {
        this.size = size;
        this.padding = Math.max(2, size * 0.35f);
        this.shares = shares.clone();
    }

    Table header(String... titles) {
        header.add(Arrays.stream(titles).map(title -> new Cell(List.of(Span.bold(title)), Align.CENTER))
                .toArray(Cell[]::new));
        return this;
    }

    Table row(Cell... cells) {
        if (cells.length != shares.length) {
            throw new IllegalArgumentException("Expected " + shares.length + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** One cell: spans (which may contain line breaks) and their alignment. */
    record Cell(List<Span> spans, Align align) {

        static Cell text(String text) {
            return new Cell(List.of(Span.regular(text)), Align.LEFT);
        }

        static Cell center(String text) {
            return new Cell(List.of(Span.regular(text)), Align.CENTER);
        }

        static Cell of(Align align, Span... spans) {
            return new Cell(List.of(spans), align);
        }
    }
}
