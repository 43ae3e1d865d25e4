package vn.congso.document.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes from ZXing core: a module matrix for vector drawing in PDFs, and PNG images for pages. */
final class QrCodes {

    /** ISO/IEC 18004 asks for four light modules around the symbol. */
    static final int QUIET_ZONE = 4;
    /** Larger images only cost memory: a phone reads a 1 000-pixel code from across a room. */
    static final int MAX_PNG_SIZE = 2000;

    private QrCodes() {
    }

    /** One bit per module, without quiet zone. */
    static BitMatrix matrix(String text) {
        if (Texts.blank(text)) {
            throw new IllegalArgumentException("A QR code needs a text");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code", e);
        }
    }

    /** A {@code size}×{@code size} PNG (at least one pixel per module) with the code centred in its quiet zone. */
    static byte[] png(String text, int size) {
        if (size < 1 || size > MAX_PNG_SIZE) {
            throw new IllegalArgumentException("QR image size must be between 1 and " + MAX_PNG_SIZE + " pixels");
        }
        BitMatrix matrix = matrix(text);
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        int side = Math.max(size, modules);
        int scale = side / modules;
        int offset = (side - matrix.getWidth() * scale) / 2;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        var graphics = image.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, side, side);
            graphics.setColor(java.awt.Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        graphics.fillRect(offset + x * scale, offset + y * scale, scale, scale);
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
