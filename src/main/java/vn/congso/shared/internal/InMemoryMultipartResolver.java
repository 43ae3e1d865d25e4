package vn.congso.shared.internal;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.util.WebUtils;

/**
 * Multipart requests of up to {@value #IN_MEMORY_MAX} bytes whose body nothing has read yet (API uploads: an
 * application with its documents) are read whole and split in memory; everything else goes to the servlet
 * container's parser as before. The container's parser looks for the boundary one byte at a time and was about a
 * tenth of the work of a one-request application with a 200 KB PDF; here the boundary is found with the JDK's
 * vectorized {@link String#indexOf} over the bytes. The same limits apply ({@code spring.servlet.multipart.*}),
 * and a body that is not well-formed multipart is refused with the same 400 problem.
 */
@Component("multipartResolver")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the command-line tools have no multipart settings
class InMemoryMultipartResolver implements MultipartResolver {

    static final int IN_MEMORY_MAX = 8 * 1024 * 1024;

    private final StandardServletMultipartResolver container = new StandardServletMultipartResolver();
    private final long maxFileSize;
    private final long maxRequestSize;

    InMemoryMultipartResolver(MultipartProperties properties) {
        this.maxFileSize = properties.getMaxFileSize() == null ? -1 : properties.getMaxFileSize().toBytes();
        this.maxRequestSize = properties.getMaxRequestSize() == null ? -1 : properties.getMaxRequestSize().toBytes();
        container.setResolveLazily(properties.isResolveLazily());
        container.setStrictServletCompliance(properties.isStrictServletCompliance());
    }

    @Override
    public boolean isMultipart(HttpServletRequest request) {
        return container.isMultipart(request);
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        MultipartAccessFilter.Watched watched = WebUtils.getNativeRequest(request, MultipartAccessFilter.Watched.class);
        long length = request.getContentLengthLong();
        String boundary = boundary(request.getContentType());
        if (watched == null || watched.bodyRead() || length < 0 || length > IN_MEMORY_MAX || boundary == null
                || !request.getContentType().regionMatches(true, 0, "multipart/form-data", 0, 19)) {
            return container.resolveMultipart(request);
        }
        if (maxRequestSize >= 0 && length > maxRequestSize) {
            throw new MaxUploadSizeExceededException(maxRequestSize);
        }
        byte[] body;
        try (InputStream in = watched.getRequest().getInputStream()) {
            body = in.readNBytes((int) length);
        } catch (IOException e) {
            throw new MultipartException("Could not read the multipart body", e);
        }
        if (body.length != length) {
            throw new MultipartException("The multipart body ended before its declared length");
        }
        Parsed parsed = parse(body, boundary, maxFileSize);
        return new DefaultMultipartHttpServletRequest(request, parsed.files, parsed.parameters, parsed.parameterTypes);
    }

    @Override
    public void cleanupMultipart(MultipartHttpServletRequest request) {
        if (!(request instanceof DefaultMultipartHttpServletRequest)) {
            container.cleanupMultipart(request);
        }
    }

    /** The boundary parameter of a multipart content type, unquoted; null when there is none. */
    static String boundary(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String b = p.substring(9).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 200 ? null : b;
            }
        }
        return null;
    }

    record Parsed(MultiValueMap<String, MultipartFile> files, Map<String, String[]> parameters, Map<String, String> parameterTypes) {
    }

    /** Splits a multipart/form-data body (RFC 7578); parts with a file name are files, the others text fields. */
    static Parsed parse(byte[] body, String boundary, long maxFileSize) {
        // ISO-8859-1 maps every byte to one char, so char positions are byte positions
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
        Map<String, String[]> parameters = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        int at = text.startsWith(delimiter) ? 0 : text.indexOf("\r\n" + delimiter);
        if (at < 0) {
            throw new MultipartException("No multipart boundary in the body");
        }
        at += at == 0 ? delimiter.length() : delimiter.length() + 2;
        String next = "\r\n" + delimiter;
        for (int parts = 0; ; parts++) {
            if (text.startsWith("--", at)) {
                return new Parsed(files, parameters, types); // the closing delimiter
            }
            if (parts >= 1000) {
                throw new MultipartException("Too many parts");
            }
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0 || !text.substring(at, lineEnd).isBlank()) {
                throw new MultipartException("Malformed multipart delimiter line");
            }
            int headersEnd = text.indexOf("\r\n\r\n", lineEnd);
            int contentStart;
            String headerBlock;
            if (text.startsWith("\r\n", lineEnd + 2)) { // a part without headers
                headerBlock = "";
                contentStart = lineEnd + 4;
            } else if (headersEnd < 0) {
                throw new MultipartException("Malformed multipart part headers");
            } else {
                headerBlock = new String(body, lineEnd + 2, headersEnd - lineEnd - 2, StandardCharsets.UTF_8);
                contentStart = headersEnd + 4;
            }
            int contentEnd = text.indexOf(next, contentStart);
            if (contentEnd < 0) {
                throw new MultipartException("The multipart body has no closing delimiter");
            }
            Map<String, String> headers = headers(headerBlock);
            String disposition = headers.getOrDefault("content-disposition", "");
            String name = param(disposition, "name");
            if (name == null || !disposition.regionMatches(true, 0, "form-data", 0, 9)) {
                throw new MultipartException("A multipart part without a form-data name");
            }
            String filename = param(disposition, "filename");
            String type = headers.get("content-type");
            if (filename != null) {
                if (maxFileSize >= 0 && contentEnd - contentStart > maxFileSize) {
                    throw new MaxUploadSizeExceededException(maxFileSize);
                }
                files.add(name, new BytesFile(name, filename, type, Arrays.copyOfRange(body, contentStart, contentEnd)));
            } else {
                String value = new String(body, contentStart, contentEnd - contentStart, StandardCharsets.UTF_8);
                String[] old = parameters.get(name);
                String[] values = old == null ? new String[] {value} : Arrays.copyOf(old, old.length + 1);
                values[values.length - 1] = value;
                parameters.put(name, values);
                if (type != null) {
                    types.put(name, type);
                }
            }
            at = contentEnd + next.length();
        }
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** A parameter of a Content-Disposition header, unquoted (name="x"; filename="y"); null when absent. */
    static String param(String header, String name) {
        int i = 0;
        while (i < header.length()) {
            int semi = indexOfUnquoted(header, ';', i);
            String part = header.substring(i, semi < 0 ? header.length() : semi).strip();
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equalsIgnoreCase(name)) {
                String v = part.substring(eq + 1).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
                }
                return v;
            }
            if (semi < 0) {
                break;
            }
            i = semi + 1;
        }
        return null;
    }

    private static int indexOfUnquoted(String s, char c, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && quoted) {
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** An uploaded file held in memory. */
    static final class BytesFile implements MultipartFile {
        private final String name;
        private final String filename;
        private final String contentType;
        private final byte[] bytes;

        BytesFile(String name, String filename, String contentType, byte[] bytes) {
            this.name = name;
            this.filename = filename;
            this.contentType = contentType;
            this.bytes = bytes;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getOriginalFilename() {
            return filename;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public boolean isEmpty() {
            return bytes.length == 0;
        }

        @Override
        public long getSize() {
            return bytes.length;
        }

        @Override
        public byte[] getBytes() {
            return bytes.clone();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public void transferTo(File dest) throws IOException {
            Files.write(dest.toPath(), bytes);
        }

        @Override
        public void transferTo(Path dest) throws IOException {
            Files.write(dest, bytes);
        }
    }
}
