package vn.congso.dossier.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph RGW, the object storage of Viettel, VNPT or FPT clouds) with
 * PUT/GET/DELETE/HEAD Object signed by AWS Signature Version 4; what several nodes of one province share. Uploads
 * sign the SHA-256 of the body, so the store itself refuses bytes altered on the way. Server errors (5xx) and
 * broken connections are retried twice, which is safe because the four operations are idempotent.
 */
public class S3FileStorage implements FileStorage {

    private static final int ATTEMPTS = 3;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern XML_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

    /**
     * Where and how to reach the bucket.
     *
     * @param endpoint     base URL of the service, e.g. {@code https://s3.ap-southeast-1.amazonaws.com} or
     *                     {@code http://127.0.0.1:9000}; a path in it is kept as a prefix
     * @param region       the signing region; S3-compatible stores mostly accept {@code us-east-1}
     * @param sessionToken for temporary credentials; {@code null} or blank otherwise
     * @param pathStyle    {@code https://host/bucket/key} when true (MinIO, Ceph and most private clouds),
     *                     {@code https://bucket.host/key} when false
     */
    public record Settings(URI endpoint, String region, String bucket, String accessKey, String secretKey,
                           String sessionToken, boolean pathStyle) {

        public Settings {
            require(endpoint != null && endpoint.getHost() != null
                    && ("http".equalsIgnoreCase(endpoint.getScheme()) || "https".equalsIgnoreCase(endpoint.getScheme())),
                    "congso.files.s3.endpoint must be an http(s) URL with a host, was " + endpoint);
            require(region != null && !region.isBlank(), "congso.files.s3.region is required");
            require(bucket != null && !bucket.isBlank() && !bucket.contains("/"),
                    "congso.files.s3.bucket is required and has no '/', was " + bucket);
            require(accessKey != null && !accessKey.isBlank(), "congso.files.s3.access-key is required");
            require(secretKey != null && !secretKey.isBlank(), "congso.files.s3.secret-key is required");
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }

        @Override
        public String toString() {
            return "S3 settings[" + endpoint + ", region " + region + ", bucket " + bucket + ", access key "
                    + accessKey + (pathStyle ? ", path style" : ", virtual-host style") + "]";
        }
    }

    private final Settings settings;
    private final AwsSigV4 signer;
    private final Clock clock;
    private final HttpClient http;

