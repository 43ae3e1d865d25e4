package vn.congso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class OperationsTest {

    @LocalServerPort
    int port;

    @Test
    void healthGroupsAndMetricsAreExposed() {
        Http http = new Http(port);
        assertThat(http.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        Http.Response metrics = http.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void theApiIsDocumentedByOpenApi() {
        Http.Response docs = new Http(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/procedures")).isTrue();
        assertThat(paths.has("/api/v1/procedures/{code}")).isTrue();
        assertThat(paths.has("/api/v1/fields")).isTrue();
        assertThat(paths.has("/api/v1/agencies")).isTrue();
        assertThat(paths.has("/api/v1/admin-units")).isTrue();
        assertThat(new Http(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void anonymousPageViewsCreateNoSession() {
        for (String path : List.of("/", "/thu-tuc?q=khai+sinh", "/thu-tuc/1.001193", "/dang-nhap", "/thu-tuc/khong/co-trang-nay")) {
            Http.Response r = new Http(port).get(path);
            assertThat(r.status()).as(path).isIn(200, 404);
            List<String> cookies = r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(e -> e.getValue().stream()).toList();
            assertThat(cookies).as(path).noneMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
        }
    }

    @Test
    void pagesAreVietnameseByDefaultAndEnglishOnRequest() {
        Http browser = new Http(port);
        assertThat(browser.get("/").body()).contains("lang=\"vi\"").contains("Dịch vụ công tỉnh Đắk Lắk");
        Http.Response english = browser.get("/?lang=en");
        assertThat(english.body()).contains("lang=\"en\"").contains("Public services of Đắk Lắk Province");
        assertThat(english.header("Set-Cookie")).contains("lang=en");
    }

    @Test
    void unknownPagesGetAFriendly404Page() {
        Http.Response r = new Http(port).get("/thu-tuc/khong/co-trang-nay");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).contains("Về trang chủ").doesNotContain("Exception");
        Http.Response procedure = new Http(port).get("/thu-tuc/9.999999");
        assertThat(procedure.status()).isEqualTo(404);
        assertThat(procedure.body()).contains("Không tìm thấy thủ tục");
    }
}
