package vn.congso.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

class InMemoryMultipartResolverTest {

    private static byte[] body(String boundary, Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i += 2) {
            out.writeBytes(("--" + boundary + "\r\n" + parts[i] + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(parts[i + 1] instanceof byte[] b ? b : parts[i + 1].toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void fieldsAndFilesAreSplitWithTheirNamesTypesAndBytes() throws Exception {
        // bytes that look like a boundary without the CRLF before it stay in the file
        byte[] pdf = ("%PDF-1.7\n--b0undary\r--b0undaryX\r\n-b0undary" + "\0\1\2\3\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = body("b0undary",
                "Content-Disposition: form-data; name=\"application\"\r\nContent-Type: application/json", "{\"ten\":\"Nguyễn Văn A\"}",
                "Content-Disposition: form-data; name=\"TP1\"; filename=\"tờ khai; bản 1.pdf\"\r\nContent-Type: application/pdf", pdf,
                "Content-Disposition: form-data; name=\"TP1\"; filename=\"\"", new byte[0],
                "content-disposition: form-data; name=note", "hai\r\ndòng");

        InMemoryMultipartResolver.Parsed parsed = InMemoryMultipartResolver.parse(body, "b0undary", 1024);

        assertThat(parsed.parameters().get("application")).containsExactly("{\"ten\":\"Nguyễn Văn A\"}");
        assertThat(parsed.parameterTypes()).containsEntry("application", "application/json");
        assertThat(parsed.parameters().get("note")).containsExactly("hai\r\ndòng");
        assertThat(parsed.files().get("TP1")).hasSize(2);
        MultipartFile file = parsed.files().getFirst("TP1");
        assertThat(file.getOriginalFilename()).isEqualTo("tờ khai; bản 1.pdf");
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getBytes()).isEqualTo(pdf);
        assertThat(parsed.files().get("TP1").get(1).isEmpty()).isTrue();
    }

    @Test
    void aBodyThatIsNotWellFormedMultipartIsRefused() {
        byte[] good = body("xyz", "Content-Disposition: form-data; name=\"a\"", "1");
        String text = new String(good, StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> InMemoryMultipartResolver.parse("no boundary here".getBytes(StandardCharsets.UTF_8), "xyz", -1))
                .isInstanceOf(MultipartException.class);
        assertThatThrownBy(() -> InMemoryMultipartResolver.parse(text.substring(0, text.length() - 9).getBytes(StandardCharsets.ISO_8859_1), "xyz", -1))
                .as("no closing delimiter").isInstanceOf(MultipartException.class);
        assertThatThrownBy(() -> InMemoryMultipartResolver.parse(body("xyz", "Content-Type: text/plain", "1"), "xyz", -1))
                .as("a part without a name").isInstanceOf(MultipartException.class);
        assertThatThrownBy(() -> InMemoryMultipartResolver.parse(body("xyz", "Content-Disposition: attachment; name=\"a\"", "1"), "xyz", -1))
                .isInstanceOf(MultipartException.class);
    }

    @Test
    void aFileOverTheLimitIsRefusedAsTooLarge() {
        byte[] body = body("xyz", "Content-Disposition: form-data; name=\"f\"; filename=\"a.pdf\"", new byte[2048]);

        assertThatThrownBy(() -> InMemoryMultipartResolver.parse(body, "xyz", 2047)).isInstanceOf(MaxUploadSizeExceededException.class);
        assertThat(InMemoryMultipartResolver.parse(body, "xyz", 2048).files().getFirst("f").getSize()).isEqualTo(2048);
    }

    @Test
    void theBoundaryAndDispositionParametersMayBeQuoted() {
        assertThat(InMemoryMultipartResolver.boundary("multipart/form-data; boundary=\"a b=c\"")).isEqualTo("a b=c");
        assertThat(InMemoryMultipartResolver.boundary("multipart/form-data;charset=UTF-8;BOUNDARY=x")).isEqualTo("x");
        assertThat(InMemoryMultipartResolver.boundary("multipart/form-data")).isNull();
        assertThat(InMemoryMultipartResolver.param("form-data; name=\"a\\\"b\"; filename=\"c;d.pdf\"", "filename")).isEqualTo("c;d.pdf");
        assertThat(InMemoryMultipartResolver.param("form-data; name=\"a\\\"b\"", "name")).isEqualTo("a\"b");
        assertThat(InMemoryMultipartResolver.param("form-data; filename=\"x\"", "name")).isNull();
    }
}
