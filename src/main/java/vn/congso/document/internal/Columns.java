package vn.congso.document.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks side by side, each column a vertical stack (the two-column header, signature rows, QR code next to
 * text). Kept on one page.
 */
final class Columns implements Block {

    private final List<Column> columns = new ArrayList<>();
    private float gap = 8;

    /** A column taking {@code share} of the width (shares are relative to their sum). */
    Columns column(float share, Block... blocks) {
        columns.add(new Column(share, List.of(blocks)));
        return this;
    }

    Columns column(float share, List<? extends Block> blocks) {
        columns.add(new Column(share, List.copyOf(blocks)));
        return this;
    }

    Columns gap(float points) {
        this.gap = points;
        return this;
    }

    private record Column(float share, List<Block> blocks) {
    }

    @Override
    public Laid layout(FontSet fonts, float width) throws IOException {
        float shares = 0;
        for (Column column : columns) {
            shares += column.share();
        }
        float usable = width - gap * (columns.size() - 1);
        List<Float> widths = new ArrayList<>();
        List<List<Laid>> laid = new ArrayList<>();
        float height = 0;
        for (Column column : columns) {
            float columnWidth = usable * column.share() / shares;
            List<Laid> stack = new ArrayList<>();
            float columnHeight = 0;
            for (Block block : column.blocks()) {
                Laid part = block.layout(fonts, columnWidth);
                stack.add(part);
                columnHeight += part.height();
            }
            widths.add(columnWidth);
            laid.add(stack);
            height = Math.max(height, columnHeight);
        }
        float total = height;
        return new Laid() {
            @Override
            public float height() {
                return total;
            }

            @Override
            public void draw(Canvas canvas, float x, float top) throws IOException {
                float left = x;
                for (int i = 0; i < laid.size(); i++) {
                    float y = top;
                    for (Laid part : laid.get(i)) {
                        part.draw(canvas, left, y);
                        y -= part.height();
                    }
                    left += widths.get(i) + gap;
                }
            }
        };
    }
}
