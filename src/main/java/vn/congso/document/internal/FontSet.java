package vn.congso.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded DejaVu Sans faces of one PDF (subset on save, so a form carries only the glyphs it uses), with text
 * measuring. Characters the font lacks are printed as "?" instead of failing the whole document.
 */
final class FontSet {

    private final Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);

    FontSet(PDDocument document) throws IOException {
        for (Style style : Style.values()) {
            fonts.put(style, PDType0Font.load(document, new ByteArrayInputStream(FontFiles.bytes(style)), true));
        }
    }

    PDFont font(Style style) {
        return fonts.get(style);
    }

    /** Width in points of {@code text} (already {@link #printable}) at {@code size}. */
    float width(Style style, float size, String text) {
        try {
            return fonts.get(style).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot show replaced by "?". */
    String printable(Style style, String text) {
        PDFont font = fonts.get(style);
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException unsupported) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> out.append(canShow(font, cp) ? Character.toString(cp) : "?"));
            return out.toString();
        }
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The font files, read once from the classpath. */
    private static final class FontFiles {

        private static final Map<Style, byte[]> FILES = load();

        static byte[] bytes(Style style) {
            return FILES.get(style);
        }

        private static Map<Style, byte[]> load() {
            Map<Style, byte[]> files = new EnumMap<>(Style.class);
            files.put(Style.REGULAR, read("DejaVuSans.ttf"));
            files.put(Style.BOLD, read("DejaVuSans-Bold.ttf"));
            files.put(Style.ITALIC, read("DejaVuSans-Oblique.ttf"));
            return files;
        }

        private static byte[] read(String name) {
            try (InputStream in = FontSet.class.getResourceAsStream("/document/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the classpath: " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
