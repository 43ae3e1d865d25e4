package vn.congso.dossier.internal.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The signer against the examples AWS publishes in the S3 API reference ("Signature Calculations for the
 * Authorization Header: Transferring Payload in a Single Chunk"): same inputs, same signatures.
 */
class AwsSigV4Test {

    static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final Instant MAY_24_2013 = Instant.parse("2013-05-24T00:00:00Z");

    private final AwsSigV4 signer = new AwsSigV4(ACCESS_KEY, SECRET_KEY, null, "us-east-1", "s3");

    @Test
    void signsTheGetObjectExampleOfTheS3Documentation() {
        Map<String, String> sent = signer.sign("GET", URI.create("https://examplebucket.s3.amazonaws.com/test.txt"),
                Map.of("Range", "bytes=0-9"), AwsSigV4.EMPTY_SHA256, MAY_24_2013);

        assertThat(sent).containsEntry("x-amz-date", "20130524T000000Z")
                .containsEntry("x-amz-content-sha256", AwsSigV4.EMPTY_SHA256)
                .containsEntry("Range", "bytes=0-9")
                .containsEntry("Authorization", "AWS4-HMAC-SHA256 "
                        + "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void buildsTheCanonicalRequestOfTheGetObjectExample() {
        TreeMap<String, String> headers = new TreeMap<>(Map.of(
                "host", "examplebucket.s3.amazonaws.com",
                "range", "bytes=0-9",
                "x-amz-content-sha256", AwsSigV4.EMPTY_SHA256,
                "x-amz-date", "20130524T000000Z"));

        String canonical = AwsSigV4.canonicalRequest("GET", "/test.txt", null, headers, AwsSigV4.EMPTY_SHA256);

        assertThat(canonical).isEqualTo("""
                GET
                /test.txt

                host:examplebucket.s3.amazonaws.com
                range:bytes=0-9
                x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-amz-date:20130524T000000Z

                host;range;x-amz-content-sha256;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(AwsSigV4.hex(AwsSigV4.sha256(canonical)))
                .isEqualTo("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");
    }

    @Test
    void signsThePutObjectExampleWithItsPayloadHash() {
        String payloadHash = AwsSigV4.hex(AwsSigV4.sha256("Welcome to Amazon S3."));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Date", "Fri, 24 May 2013 00:00:00 GMT");
        headers.put("x-amz-storage-class", "REDUCED_REDUNDANCY");

        Map<String, String> sent = signer.sign("PUT",
                URI.create("https://examplebucket.s3.amazonaws.com/" + AwsSigV4.encode("test$file.text", false)),
                headers, payloadHash, MAY_24_2013);

        assertThat(payloadHash).isEqualTo("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
        assertThat(sent.get("Authorization"))
                .contains("SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, ")
                .endsWith("Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
    }

    @Test
    void signsTheBucketExamplesWithQueryStringsInCanonicalOrder() {
        assertThat(signatureOf(URI.create("https://examplebucket.s3.amazonaws.com/?lifecycle")))
                .isEqualTo("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
        assertThat(signatureOf(URI.create("https://examplebucket.s3.amazonaws.com/?prefix=J&max-keys=2")))
                .isEqualTo("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
    }

    @Test
    void signsTheSessionTokenOfTemporaryCredentials() {
        AwsSigV4 temporary = new AwsSigV4(ACCESS_KEY, SECRET_KEY, "FQoGZXIvYXdzEXAMPLE", "us-east-1", "s3");

        Map<String, String> sent = temporary.sign("GET", URI.create("https://s3.amazonaws.com/b/k"), Map.of(),
                AwsSigV4.EMPTY_SHA256, MAY_24_2013);

        assertThat(sent).containsEntry("x-amz-security-token", "FQoGZXIvYXdzEXAMPLE");
        assertThat(sent.get("Authorization"))
                .contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, ");
    }

    @Test
    void theHostCarriesThePortOnlyWhenItIsNotTheDefault() {
        assertThat(AwsSigV4.host(URI.create("http://127.0.0.1:9000/b/k"))).isEqualTo("127.0.0.1:9000");
        assertThat(AwsSigV4.host(URI.create("https://s3.example.vn:443/b/k"))).isEqualTo("s3.example.vn");
        assertThat(AwsSigV4.host(URI.create("http://minio/b/k"))).isEqualTo("minio");
    }

    @Test
    void encodesKeysTheWayS3Expects() {
        assertThat(AwsSigV4.encode("2026/11/28/a b+c~é.pdf", false)).isEqualTo("2026/11/28/a%20b%2Bc~%C3%A9.pdf");
        assertThat(AwsSigV4.encode("a/b", true)).isEqualTo("a%2Fb");
    }

    private String signatureOf(URI uri) {
        String authorization = signer.sign("GET", uri, Map.of(), AwsSigV4.EMPTY_SHA256, MAY_24_2013).get("Authorization");
        return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
    }
}
