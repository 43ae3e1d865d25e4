package vn.congso.document.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking by measured width: words move to the next line when they do not fit, a word wider than a
 * whole line is cut between characters, and {@code \n} always ends a line. Spaces between words keep the face
 * of the word they precede, so text extraction sees real spaces.
 */
final class LineBreaker {

    private final FontSet fonts;
    private final float size;

    LineBreaker(FontSet fonts, float size) {
        this.fonts = fonts;
        this.size = size;
    }

    List<Line> lines(List<Span> spans, float width, float firstIndent, float indent) {
        List<Line> lines = new ArrayList<>();
        LineBuilder line = new LineBuilder(firstIndent, width - firstIndent);
        for (Word word : words(spans)) {
            if (word.breakBefore()) {
                lines.add(line.build());
                line = new LineBuilder(indent, width - indent);
                continue;
            }
            String text = fonts.printable(word.style(), word.text());
            float wordWidth = fonts.width(word.style(), size, text);
            float spaceWidth = fonts.width(word.style(), size, " ");
            if (!line.fits(wordWidth, spaceWidth, word.spaceBefore())) {
                if (!line.isEmpty()) {
                    lines.add(line.build());
                    line = new LineBuilder(indent, width - indent);
                }
                while (wordWidth > line.available && text.length() > 1) {
                    int cut = longestPrefix(word.style(), text, line.available);
                    line.add(text.substring(0, cut), word.style(), fonts.width(word.style(), size, text.substring(0, cut)), false, 0);
                    lines.add(line.build());
                    line = new LineBuilder(indent, width - indent);
                    text = text.substring(cut);
                    wordWidth = fonts.width(word.style(), size, text);
                }
            }
            line.add(text, word.style(), wordWidth, word.spaceBefore(), spaceWidth);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.build());
        }
        return lines;
    }

    private int longestPrefix(Style style, String text, float available) {
        int cut = 1;
        while (cut < text.length() && fonts.width(style, size, text.substring(0, cut + 1)) <= available) {
            cut++;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1)) && cut < text.length()) {
            cut++;
        }
        return cut;
    }

    private record Word(String text, Style style, boolean spaceBefore, boolean breakBefore) {
    }

    private static List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        boolean pendingSpace = false;
        for (Span span : spans) {
            String[] paragraphs = span.text().split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    words.add(new Word("", span.style(), false, true));
                    pendingSpace = false;
                }
                StringBuilder current = new StringBuilder();
                for (int i = 0; i < paragraphs[p].length(); i++) {
                    char c = paragraphs[p].charAt(i);
                    if (c == ' ') {
                        if (!current.isEmpty()) {
                            words.add(new Word(current.toString(), span.style(), pendingSpace, false));
                            current.setLength(0);
                        }
                        pendingSpace = true;
                    } else {
                        current.append(c);
                    }
                }
                if (!current.isEmpty()) {
                    words.add(new Word(current.toString(), span.style(), pendingSpace, false));
                    pendingSpace = false;
                }
            }
        }
        return words;
    }

    /** Collects pieces of one line, merging neighbours of the same face. */
    private static final class LineBuilder {

        private final float indent;
        private final float available;
        private final List<Line.Piece> pieces = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Style style;
        private float pieceWidth;
        private float used;

        LineBuilder(float indent, float available) {
            this.indent = indent;
            this.available = Math.max(1, available);
        }

        boolean isEmpty() {
            return pieces.isEmpty() && text.isEmpty();
        }

        boolean fits(float wordWidth, float spaceWidth, boolean spaceBefore) {
            float space = isEmpty() || !spaceBefore ? 0 : spaceWidth;
            return used + space + wordWidth <= available + 0.01f;
        }

        void add(String word, Style face, float wordWidth, boolean spaceBefore, float spaceWidth) {
            String chunk = !isEmpty() && spaceBefore ? " " + word : word;
            float chunkWidth = wordWidth + (!isEmpty() && spaceBefore ? spaceWidth : 0);
            if (style != face && !text.isEmpty()) {
                flush();
            }
            style = face;
            text.append(chunk);
            pieceWidth += chunkWidth;
            used += chunkWidth;
        }

        private void flush() {
            pieces.add(new Line.Piece(text.toString(), style, pieceWidth));
            text.setLength(0);
            pieceWidth = 0;
        }

        Line build() {
            if (!text.isEmpty()) {
                flush();
            }
            return new Line(List.copyOf(pieces), used, indent);
        }
    }
}
