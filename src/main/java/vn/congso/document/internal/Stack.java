package vn.congso.document.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Blocks under each other that stay on one page (a signature with its caption, a QR code with its label). */
final class Stack implements Block {

    private final List<Block> blocks;

    Stack(List<? extends Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    Stack(Block... blocks) {
        this(List.of(blocks));
    }

    @Override
    public Laid layout(FontSet fonts, float width) throws IOException {
        List<Laid> parts = new ArrayList<>();
        float height = 0;
        for (Block block : blocks) {
            Laid part = block.layout(fonts, width);
            parts.add(part);
            height += part.height();
        }
        float total = height;
        return new Laid() {
            @Override
            public float height() {
                return total;
            }

            @Override
            public void draw(Canvas canvas, float x, float top) throws IOException {
                float y = top;
                for (Laid part : parts) {
                    part.draw(canvas, x, y);
                    y -= part.height();
                }
            }
        };
    }
}
