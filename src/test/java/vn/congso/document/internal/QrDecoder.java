package vn.congso.document.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads QR codes back from rendered pages or PNGs with ZXing core (zxing-javase is not a dependency). */
final class QrDecoder {

    private QrDecoder() {
    }

    static String decode(BufferedImage image) {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                            DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found in the image", e);
        }
    }

    static String decodePng(byte[] png) {
        try {
            return decode(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Luminance (0 black – 255 white) of every pixel of a {@link BufferedImage}. */
    static final class ImageLuminance extends LuminanceSource {

        private final byte[] pixels;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            int width = image.getWidth();
            int height = image.getHeight();
            pixels = new byte[width * height];
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int rgb = row[x];
                    int luminance = (306 * ((rgb >> 16) & 0xFF) + 601 * ((rgb >> 8) & 0xFF) + 117 * (rgb & 0xFF)) >> 10;
                    pixels[y * width + x] = (byte) luminance;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
