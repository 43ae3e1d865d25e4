package vn.congso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class AdminUnitsAsOfTest {

    @LocalServerPort
    int port;

    @Autowired
    Organization organization;

    private JsonNode units(String query) {
        Http.Response r = new Http(port).get("/api/v1/admin-units?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> codes(JsonNode units) {
        List<String> codes = new ArrayList<>();
        units.forEach(u -> codes.add(u.get("code").asString()));
        return codes;
    }

    @Test
    void beforeTheMergerThereAreTwoProvincesAndAfterItOne() {
        assertThat(codes(units("asOf=2025-06-30&level=PROVINCE"))).containsExactlyInAnyOrder("54", "66");
        JsonNode after = units("asOf=2025-07-01&level=PROVINCE");
        assertThat(codes(after)).containsExactly("66");
        List<String> predecessors = new ArrayList<>();
        after.get(0).get("predecessorKeys").forEach(k -> predecessors.add(k.asString()));
        assertThat(predecessors).containsExactlyInAnyOrder("54@1989-07-01", "66@2004-01-01");
    }

    @Test
    void districtsExistOnlyBeforeTheReform() {
        assertThat(units("asOf=2025-06-30&level=DISTRICT").size()).isGreaterThan(0);
        assertThat(units("asOf=2025-07-01&level=DISTRICT").size()).isZero();
    }

    @Test
    void communesOfTheNewProvinceIncludeFormerPhuYenWardsWithTheirPredecessors() {
        JsonNode communes = units("asOf=2026-11-28&level=COMMUNE");
        assertThat(communes.size()).isGreaterThanOrEqualTo(30);
        JsonNode tuyHoa = null;
        for (JsonNode c : communes) {
            if (c.get("name").asString().equals("Phường Tuy Hòa")) {
                tuyHoa = c;
            }
            assertThat(c.get("parentCode").asString()).isEqualTo("66");
        }
        assertThat(tuyHoa).as("Phường Tuy Hòa").isNotNull();
        assertThat(tuyHoa.get("predecessorKeys").size()).isGreaterThan(0);
    }

    @Test
    void anOldCommuneLeadsToItsCurrentSuccessor() {
        AdminUnit oldProvince = organization.adminUnit("54", java.time.LocalDate.of(2025, 6, 30)).orElseThrow();
        assertThat(organization.currentSuccessors(oldProvince.id(), java.time.LocalDate.of(2026, 11, 28)))
                .extracting(AdminUnit::key).containsExactly("66@2025-07-01");
        assertThat(organization.adminUnit("54", java.time.LocalDate.of(2025, 7, 1))).isEmpty();
    }
}
