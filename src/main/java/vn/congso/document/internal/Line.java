package vn.congso.document.internal;

import java.util.List;

/** One typeset line: pieces of text in their faces, its width, and the indent it starts at. */
record Line(List<Piece> pieces, float width, float indent) {

    record Piece(String text, Style style, float width) {
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }
}
