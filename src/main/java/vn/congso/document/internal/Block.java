package vn.congso.document.internal;

import java.io.IOException;

/** Something placed in the page flow: measured for a width, then drawn from a top edge. */
interface Block {

    Laid layout(FontSet fonts, float width) throws IOException;

    /** A block measured for a width. */
    interface Laid {

        float height();

        void draw(Canvas canvas, float x, float top) throws IOException;

        /**
         * Splits so that the first part fits in {@code available} points; null when it cannot be split (the flow
         * then moves the whole block to the next page).
         */
        default Laid[] split(float available) {
            return null;
        }
    }
}
