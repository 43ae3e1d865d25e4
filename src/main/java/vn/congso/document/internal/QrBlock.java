package vn.congso.document.internal;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;

/**
 * A QR code drawn as vector rectangles (one filled path, so no seams at any zoom), {@code side} points wide
 * including its quiet zone, aligned in the column.
 */
final class QrBlock implements Block {

    private final String text;
    private final float side;
    private final Align align;

    QrBlock(String text, float side, Align align) {
        this.text = text;
        this.side = side;
        this.align = align;
    }

    @Override
    public Laid layout(FontSet fonts, float width) {
        BitMatrix matrix = QrCodes.matrix(text);
        float drawn = Math.min(side, width);
        float module = drawn / (matrix.getWidth() + 2 * QrCodes.QUIET_ZONE);
        return new Laid() {
            @Override
            public float height() {
                return drawn;
            }

            @Override
            public void draw(Canvas canvas, float x, float top) throws IOException {
                float left = x + align.offset(width, drawn) + QrCodes.QUIET_ZONE * module;
                float upper = top - QrCodes.QUIET_ZONE * module;
                for (int row = 0; row < matrix.getHeight(); row++) {
                    int column = 0;
                    while (column < matrix.getWidth()) {
                        if (!matrix.get(column, row)) {
                            column++;
                            continue;
                        }
                        int start = column;
                        while (column < matrix.getWidth() && matrix.get(column, row)) {
                            column++;
                        }
                        canvas.addRect(left + start * module, upper - (row + 1) * module,
                                (column - start) * module, module);
                    }
                }
                canvas.fill();
            }
        };
    }
}
