package vn.congso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;

@CongsoTest
class ProcessDefinitionsTest {

    @LocalServerPort
    int port;

    private static Map<String, Object> step(String id, String agency, String unit, String role, int hours, List<String> actions) {
        return Map.of("id", id, "name", Map.of("vi", "Bước " + id, "en", "Step " + id), "agency", agency, "unit", unit, "role", role,
                "duration", Map.of("amount", hours, "unit", "WORKING_HOURS"), "actions", actions);
    }

    @Test
    void everyDemoProcedureHasAPublishedProcessThatFitsItsTimeLimit() {
        JsonNode p = new Http(port).get("/api/v1/processes/1.001193").json();
        assertThat(p.size()).isGreaterThanOrEqualTo(1);
        JsonNode last = p.get(p.size() - 1);
        assertThat(last.get("steps").size()).isGreaterThanOrEqualTo(3);
        assertThat(last.get("totalWorkingHours").asInt()).isLessThanOrEqualTo(8);
    }

    @Test
    void anAdministratorPublishesANewVersionAndAProcessLongerThanTheLimitIsRefused() {
        Http admin = new Http(port).basic("admin", "Congso@2026");
        Map<String, Object> ok = Map.of("procedure", "1.001193", "validFrom", "2026-12-01", "decision", "Quyết định thử nghiệm",
                "steps", List.of(step("chuyen", "RECEIVING", "TNTKQ", "RECEPTIONIST", 1, List.of("FORWARD")),
                        step("xu-ly", "COMPETENT", "VHXH", "SPECIALIST", 4, List.of("FORWARD", "REQUEST_SUPPLEMENT")),
                        step("ky", "COMPETENT", "VP", "AGENCY_LEADER", 2, List.of("ISSUE_RESULT", "RETURN")),
                        step("tra", "RECEIVING", "TNTKQ", "RECEPTIONIST", 1, List.of("RETURN_RESULT"))));
        Http.Response created = admin.postJson("/api/v1/admin/processes", ok);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("version").asInt()).isGreaterThanOrEqualTo(2);

        Map<String, Object> tooLong = Map.of("procedure", "1.001193", "validFrom", "2027-01-01",
                "steps", List.of(step("xu-ly", "COMPETENT", "NOPE", "CLERK", 40, List.of("FORWARD", "JUMP")),
                        step("tra", "RECEIVING", "TNTKQ", "RECEPTIONIST", 1, List.of("FORWARD"))));
        Http.Response refused = admin.postJson("/api/v1/admin/processes", tooLong);
        assertThat(refused.status()).isEqualTo(422);
        List<String> codes = new ArrayList<>();
        refused.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).contains("process.too-long", "process.step-unit", "process.step-role", "process.step-action",
                "process.last-step", "process.no-result-step");

        Http officer = new Http(port).basic("chutich.bmt", "Congso@2026");
        assertThat(officer.postJson("/api/v1/admin/processes", ok).status()).isEqualTo(403);
        assertThat(new Http(port).postJson("/api/v1/admin/processes", ok).status()).isEqualTo(401);
    }
}
