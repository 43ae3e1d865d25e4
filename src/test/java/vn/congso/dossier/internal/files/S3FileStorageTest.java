package vn.congso.dossier.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3FileStorageTest {

    static final String BUCKET = "congso-66";
    static final String ACCESS_KEY = "CONGSOTESTACCESSKEY";
    static final String SECRET_KEY = "congso/test+secret/key";
    static final String REGION = "us-east-1";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T01:02:03Z"), ZoneOffset.UTC);
    static final String KEY = "2026/11/28/6f1c2e0a-0b7e-4a55-9d5f-1f0c8a2b9e11.pdf";

    @TempDir
    Path uploads;
    FakeS3 s3;

    @BeforeEach
    void startFakeS3() throws Exception {
        s3 = new FakeS3(BUCKET, ACCESS_KEY, SECRET_KEY, REGION, null);
    }

    @AfterEach
    void stopFakeS3() {
        s3.close();
    }

    @Test
    void aStoredFileCanBeReadCheckedAndDeletedThroughS3() throws Exception {
        S3FileStorage storage = storage(SECRET_KEY);
        byte[] pdf = SampleFiles.pdf(2);

        storage.put(KEY, Files.write(uploads.resolve("upload.tmp"), pdf), "application/pdf");

        assertThat(s3.objects.get(KEY)).isEqualTo(pdf);
        assertThat(s3.contentTypes.get(KEY)).isEqualTo("application/pdf");
        assertThat(storage.exists(KEY)).isTrue();
        try (InputStream in = storage.open(KEY)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }

        storage.delete(KEY);

        assertThat(storage.exists(KEY)).isFalse();
        assertThat(s3.objects).isEmpty();
    }

    @Test
    void everyRequestIsSignedWithSigV4AtTheTimeOfTheInjectedClock() throws Exception {
        S3FileStorage storage = storage(SECRET_KEY);
        byte[] png = SampleFiles.png();

        storage.put(KEY, Files.write(uploads.resolve("u"), png), "image/png");
        storage.exists(KEY);

        assertThat(s3.received).hasSize(2).allSatisfy(request -> {
            assertThat(request.headers().get("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential="
                    + ACCESS_KEY + "/20261128/us-east-1/s3/aws4_request, SignedHeaders=");
            assertThat(request.headers().get("X-amz-date")).isEqualTo("20261128T010203Z");
        });
        assertThat(s3.received.get(0).path()).isEqualTo("/" + BUCKET + "/" + KEY);
        assertThat(s3.received.get(0).headers().get("X-amz-content-sha256")).isEqualTo(FakeS3.hex(FakeS3.sha256(png)));
        assertThat(s3.received.get(1).headers().get("X-amz-content-sha256")).isEqualTo(AwsSigV4.EMPTY_SHA256);
    }

    @Test
    void aMissingObjectIsNotFoundAndDeletingItIsNotAnError() {
        S3FileStorage storage = storage(SECRET_KEY);

        assertThatThrownBy(() -> storage.open(KEY)).isInstanceOf(StoredFileNotFoundException.class)
                .hasMessageContaining(KEY);
        assertThat(storage.exists(KEY)).isFalse();
        storage.delete(KEY);
    }

    @Test
    void aWrongSecretKeyIsReportedAsRefusedWithAHint() throws Exception {
        S3FileStorage storage = storage("not-the-secret");
        Path upload = Files.write(uploads.resolve("u"), SampleFiles.png());

        assertThatThrownBy(() -> storage.put(KEY, upload, "image/png"))
                .isInstanceOf(FileStorageException.class).isNotInstanceOf(StoredFileNotFoundException.class)
                .hasMessageContaining("HTTP 403 SignatureDoesNotMatch")
                .hasMessageContaining("secret-key")
                .hasMessageNotContaining("not-the-secret");
        assertThatThrownBy(() -> storage.exists(KEY)).isInstanceOf(FileStorageException.class)
                .hasMessageContaining("HTTP 403");
        assertThat(s3.objects).isEmpty();
    }

    @Test
    void aMissingBucketIsAConfigurationErrorNotAMissingFile() {
        S3FileStorage storage = new S3FileStorage(new S3FileStorage.Settings(s3.endpoint(), REGION, "no-such-bucket",
                ACCESS_KEY, SECRET_KEY, null, true), CLOCK);

        assertThatThrownBy(() -> storage.open(KEY)).isInstanceOf(FileStorageException.class)
                .isNotInstanceOf(StoredFileNotFoundException.class)
                .hasMessageContaining("NoSuchBucket");
    }

    @Test
    void aBusyStoreIsRetriedAndThenReported() throws Exception {
        S3FileStorage storage = storage(SECRET_KEY);
        Path upload = Files.write(uploads.resolve("u"), SampleFiles.jpeg());

        s3.failNext.set(2);
        storage.put(KEY, upload, "image/jpeg");
        assertThat(s3.objects).containsKey(KEY);

        s3.failNext.set(3);
        assertThatThrownBy(() -> storage.open(KEY)).isInstanceOf(FileStorageException.class)
                .hasMessageContaining("HTTP 503 SlowDown");
    }

    @Test
    void temporaryCredentialsSendTheirSessionToken() throws Exception {
        s3.close();
        s3 = new FakeS3(BUCKET, ACCESS_KEY, SECRET_KEY, REGION, "session-token-123");
        S3FileStorage storage = new S3FileStorage(new S3FileStorage.Settings(s3.endpoint(), REGION, BUCKET,
                ACCESS_KEY, SECRET_KEY, "session-token-123", true), CLOCK);

        storage.put(KEY, Files.write(uploads.resolve("u"), SampleFiles.png()), "image/png");

        assertThat(storage.exists(KEY)).isTrue();
        assertThat(s3.received.get(0).headers().get("X-amz-security-token")).isEqualTo("session-token-123");
    }

    @Test
    void anUnreachableStoreIsReportedAfterRetries() {
        URI closed = s3.endpoint();
        s3.close();
        S3FileStorage storage = new S3FileStorage(new S3FileStorage.Settings(closed, REGION, BUCKET, ACCESS_KEY,
                SECRET_KEY, null, true), CLOCK);

        assertThatThrownBy(() -> storage.exists(KEY)).isInstanceOf(FileStorageException.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void objectsAreAddressedPathStyleOrVirtualHostStyle() {
        assertThat(uriOf("http://127.0.0.1:9000", true)).isEqualTo(URI.create("http://127.0.0.1:9000/congso-66/" + KEY));
        assertThat(uriOf("https://s3.ap-southeast-1.amazonaws.com", false))
                .isEqualTo(URI.create("https://congso-66.s3.ap-southeast-1.amazonaws.com/" + KEY));
        assertThat(uriOf("https://storage.example.vn/s3/", true))
                .isEqualTo(URI.create("https://storage.example.vn/s3/congso-66/" + KEY));
    }

    @Test
    void badKeysAreRefusedBeforeAnyRequest() {
        S3FileStorage storage = storage(SECRET_KEY);

        assertThatThrownBy(() -> storage.open("../other-bucket/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete("a?versionId=1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(s3.received).isEmpty();
    }

    @Test
    void settingsRefuseMissingValuesAndNeverPrintTheSecret() {
        S3FileStorage.Settings settings = new S3FileStorage.Settings(URI.create("https://s3.example.vn"), REGION,
                BUCKET, ACCESS_KEY, SECRET_KEY, "token", true);

        assertThat(settings.toString()).contains(BUCKET).doesNotContain(SECRET_KEY).doesNotContain("token");
        assertThatThrownBy(() -> new S3FileStorage.Settings(URI.create("https://s3.example.vn"), REGION, "",
                ACCESS_KEY, SECRET_KEY, null, true)).hasMessageContaining("congso.files.s3.bucket");
        assertThatThrownBy(() -> new S3FileStorage.Settings(URI.create("s3.example.vn"), REGION, BUCKET,
                ACCESS_KEY, SECRET_KEY, null, true)).hasMessageContaining("congso.files.s3.endpoint");
        assertThatThrownBy(() -> new S3FileStorage.Settings(URI.create("https://s3.example.vn"), REGION, BUCKET,
                ACCESS_KEY, " ", null, true)).hasMessageContaining("congso.files.s3.secret-key");
    }

    private S3FileStorage storage(String secretKey) {
        return new S3FileStorage(new S3FileStorage.Settings(s3.endpoint(), REGION, BUCKET, ACCESS_KEY, secretKey,
                null, true), CLOCK);
    }

    private static URI uriOf(String endpoint, boolean pathStyle) {
        return new S3FileStorage(new S3FileStorage.Settings(URI.create(endpoint), REGION, BUCKET, ACCESS_KEY,
                SECRET_KEY, null, pathStyle), CLOCK).objectUri(KEY);
    }
}
