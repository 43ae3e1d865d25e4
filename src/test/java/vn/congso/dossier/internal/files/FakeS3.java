package vn.congso.dossier.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny S3 in memory, path style, for one bucket: PUT/GET/HEAD/DELETE Object, answering like S3 (XML error
 * documents with a {@code Code}). It refuses any request whose SigV4 {@code Authorization} header, date or payload
 * hash is missing or wrong, recomputing the signature from what actually arrived on the wire.
 */
final class FakeS3 implements AutoCloseable {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/s3/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?"
                    + "Signature=([0-9a-f]{64})");

    record Received(String method, String path, Map<String, String> headers) {
    }

    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** Answer this many of the next requests with 503 SlowDown, as a busy store does. */
    final AtomicInteger failNext = new AtomicInteger();

    private final String bucket;
    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String sessionToken;
    private final HttpServer server;

    FakeS3(String bucket, String accessKey, String secretKey, String region, String sessionToken) throws IOException {
        this.bucket = bucket;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.sessionToken = sessionToken;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            received.add(new Received(method, path, Map.copyOf(headers)));

            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                error(exchange, 503, "SlowDown", "Please reduce your request rate.");
                return;
            }
            String refusal = checkSignature(exchange, headers, body);
            if (refusal != null) {
                error(exchange, refusal.equals("XAmzContentSHA256Mismatch") ? 400 : 403, refusal, "Refused.");
                return;
            }
            String prefix = "/" + bucket + "/";
            if (!path.startsWith(prefix)) {
                error(exchange, 404, "NoSuchBucket", "The specified bucket does not exist.");
                return;
            }
            String key = path.substring(prefix.length());
            switch (method) {
                case "PUT" -> {
                    objects.put(key, body);
                    contentTypes.put(key, headers.getOrDefault("Content-Type", "binary/octet-stream"));
                    exchange.getResponseHeaders().add("ETag", "\"" + hex(md5(body)) + "\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET" -> {
                    byte[] object = objects.get(key);
                    if (object == null) {
                        error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
                        return;
                    }
                    exchange.getResponseHeaders().add("Content-Type", contentTypes.get(key));
                    exchange.sendResponseHeaders(200, object.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(object);
                    }
                }
                case "HEAD" -> exchange.sendResponseHeaders(objects.containsKey(key) ? 200 : 404, -1);
                case "DELETE" -> {
                    objects.remove(key);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 405, "MethodNotAllowed", "Not here.");
            }
        }
    }

    /** The S3 error code for a request that is not properly signed, or null when it is. */
    private String checkSignature(HttpExchange exchange, Map<String, String> headers, byte[] body) {
        String authorization = headers.get("Authorization");
        String amzDate = headers.get("x-amz-date");
        String payloadHash = headers.get("x-amz-content-sha256");
        if (authorization == null || amzDate == null || payloadHash == null) {
            return "AccessDenied";
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches()) {
            return "AuthorizationHeaderMalformed";
        }
        if (!m.group(1).equals(accessKey)) {
            return "InvalidAccessKeyId";
        }
        if (!m.group(2).equals(amzDate.substring(0, 8)) || !m.group(3).equals(region)) {
            return "AuthorizationHeaderMalformed";
        }
        List<String> signedNames = List.of(m.group(4).split(";"));
        if (!signedNames.containsAll(List.of("host", "x-amz-date", "x-amz-content-sha256"))) {
            return "AccessDenied";
        }
        if (sessionToken != null && (!sessionToken.equals(headers.get("x-amz-security-token"))
                || !signedNames.contains("x-amz-security-token"))) {
            return "InvalidToken";
        }
        if (!payloadHash.equals(AwsSigV4.UNSIGNED_PAYLOAD) && !payloadHash.equals(hex(sha256(body)))) {
            return "XAmzContentSHA256Mismatch";
        }
        TreeMap<String, String> signed = new TreeMap<>();
        for (String name : signedNames) {
            String value = headers.get(name);
            if (value == null) {
                return "AccessDenied";
            }
            signed.put(name, value);
        }
        Instant at = LocalDateTime.parse(amzDate, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                .toInstant(ZoneOffset.UTC);
        String expected = new AwsSigV4(accessKey, secretKey, sessionToken, region, "s3").signature(
                exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), signed, payloadHash, at);
        return expected.equals(m.group(5)) ? null : "SignatureDoesNotMatch";
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }

    static byte[] sha256(byte[] bytes) {
        return digest("SHA-256", bytes);
    }

    private static byte[] md5(byte[] bytes) {
        return digest("MD5", bytes);
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
