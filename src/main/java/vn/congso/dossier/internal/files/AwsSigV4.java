package vn.congso.dossier.internal.files;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for requests with the signature in the {@code Authorization} header, as S3 and every
 * S3-compatible store (MinIO, Ceph RGW, the Vietnamese clouds) accept it. Follows "Signature Calculations for the
 * Authorization Header" of the S3 API reference: canonical request, string to sign, HMAC chain of the secret over
 * date, region, service and {@code aws4_request}. S3 paths are encoded once (not twice as for other services).
 */
final class AwsSigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKey;
    private final String secretKey;
    private final String sessionToken;
    private final String region;
    private final String service;

    AwsSigV4(String accessKey, String secretKey, String sessionToken, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.sessionToken = sessionToken == null || sessionToken.isBlank() ? null : sessionToken;
        this.region = region;
        this.service = service;
    }

    /**
     * Signs a request and returns the headers to send with it: the given ones plus {@code x-amz-date},
     * {@code x-amz-content-sha256}, {@code x-amz-security-token} (with a session token) and {@code Authorization}.
     * {@code Host} is signed but not returned: the HTTP client derives it from the URI the same way.
     *
     * @param payloadHash hex SHA-256 of the body, {@link #EMPTY_SHA256} for none, or {@link #UNSIGNED_PAYLOAD}
     */
    Map<String, String> sign(String method, URI uri, Map<String, String> headers, String payloadHash, Instant at) {
        Map<String, String> send = new LinkedHashMap<>(headers);
        send.put("x-amz-date", AMZ_DATE.format(at));
        send.put("x-amz-content-sha256", payloadHash);
        if (sessionToken != null) {
            send.put("x-amz-security-token", sessionToken);
        }
        TreeMap<String, String> signed = new TreeMap<>();
        send.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value));
        signed.put("host", host(uri));
        String signature = signature(method, uri.getRawPath(), uri.getRawQuery(), signed, payloadHash, at);
        send.put("Authorization", ALGORITHM + " Credential=" + accessKey + "/" + scope(at)
                + ", SignedHeaders=" + String.join(";", signed.keySet()) + ", Signature=" + signature);
        return send;
    }

    /**
     * The signature over the canonical request made of these parts.
     *
     * @param headers the signed headers, names in lower case (include {@code host})
     */
    String signature(String method, String rawPath, String rawQuery, TreeMap<String, String> headers,
                     String payloadHash, Instant at) {
        String canonical = canonicalRequest(method, rawPath, rawQuery, headers, payloadHash);
        String toSign = ALGORITHM + "\n" + AMZ_DATE.format(at) + "\n" + scope(at) + "\n" + hex(sha256(canonical));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day(at));
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        return hex(hmac(key, toSign));
    }

    static String canonicalRequest(String method, String rawPath, String rawQuery, TreeMap<String, String> headers,
                                   String payloadHash) {
        StringBuilder request = new StringBuilder()
                .append(method).append('\n')
                .append(rawPath == null || rawPath.isEmpty() ? "/" : rawPath).append('\n')
                .append(canonicalQuery(rawQuery)).append('\n');
        headers.forEach((name, value) -> request.append(name).append(':')
                .append(value.strip().replaceAll("\\s+", " ")).append('\n'));
        return request.append('\n')
                .append(String.join(";", headers.keySet())).append('\n')
                .append(payloadHash).toString();
    }

    /** Parameters sorted by name then value, each encoded the SigV4 way ({@code =} kept for empty values). */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.add(new String[] {encode(decode(name), true), encode(decode(value), true)});
        }
        parameters.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return String.join("&", parameters.stream().map(p -> p[0] + "=" + p[1]).toList());
    }

    /** URI-encodes the SigV4 way: unreserved characters stay, everything else is %XX (upper case) of UTF-8. */
    static String encode(String text, boolean encodeSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && !encodeSlash)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** The Host header value as HTTP clients send it: the port only when it is not the scheme's default. */
    static String host(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
                || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] sha256(String text) {
        return FileInspector.sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private String scope(Instant at) {
        return day(at) + "/" + region + "/" + service + "/aws4_request";
    }

    private static String day(Instant at) {
        return AMZ_DATE.format(at).substring(0, 8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "AwsSigV4[" + accessKey + ", " + region + ", " + service + "]";
    }
}
