package vn.congso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.support.Fixtures.aProcedure;
import static vn.congso.support.Fixtures.field;
import static vn.congso.support.Fixtures.importFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congso.support.CongsoTest;
import vn.congso.support.Fixtures;
import vn.congso.support.Http;

@CongsoTest
class CatalogImportTest {

    static final String IMPORT = "/api/v1/admin/catalog/import";

    @LocalServerPort
    int port;

    Http admin;

    @BeforeEach
    void clients() {
        admin = new Http(port).basic("admin", "Congso@2026");
    }

    private boolean exists(String code) {
        return new Http(port).get("/api/v1/procedures/" + code).status() == 200;
    }

    @Test
    void aValidFileImportsFieldsUnitsAgenciesAndProcedures() {
        String fieldCode = "TI" + System.nanoTime() % 100000;
        String agencyCode = "000.00.9" + (System.nanoTime() % 10) + ".T" + System.nanoTime() % 1000;
        String communeCode = "9" + (System.nanoTime() % 10000);
        String code = Fixtures.uniqueCode();
        Map<String, Object> file = importFile(List.of(field(fieldCode, "Lĩnh vực nhập")),
                List.of(aProcedure(code).with("field", fieldCode).with("competentAgency", agencyCode).build()));
        file.put("adminUnits", List.of(Map.of("code", communeCode, "name", "Xã Thử Nghiệm", "level", "COMMUNE", "kind", "XA",
                "parent", "66@2025-07-01", "validFrom", "2026-01-01")));
        file.put("agencies", List.of(Map.of("code", agencyCode, "name", "Sở Thử nghiệm", "kind", "DEPARTMENT", "level", "PROVINCE",
                "parent", "000.00.00.H66", "validFrom", "2025-07-01", "units", List.of(Map.of("code", "VP", "name", "Văn phòng")))));

        Http.Response r = admin.postJson(IMPORT, file);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("imported").asBoolean()).isTrue();
        assertThat(r.json().get("procedures").asInt()).isEqualTo(1);
        assertThat(r.json().get("agencies").asInt()).isEqualTo(1);
        assertThat(r.json().get("adminUnits").asInt()).isEqualTo(1);
        var p = new Http(port).get("/api/v1/procedures/" + code).json().get("procedure");
        assertThat(p.get("competentAgency").get("code").asString()).isEqualTo(agencyCode);
        assertThat(p.get("field").get("code").asString()).isEqualTo(fieldCode);
    }

    @Test
    void anyBadRowRejectsTheWholeFileAndListsEveryBadRow() {
        String good = Fixtures.uniqueCode();
        String duplicate = Fixtures.uniqueCode();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(aProcedure(good).build());
        rows.add(aProcedure(Fixtures.uniqueCode()).with("field", "NO_SUCH").build());
        rows.add(aProcedure(Fixtures.uniqueCode()).timeLimit(0, "WORKING_DAYS").build());
        rows.add(aProcedure(Fixtures.uniqueCode()).with("timeLimit", Map.of("amount", 3, "unit", "FORTNIGHTS")).build());
        rows.add(aProcedure(Fixtures.uniqueCode()).with("competentAgency", "000.77.77.H99").build());
        rows.add(aProcedure(Fixtures.uniqueCode()).with("validFrom", "2025-02-30").build());
        rows.add(aProcedure(duplicate).build());
        rows.add(aProcedure(duplicate).build());
        rows.add(aProcedure("bad code with spaces").build());

        Http.Response r = admin.postJson(IMPORT, importFile(List.of(), rows));

        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("code").asString()).isEqualTo("import.rejected");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> {
            fields.add(e.get("field").asString());
            assertThat(e.get("message").asString()).isNotBlank();
        });
        assertThat(fields).anyMatch(f -> f.startsWith("procedures[3]"));
        assertThat(fields).anyMatch(f -> f.startsWith("procedures[5]"));
        // malformed rows (wrong enum, impossible date) are reported before the semantic check runs
        Http.Response semantic = admin.postJson(IMPORT, importFile(List.of(), List.of(rows.get(0), rows.get(1), rows.get(2),
                rows.get(4), rows.get(6), rows.get(7), rows.get(8))));
        List<String> semanticFields = new ArrayList<>();
        semantic.json().get("errors").forEach(e -> semanticFields.add(e.get("field").asString()));
        assertThat(semanticFields).contains("procedures[1].field", "procedures[2].timeLimit.amount",
                "procedures[3].competentAgency", "procedures[5].code", "procedures[6].code");
        assertThat(exists(good)).as("nothing imported").isFalse();
        assertThat(exists(duplicate)).isFalse();
    }

    @Test
    void notJsonAndWrongShapesAreRejectedWithReasons() {
        Http.Response notJson = admin.post(IMPORT, "application/json", "{ this is not json".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(notJson.json().get("errors").get(0).get("code").asString()).isEqualTo("import.not-json");

        Http.Response array = admin.post(IMPORT, "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8));
        assertThat(array.status()).isEqualTo(422);

        Http.Response notList = admin.postJson(IMPORT, Map.of("procedures", "many"));
        assertThat(notList.status()).isEqualTo(422);
    }

    @Test
    void csvImportsProceduresAndRejectsBadRowsByRowNumber() {
        String a = Fixtures.uniqueCode();
        String b = Fixtures.uniqueCode();
        String csv = "code,name,field,level,competentAgency,timeLimitAmount,timeLimitUnit,fees,components,onlineType,validFrom\n"
                + a + ",\"Thủ tục CSV, có dấu phẩy\",HT,PROVINCE,000.00.00.H66,7,WORKING_DAYS,Lệ phí|50000,\"Tờ khai|1|0|true;Bản sao CCCD|0|1|false\",PARTIAL,01/07/2025\n"
                + b + ",Thủ tục CSV hai,HT,COMMUNE,000.00.00.H66,3,DAYS,,,FULL,2025-07-01\n";
        Http.Response ok = admin.post(IMPORT, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        var p = new Http(port).get("/api/v1/procedures/" + a).json().get("procedure");
        assertThat(p.get("name").asString()).isEqualTo("Thủ tục CSV, có dấu phẩy");
        assertThat(p.get("components").size()).isEqualTo(2);
        assertThat(p.get("fees").get(0).get("amountVnd").asLong()).isEqualTo(50000);

        String c = Fixtures.uniqueCode();
        String bad = "code,name,field,level,competentAgency,timeLimitAmount,timeLimitUnit,onlineType,validFrom\n"
                + c + ",Tốt,HT,PROVINCE,000.00.00.H66,7,WORKING_DAYS,FULL,2025-07-01\n"
                + Fixtures.uniqueCode() + ",Xấu,HT,PROVINCE,000.00.00.H66,bảy,WORKING_DAYS,FULL,2025-07-01\n"
                + Fixtures.uniqueCode() + ",Thiếu ô,HT\n";
        Http.Response rejected = admin.post(IMPORT, "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        rejected.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("row 3.timeLimitAmount", "row 4");
        assertThat(exists(c)).isFalse();
    }

    @Test
    void onlyTheProvinceAdministratorMayImport() {
        Http.Response anonymous = new Http(port).postJson(IMPORT, importFile(List.of(), List.of()));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        Http.Response wrongPassword = new Http(port).basic("nobody-" + System.nanoTime(), "wrong").postJson(IMPORT, importFile(List.of(), List.of()));
        assertThat(wrongPassword.status()).isEqualTo(401);
    }
}