    public S3FileStorage(Settings settings, Clock clock) {
        this(settings, clock, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade headers on plain http; S3 speaks 1.1
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    public S3FileStorage(Settings settings, Clock clock, HttpClient http) {
        this.settings = settings;
        this.signer = new AwsSigV4(settings.accessKey(), settings.secretKey(), settings.sessionToken(),
                settings.region(), "s3");
        this.clock = clock;
        this.http = http;
    }

    @Override
    public void put(String key, Path source, String contentType) {
        String payloadHash;
        try (InputStream in = Files.newInputStream(source)) {
            payloadHash = FileInspector.sha256(in);
        } catch (IOException e) {
            throw new FileStorageException("Could not read " + source + " to store it as " + key, e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType == null ? "application/octet-stream" : contentType);
        HttpResponse<InputStream> response = send("PUT", key, headers, payloadHash, () -> {
            try {
                return HttpRequest.BodyPublishers.ofFile(source);
            } catch (IOException e) {
                throw new FileStorageException("Could not read " + source + " to store it as " + key, e);
            }
        });
        expectSuccess("PUT", key, response);
    }

    @Override
    public InputStream open(String key) {
        HttpResponse<InputStream> response = send("GET", key, Map.of(), AwsSigV4.EMPTY_SHA256, null);
        if (response.statusCode() == 200) {
            return response.body();
        }
        throw failure("GET", key, response);
    }

    @Override
    public void delete(String key) {
        HttpResponse<InputStream> response = send("DELETE", key, Map.of(), AwsSigV4.EMPTY_SHA256, null);
        if (response.statusCode() == 404) {
            FileStorageException failure = failure("DELETE", key, response);
            if (failure instanceof StoredFileNotFoundException) {
                return; // already gone
            }
            throw failure;
        }
        expectSuccess("DELETE", key, response);
    }

    @Override
    public boolean exists(String key) {
        HttpResponse<InputStream> response = send("HEAD", key, Map.of(), AwsSigV4.EMPTY_SHA256, null);
        if (response.statusCode() == 404) {
            discard(response);
            return false; // HEAD has no body to tell a missing bucket from a missing object
        }
        expectSuccess("HEAD", key, response);
        return true;
    }

    /** The object's URL: {@code endpoint/bucket/key} (path style) or {@code bucket.endpoint/key}. */
    URI objectUri(String key) {
        URI endpoint = settings.endpoint();
        String prefix = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
        String encodedKey = AwsSigV4.encode(FileStorage.checkKey(key), false);
        String host = settings.pathStyle() ? endpoint.getHost() : settings.bucket() + "." + endpoint.getHost();
        String port = endpoint.getPort() == -1 ? "" : ":" + endpoint.getPort();
        String path = settings.pathStyle()
                ? prefix + "/" + AwsSigV4.encode(settings.bucket(), true) + "/" + encodedKey
                : prefix + "/" + encodedKey;
        return URI.create(endpoint.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + host + port + path);
    }

    private interface Body {
        HttpRequest.BodyPublisher publisher();
    }

    private HttpResponse<InputStream> send(String method, String key, Map<String, String> headers, String payloadHash,
                                           Body body) {
        URI uri = objectUri(key);
        IOException lastError = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                pause(attempt);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body.publisher());
            // signed at each attempt: the date must be fresh
            signer.sign(method, uri, headers, payloadHash, clock.instant()).forEach(request::header);
            try {
                HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() < 500 || attempt == ATTEMPTS) {
                    return response;
                }
                discard(response);
            } catch (IOException e) {
                lastError = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FileStorageException("Interrupted during " + method + " " + key, e);
            }
        }
        throw new FileStorageException("Object storage " + settings.endpoint() + " unreachable for " + method + " "
                + key + ": " + lastError, lastError);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * (1L << (2 * (attempt - 2)))); // 100 ms, then 400 ms
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileStorageException("Interrupted while waiting to retry", e);
        }
    }

    private void expectSuccess(String method, String key, HttpResponse<InputStream> response) {
        if (response.statusCode() / 100 == 2) {
            discard(response);
            return;
        }
        throw failure(method, key, response);
    }

    /** Reads the S3 error document and says what it means for whoever runs the platform. */
    private FileStorageException failure(String method, String key, HttpResponse<InputStream> response) {
        String body = errorBody(response);
        String code = first(XML_CODE, body);
        String message = first(XML_MESSAGE, body);
        int status = response.statusCode();
        if (status == 404 && !"NoSuchBucket".equals(code)) {
            return new StoredFileNotFoundException(key);
        }
        String hint = switch (code == null ? "" : code) {
            case "NoSuchBucket" -> " (check congso.files.s3.bucket and path-style)";
            case "SignatureDoesNotMatch", "InvalidAccessKeyId", "AccessDenied" ->
                    " (check congso.files.s3.access-key, secret-key and region)";
            case "RequestTimeTooSkewed" -> " (this server's clock is off; synchronise it with NTP)";
            case "AuthorizationHeaderMalformed", "PermanentRedirect" -> " (check congso.files.s3.region and endpoint)";
            default -> status == 301 || status == 307 ? " (check congso.files.s3.endpoint, region and path-style)" : "";
        };
        return new FileStorageException("Object storage refused " + method + " " + key + " in bucket "
                + settings.bucket() + ": HTTP " + status + (code == null ? "" : " " + code)
                + (message == null ? "" : " — " + message) + hint);
    }

    private static String errorBody(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readNBytes(16 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the connection is dropped instead of reused
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public String toString() {
        return "S3FileStorage[" + settings + "]";
    }
}
