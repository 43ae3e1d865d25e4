package vn.congso.dossier.internal.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.http.HttpStatus;

import vn.congso.shared.ApiException;
import vn.congso.shared.FieldProblem;

/**
 * The rules for an uploaded file, decided from its bytes and never from its name: not empty, not larger than
 * {@code congso.files.max-bytes}, a PDF, JPEG or PNG, named as what it is, and readable. A refusal is an
 * {@link ApiException} (400, or 413 when too large) with one {@link FieldProblem} carrying the same code, so a
 * caller passes it straight to the user.
 */
public class FileInspector {

    public static final String EMPTY = "file.empty";
    public static final String TOO_LARGE = "file.too-large";
    public static final String TYPE = "file.type";
    public static final String DISGUISED = "file.disguised";
    public static final String CORRUPT = "file.corrupt";

    /** The form field named in the problem when the caller does not give one. */
    public static final String DEFAULT_FIELD = "file";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** Acrobat's rule: the end-of-file marker must be within the last 1024 bytes; a cut file has none. */
    private static final int EOF_WINDOW = 1024;
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Content streams read per PDF to find damage; beyond this a file is not checked further (not refused). */
    private static final long PDF_CONTENT_CHECK_BYTES = 64L * 1024 * 1024;
    /** Images with more pixels get only their header checked, so a decompression bomb costs nothing. */
    private static final long IMAGE_DECODE_MAX_PIXELS = 100_000_000L;
    /** Decoding is subsampled to about this many pixels: enough to hit a cut or damaged stream, little memory. */
    private static final long IMAGE_DECODE_TARGET_PIXELS = 1_000_000L;

    private final long maxBytes;

    public FileInspector(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("congso.files.max-bytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public InspectedFile inspect(Path file, String originalName) {
        return inspect(file, originalName, DEFAULT_FIELD);
    }

    /** @param field the form field (or JSON pointer) named in the problem if the file is refused */
    public InspectedFile inspect(Path file, String originalName, String field) {
        return inspect(new FileContent(file), originalName, field);
    }

    public InspectedFile inspect(byte[] bytes, String originalName) {
        return inspect(bytes, originalName, DEFAULT_FIELD);
    }

    public InspectedFile inspect(byte[] bytes, String originalName, String field) {
        return inspect(new BytesContent(bytes), originalName, field);
    }

    /** The refusal for a file larger than the limit, for callers that stop reading an upload early. */
    public ApiException tooLarge(String field) {
        BigDecimal megabytes = BigDecimal.valueOf(maxBytes)
                .divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return refusal(TOO_LARGE, field, megabytes.scale() <= 0 ? (Object) megabytes.longValue() : megabytes);
    }

    private InspectedFile inspect(Content content, String originalName, String field) {
        try {
            long size = content.size();
            if (size == 0) {
                throw refusal(EMPTY, field);
            }
            if (size > maxBytes) {
                throw tooLarge(field);
            }
            Optional<FileType> found = FileType.ofBytes(content.head(FileType.MAGIC_LENGTH));
            Optional<FileType> claimed = FileType.claimedBy(originalName);
            if (claimed.isPresent() && !claimed.equals(found)) {
                throw refusal(DISGUISED, field);
            }
            FileType type = found.orElseThrow(() -> refusal(TYPE, field));
            Integer pages = switch (type) {
                case PDF -> pdfPages(content, field);
                case JPEG, PNG -> {
                    checkImage(content, type, field);
                    yield null;
                }
            };
            return new InspectedFile(type, size, content.sha256(), DisplayName.of(originalName, type), pages);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    private int pdfPages(Content content, String field) throws IOException {
        if (indexOf(content.tail(EOF_WINDOW), PDF_EOF) < 0) {
            throw refusal(CORRUPT, field);
        }
        int pages;
        try (PDDocument document = content.loadPdf()) {
            // Encrypted includes owner-password-only files: they open, but cannot be stamped, merged or signed.
            pages = document.isEncrypted() ? 0 : document.getNumberOfPages();
            long budget = PDF_CONTENT_CHECK_BYTES;
            for (PDPage page : pages > 0 ? document.getPages() : List.<PDPage>of()) {
                if (budget <= 0) {
                    break;
                }
                try (InputStream stream = page.getContents()) {
                    budget -= stream.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports damage as IOException (InvalidPasswordException when a password is needed), and
            // sometimes as a runtime exception or, for maliciously deep nesting, a stack overflow.
            pages = 0;
        }
        if (pages < 1) {
            throw refusal(CORRUPT, field);
        }
        return pages;
    }

    private void checkImage(Content content, FileType type, String field) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == FileType.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream input = content.imageStream()) {
            reader.setInput(input, true, true);
            reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warnings.add(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (width <= 0 || height <= 0) {
                throw refusal(CORRUPT, field);
            }
            if (pixels <= IMAGE_DECODE_MAX_PIXELS) {
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / IMAGE_DECODE_TARGET_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                if (reader.canReadRaster()) {
                    reader.readRaster(0, param); // no colour conversion: CMYK JPEGs from scanners read too
                } else {
                    reader.read(0, param);
                }
            }
        } catch (IOException | RuntimeException e) {
            // IIOException for a bad header or stream, EOFException for a cut one, and the odd runtime exception
            // of a decoder meeting bytes it does not expect
            throw refusal(CORRUPT, field);
        } finally {
            reader.dispose();
        }
        if (warnings.stream().anyMatch(FileInspector::meansCut)) {
            throw refusal(CORRUPT, field);
        }
    }

    /** The JPEG decoder only warns when the data stops early ("Premature end of JPEG file", missing EOI). */
    private static boolean meansCut(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return w.contains("premature end") || w.contains("truncated") || w.contains("missing eoi");
    }

    private static ApiException refusal(String code, String field, Object... args) {
        HttpStatus status = TOO_LARGE.equals(code) ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return new ApiException(status, code, List.of(FieldProblem.of(field, code, args)), args);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The uploaded bytes, in memory or in a file, read only as far as each check needs. */
    private interface Content {
        long size() throws IOException;

        byte[] head(int n) throws IOException;

        byte[] tail(int n) throws IOException;

        String sha256() throws IOException;

        PDDocument loadPdf() throws IOException;

        ImageInputStream imageStream() throws IOException;
    }

    private record BytesContent(byte[] bytes) implements Content {
        public long size() {
            return bytes.length;
        }

        public byte[] head(int n) {
            return Arrays.copyOf(bytes, Math.min(n, bytes.length));
        }

        public byte[] tail(int n) {
            return Arrays.copyOfRange(bytes, Math.max(0, bytes.length - n), bytes.length);
        }

        public String sha256() throws IOException {
            return FileInspector.sha256(new ByteArrayInputStream(bytes));
        }

        public PDDocument loadPdf() throws IOException {
            return Loader.loadPDF(bytes);
        }

        public ImageInputStream imageStream() {
            return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
        }
    }

    private record FileContent(Path file) implements Content {
        public long size() throws IOException {
            return Files.size(file);
        }

        public byte[] head(int n) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(n);
            }
        }

        public byte[] tail(int n) throws IOException {
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                long start = Math.max(0, channel.size() - n);
                ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
                channel.position(start);
                while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                    // keep reading
                }
                return Arrays.copyOf(buffer.array(), buffer.position());
            }
        }

        public String sha256() throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return FileInspector.sha256(in);
            }
        }

        public PDDocument loadPdf() throws IOException {
            return Loader.loadPDF(file.toFile());
        }

        public ImageInputStream imageStream() throws IOException {
            return new FileImageInputStream(file.toFile());
        }
    }
}
