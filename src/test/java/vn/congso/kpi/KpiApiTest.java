package vn.congso.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

/**
 * The KPI API as the demo leaders use it: facts that follow a real dossier through the back office, the
 * recomputation that rebuilds the same facts, scopes (a ward chairman sees only the ward) and bad input.
 */
@CongsoTest
class KpiApiTest {

    static final String PASSWORD = "Congso@2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http as(String login) {
        return new Http(port).basic(login, PASSWORD);
    }

    long agency(String code) {
        return jdbc.sql("SELECT id FROM agency WHERE code = :c").param("c", code).query(Long.class).single();
    }

    String intake() {
        Http.Response r = as("tiepnhan.bmt").postJson("/api/v1/officer/intake", Map.of("procedureCode", "1.001193", "channel", "IN_PERSON",
                "commune", "24133", "applicantName", "Lê Thị Chỉ Số", "phone", "0905 123 457", "personalId", "066090002222",
                "address", "15 Phan Bội Châu, phường Buôn Ma Thuột"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("code").asString();
    }

    Map<String, Object> fact(String code) {
        return jdbc.sql("SELECT * FROM kpi_dossier_fact WHERE code = :c").param("c", code).query().listOfRows().stream().findFirst()
                .map(HashMap::new).map(m -> {
                    m.remove("refreshed_at");
                    return (Map<String, Object>) m;
                }).orElse(null);
    }

    void awaitStatus(String code, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> fact(code) != null && status.equals(fact(code).get("status")));
    }

    Http.Response forward(String code) {
        Http desk = as("tiepnhan.bmt");
        JsonNode task = desk.get("/api/v1/officer/dossiers/" + code).json().get("myTask");
        Http.Response claimed = desk.postJson("/api/v1/officer/tasks/" + task.get("id").asLong() + "/claim", Map.of("version", task.get("version").asLong()));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        return desk.postJson("/api/v1/officer/tasks/" + task.get("id").asLong() + "/actions",
                Map.of("action", "FORWARD", "version", claimed.json().get("version").asLong()));
    }

    static JsonNode indicator(JsonNode results, String code) {
        for (JsonNode i : results.get("indicators")) {
            if (i.get("code").asString().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(i -> codes.add(i.get("code").asString()));
        return codes;
    }

    @Test
    void theFactsFollowADossierMovingThroughTheBackOfficeAndTheWardChairmanSeesIt() {
        String code = intake();
        awaitStatus(code, "RECEIVED");
        Map<String, Object> received = fact(code);
        assertThat(received.get("channel")).isEqualTo(1);
        assertThat(received.get("timeliness")).isEqualTo("WITHIN_TIME");
        assertThat(((Number) received.get("agency_id")).longValue()).isEqualTo(agency("000.01.00.H66"));

        Http.Response forwarded = forward(code);
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(200);
        awaitStatus(code, "IN_PROGRESS");

        Http chairman = as("chutich.bmt");
        Http.Response results = chairman.get("/api/v1/kpi/results", Map.of("pack", "766"));
        assertThat(results.status()).as(results.toString()).isEqualTo(200);
        assertThat(results.json().get("unit").asLong()).isEqualTo(agency("000.01.00.H66"));
        JsonNode onTime = indicator(results.json(), "766.2.1");
        assertThat(onTime.get("denominator").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(onTime.get("maxPoints").asDouble()).isEqualTo(20.0);

        Http.Response dossiers = chairman.get("/api/v1/kpi/results/766.2.1/dossiers", Map.of("part", "denominator", "size", 100));
        assertThat(dossiers.status()).as(dossiers.toString()).isEqualTo(200);
        assertThat(codes(dossiers.json())).contains(code);
        // the ward of Tuy Hòa does not see it
        Http other = as("chutich.tuyhoa");
        Http.Response theirs = other.get("/api/v1/kpi/results/766.2.1/dossiers", Map.of("part", "denominator", "size", 100));
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(codes(theirs.json())).doesNotContain(code);
    }

    @Test
    void aRecomputationRebuildsTheSameFactsAsTheEvents() {
        String code = intake();
        awaitStatus(code, "RECEIVED");
        assertThat(forward(code).status()).isEqualTo(200);
        awaitStatus(code, "IN_PROGRESS");
        Map<String, Object> incremental = fact(code);
        jdbc.sql("UPDATE kpi_dossier_fact SET status = 'LOST', channel = 3 WHERE code = :c").param("c", code).update();

        assertThat(as("chutich.bmt").postJson("/api/v1/admin/kpi/recompute", Map.of()).status()).isEqualTo(403);
        Http.Response r = as("admin").postJson("/api/v1/admin/kpi/recompute", Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("dossiers").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(fact(code)).isEqualTo(incremental);
    }

    @Test
    void aWardChairmanCannotReadAnotherWard() {
        long tuyHoa = agency("000.02.00.H66");
        Http.Response refused = as("chutich.bmt").get("/api/v1/kpi/results", Map.of("pack", "766", "unit", tuyHoa));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("kpi.unit-out-of-scope");
        assertThat(as("chutich.bmt").get("/api/v1/kpi/results/766.2.1/dossiers", Map.of("unit", tuyHoa)).status()).isEqualTo(403);
        assertThat(as("chutich.tuyhoa").get("/api/v1/kpi/results", Map.of("pack", "766", "unit", tuyHoa)).status()).isEqualTo(200);
        // the province's leader reads any unit and, by default, the whole province
        assertThat(as("lanhdao.tinh").get("/api/v1/kpi/results", Map.of("pack", "766", "unit", tuyHoa)).status()).isEqualTo(200);
        Http.Response province = as("lanhdao.tinh").get("/api/v1/kpi/results", Map.of("pack", "program"));
        assertThat(province.status()).isEqualTo(200);
        assertThat(province.json().get("unit").isNull()).isTrue();
        // a department director reads the department, not a ward
        assertThat(as("giamdoc.stc").get("/api/v1/kpi/results", Map.of("pack", "766", "unit", tuyHoa)).status()).isEqualTo(403);
        // officers who are not leaders and citizens do not read the dashboard; strangers must sign in
        assertThat(as("congchuc.bmt").get("/api/v1/kpi/results", Map.of("pack", "766")).status()).isEqualTo(403);
        assertThat(as("citizen@congso.local").get("/api/v1/kpi/packs").status()).isEqualTo(403);
        assertThat(new Http(port).get("/api/v1/kpi/packs").status()).isEqualTo(401);
    }

    @Test
    void badInputIsAProblemWithTheReason() {
        Http leader = as("lanhdao.tinh");
        Http.Response unknownPack = leader.get("/api/v1/kpi/results", Map.of("pack", "nope"));
        assertThat(unknownPack.status()).isEqualTo(400);
        assertThat(unknownPack.json().get("errors").get(0).get("field").asString()).isEqualTo("pack");
        Http.Response badDate = leader.get("/api/v1/kpi/results", Map.of("pack", "766", "from", "2026-13-01"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        Http.Response backwards = leader.language("en").get("/api/v1/kpi/results", Map.of("pack", "766", "from", "2026-11-02", "to", "2026-11-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("message").asString()).contains("end date");
        assertThat(leader.get("/api/v1/kpi/results", Map.of("pack", "766", "unit", 987654321L)).status()).isEqualTo(404);
        assertThat(leader.get("/api/v1/kpi/results/766.9.9/dossiers").status()).isEqualTo(404);
        assertThat(leader.get("/api/v1/kpi/results/766.3.1/dossiers").status()).isEqualTo(400);
        assertThat(leader.get("/api/v1/kpi/results/766.2.1/dossiers", Map.of("size", 1000)).status()).isEqualTo(400);
        assertThat(leader.get("/api/v1/kpi/results/766.2.1/dossiers", Map.of("part", "everything")).status()).isEqualTo(400);
    }

    @Test
    void packsListEveryIndicatorWithItsRuleAndWhetherItIsMeasured() {
        Http.Response packs = as("lanhdao.tinh").get("/api/v1/kpi/packs");
        assertThat(packs.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        packs.json().forEach(p -> codes.add(p.get("code").asString()));
        assertThat(codes).containsExactly("program", "766");
        JsonNode p766 = packs.json().get(1);
        assertThat(p766.get("groups").size()).isEqualTo(6);
        double max = 0;
        for (JsonNode g : p766.get("groups")) {
            max += g.get("maxPoints").asDouble();
        }
        assertThat(max).isEqualTo(100.0);
        JsonNode sync = null;
        for (JsonNode i : p766.get("indicators")) {
            if (i.get("code").asString().equals("766.1.4")) {
                sync = i;
            }
        }
        assertThat(sync).isNotNull();
        assertThat(sync.get("measured").asBoolean()).isFalse();
        assertThat(sync.get("requires").get(0).asString()).isEqualTo("dvcqg-sync");
    }
}
