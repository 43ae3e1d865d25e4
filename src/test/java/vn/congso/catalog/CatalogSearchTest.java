package vn.congso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congso.support.Fixtures.aProcedure;
import static vn.congso.support.Fixtures.field;
import static vn.congso.support.Fixtures.importFile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class CatalogSearchTest {

    @LocalServerPort
    int port;

    Http anonymous;
    Http admin;

    @BeforeEach
    void clients() {
        anonymous = new Http(port);
        admin = new Http(port).basic("admin", "Congso@2026");
    }

    private List<String> names(Http.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().get("items").forEach(i -> names.add(i.get("name").asString()));
        return names;
    }

    private Http.Response search(Map<String, ?> query) {
        return anonymous.get("/api/v1/procedures", query);
    }

    @Test
    void searchWithoutDiacriticsOrInCapitalsFindsTheConstructionPermit() {
        assertThat(names(search(Map.of("q", "giay phep xay dung")))).anyMatch(n -> n.startsWith("Cấp giấy phép xây dựng"));
        assertThat(names(search(Map.of("q", "GIẤY PHÉP XÂY DỰNG")))).anyMatch(n -> n.startsWith("Cấp giấy phép xây dựng"));
    }

    @Test
    void searchAcceptsDecomposedUnicodeInput() {
        String nfd = Normalizer.normalize("giấy phép xây dựng", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("giấy phép xây dựng");
        assertThat(names(search(Map.of("q", nfd)))).anyMatch(n -> n.startsWith("Cấp giấy phép xây dựng"));
    }

    @Test
    void dAndĐAreTheSameLetterForSearch() {
        assertThat(names(search(Map.of("q", "dang ky khai sinh")))).contains("Đăng ký khai sinh");
        assertThat(names(search(Map.of("q", "ĐĂNG KÝ KHAI SINH")))).contains("Đăng ký khai sinh");
        assertThat(names(search(Map.of("q", "đang ky khai sinh")))).contains("Đăng ký khai sinh");
    }

    @Test
    void nameMatchesRankAboveDescriptionMatchesAndTheCountIsExact() {
        String word = "Xuyênkhung" + System.nanoTime() % 100000;
        String inDescription = vn.congso.support.Fixtures.uniqueCode();
        String inName = vn.congso.support.Fixtures.uniqueCode();
        var result = admin.postJson("/api/v1/admin/catalog/import", importFile(List.of(), List.of(
                aProcedure(inDescription).named("Aaa thủ tục mô tả").with("description", "Liên quan đến " + word).build(),
                aProcedure(inName).named("Zzz cấp phép " + word).build())));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);

        Http.Response r = search(Map.of("q", vn.congso.shared.VietnameseText.fold(word)));
        List<String> names = names(r);
        assertThat(names).containsExactly("Zzz cấp phép " + word, "Aaa thủ tục mô tả");
        assertThat(r.json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void everyFilterNarrowsTheResults() {
        String fieldCode = "TF" + (System.nanoTime() % 100000);
        String p1 = vn.congso.support.Fixtures.uniqueCode();
        String p2 = vn.congso.support.Fixtures.uniqueCode();
        String p3 = vn.congso.support.Fixtures.uniqueCode();
        var result = admin.postJson("/api/v1/admin/catalog/import", importFile(List.of(field(fieldCode, "Lĩnh vực lọc " + fieldCode)), List.of(
                aProcedure(p1).with("field", fieldCode).with("level", "PROVINCE").with("onlineType", "FULL")
                        .with("competentAgency", "000.00.00.H66").build(),
                aProcedure(p2).with("field", fieldCode).with("level", "COMMUNE").with("onlineType", "PARTIAL")
                        .with("competentAgency", null).with("competentAgencyKind", "COMMUNE_PC").build(),
                aProcedure(p3).with("field", fieldCode).with("level", "PROVINCE").with("onlineType", "NONE")
                        .with("competentAgency", "000.00.00.H66").build())));
        assertThat(result.status()).as(result.toString()).isEqualTo(200);

        assertThat(codes(search(Map.of("field", fieldCode, "size", 100)))).containsExactlyInAnyOrder(p1, p2, p3);
        assertThat(codes(search(Map.of("field", fieldCode, "level", "COMMUNE")))).containsExactly(p2);
        assertThat(codes(search(Map.of("field", fieldCode, "online", "NONE")))).containsExactly(p3);
        assertThat(codes(search(Map.of("field", fieldCode, "agency", "000.00.00.H66")))).containsExactlyInAnyOrder(p1, p3);
        assertThat(codes(search(Map.of("field", fieldCode, "level", "PROVINCE", "online", "FULL")))).containsExactly(p1);
    }

    private List<String> codes(Http.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        r.json().get("items").forEach(i -> codes.add(i.get("code").asString()));
        return codes;
    }

    @Test
    void pagingIsBoundedAndCountsTheTotal() {
        Http.Response first = search(Map.of("size", 5, "page", 1));
        JsonNode body = first.json();
        assertThat(body.get("items")).hasSize(5);
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(5);
        long total = body.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(40);

        Http.Response beyond = search(Map.of("size", 5, "page", 10_000));
        assertThat(beyond.json().get("items")).isEmpty();
        assertThat(beyond.json().get("total").asLong()).isEqualTo(total);

        assertThat(search(Map.of("size", 100)).json().get("items").size()).isEqualTo((int) Math.min(100, total));
        for (Map<String, ?> bad : List.of(Map.of("size", 101), Map.of("size", 0), Map.of("page", 0), Map.of("page", -3), Map.of("size", "many"))) {
            Http.Response r = search(bad);
            assertThat(r.status()).as(bad.toString()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("code").asString()).isEqualTo("validation.failed");
        }
    }
}
