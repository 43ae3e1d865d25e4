package vn.congso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.support.Fixtures.aProcedure;
import static vn.congso.support.Fixtures.importFile;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.support.CongsoTest;
import vn.congso.support.Fixtures;
import vn.congso.support.Http;

@CongsoTest
class CatalogApiTest {

    @LocalServerPort
    int port;

    Http anonymous;
    Http admin;

    @BeforeEach
    void clients() {
        anonymous = new Http(port);
        admin = new Http(port).basic("admin", "Congso@2026");
    }

    @Test
    void aProcedureShowsItsCurrentVersionWithComponentsFeesAndForm() {
        Http.Response r = anonymous.get("/api/v1/procedures/1.001193");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var p = r.json().get("procedure");
        assertThat(p.get("name").asString()).isEqualTo("Đăng ký khai sinh");
        assertThat(p.get("level").asString()).isEqualTo("COMMUNE");
        assertThat(p.get("components").size()).isGreaterThan(0);
        assertThat(p.get("timeLimit").get("unit").asString()).isNotBlank();
        assertThat(r.json().get("form").get("schema").get("type").asString()).isEqualTo("object");
    }

    @Test
    void theVersionValidOnADateIsTheOneShown() {
        String code = Fixtures.uniqueCode();
        assertThat(admin.postJson("/api/v1/admin/catalog/import", importFile(List.of(), List.of(
                aProcedure(code).timeLimit(5, "WORKING_DAYS").with("validFrom", "2025-07-01").build()))).status()).isEqualTo(200);
        Http.Response second = admin.postJson("/api/v1/admin/catalog/import", importFile(List.of(), List.of(
                aProcedure(code).timeLimit(3, "WORKING_DAYS").with("validFrom", "2026-01-01").build())));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("newVersions").asInt()).isEqualTo(1);

        var before = anonymous.get("/api/v1/procedures/" + code + "?on=2025-12-31").json().get("procedure");
        assertThat(before.get("versionNo").asInt()).isEqualTo(1);
        assertThat(before.get("timeLimit").get("amount").asInt()).isEqualTo(5);
        assertThat(before.get("validTo").asString()).isEqualTo("2025-12-31");

        var after = anonymous.get("/api/v1/procedures/" + code + "?on=2026-01-01").json().get("procedure");
        assertThat(after.get("versionNo").asInt()).isEqualTo(2);
        assertThat(after.get("timeLimit").get("amount").asInt()).isEqualTo(3);

        assertThat(anonymous.get("/api/v1/procedures/" + code + "?on=2025-06-30").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/procedures/" + code).json().get("procedure").get("versionNo").asInt()).isEqualTo(2);
    }

    @Test
    void importingTheSameFileTwiceCreatesNoNewVersion() {
        String code = Fixtures.uniqueCode();
        var file = importFile(List.of(), List.of(aProcedure(code).build()));
        assertThat(admin.postJson("/api/v1/admin/catalog/import", file).json().get("newVersions").asInt()).isEqualTo(1);
        assertThat(admin.postJson("/api/v1/admin/catalog/import", file).json().get("newVersions").asInt()).isEqualTo(0);
    }

    @Test
    void unknownProcedureIsA404ProblemInVietnameseOrEnglish() {
        Http.Response vi = anonymous.get("/api/v1/procedures/9.999999");
        assertThat(vi.status()).isEqualTo(404);
        assertThat(vi.isProblem()).isTrue();
        assertThat(vi.json().get("code").asString()).isEqualTo("procedure.not-found");
        assertThat(vi.json().get("detail").asString()).isEqualTo("Không tìm thấy thủ tục có mã \"9.999999\".");

        Http.Response en = new Http(port).language("en-US,en;q=0.9").get("/api/v1/procedures/9.999999");
        assertThat(en.json().get("detail").asString()).isEqualTo("No procedure with code \"9.999999\".");
        assertThat(en.json().get("title").asString()).isEqualTo("Not found");
    }

    @Test
    void badParametersAre400ProblemsNever500() {
        List<String> bad = List.of(
                "/api/v1/procedures?level=DISTRICT_X",
                "/api/v1/procedures?online=LEVEL4",
                "/api/v1/procedures?field=NO_SUCH_FIELD",
                "/api/v1/procedures?agency=999999999",
                "/api/v1/procedures?agency=000.99.99.H99",
                "/api/v1/procedures?q=" + "a".repeat(201),
                "/api/v1/procedures/1.001193?on=2025-02-30",
                "/api/v1/procedures/1.001193?on=yesterday",
                "/api/v1/admin-units?asOf=2025-13-01",
                "/api/v1/admin-units?level=REGION",
                "/api/v1/agencies?kind=CASTLE");
        for (String path : bad) {
            Http.Response r = anonymous.get(path);
            assertThat(r.status()).as(path + " → " + r).isEqualTo(400);
            assertThat(r.isProblem()).as(path).isTrue();
            assertThat(r.json().get("code").asString()).as(path).isNotBlank();
            assertThat(r.json().get("detail").asString()).as(path).isNotBlank();
        }
    }

    @Test
    void hostileTextIsSearchedNotExecuted() {
        for (String q : List.of("' OR 1=1 --", "%", "_", "<script>alert(1)</script>", "\u0000", "😀", "'; DROP TABLE procedure; --")) {
            Http.Response r = anonymous.get("/api/v1/procedures", Map.of("q", q));
            assertThat(r.status()).as(q).isEqualTo(200);
        }
        assertThat(anonymous.get("/api/v1/procedures", Map.of("q", "khai sinh")).json().get("total").asLong()).isPositive();
    }

    @Test
    void wrongMethodAndWrongMediaTypeAreProblems() {
        Http.Response delete = admin.send("DELETE", "/api/v1/procedures/1.001193", null, null, Map.of());
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.isProblem()).isTrue();
        Http.Response xml = admin.post("/api/v1/admin/catalog/import", "application/xml", "<x/>".getBytes());
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.isProblem()).isTrue();
    }

    @Test
    void fieldsAndAgenciesAreListed() {
        assertThat(anonymous.get("/api/v1/fields").json().size()).isGreaterThanOrEqualTo(8);
        var agencies = anonymous.get("/api/v1/agencies").json();
        assertThat(agencies.size()).isGreaterThan(10);
        boolean centre = false;
        for (var a : agencies) {
            centre |= a.get("code").asString().equals("000.00.01.H66") && a.get("kind").asString().equals("PAC_CENTRE");
        }
        assertThat(centre).isTrue();
    }
}
