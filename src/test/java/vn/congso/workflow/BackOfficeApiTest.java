package vn.congso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.TestAccounts;

/** The back office through its API, as the demo officers of Phường Buôn Ma Thuột and Phường Tuy Hòa. */
@CongsoTest
class BackOfficeApiTest {

    static final String PASSWORD = "Congso@2026";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    Http officer(String login) {
        return new Http(port).basic(login, PASSWORD);
    }

    /** A walk-in birth registration at the ward's centre, accepted at the desk. */
    JsonNode intake(Http desk) {
        Http.Response r = desk.postJson("/api/v1/officer/intake", Map.of("procedureCode", "1.001193", "channel", "IN_PERSON",
                "commune", "24133", "applicantName", "Nguyễn Văn An", "phone", "0905 123 456", "personalId", "066090001111",
                "address", "12 Phan Bội Châu, phường Buôn Ma Thuột"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode detail(Http who, String code) {
        Http.Response r = who.get("/api/v1/officer/dossiers/" + code);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Claims the dossier's open task for this officer and performs an action on it. */
    Http.Response claimAndAct(Http who, String code, Map<String, Object> action) {
        JsonNode task = detail(who, code).get("myTask");
        assertThat(task).as("a task for this officer on " + code).isNotNull();
        if (task.get("assigneeId").isNull()) {
            Http.Response claimed = who.postJson("/api/v1/officer/tasks/" + task.get("id").asLong() + "/claim", Map.of("version", task.get("version").asLong()));
            assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
            task = claimed.json();
        }
        Map<String, Object> body = new HashMap<>(action);
        body.put("version", task.get("version").asLong());
        return who.postJson("/api/v1/officer/tasks/" + task.get("id").asLong() + "/actions", body);
    }

    @Test
    void aWalkInDossierGoesThroughEveryStepToTheReturnedResultWithItsForms() throws Exception {
        Http desk = officer("tiepnhan.bmt");
        JsonNode d = intake(desk);
        String code = d.get("code").asString();
        assertThat(code).startsWith("000.01.01.H66-");
        assertThat(d.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(d.get("channel").asString()).isEqualTo("IN_PERSON");
        Instant due = Instant.parse(d.get("effectiveDueAt").asString());

        Http.Response forwarded = claimAndAct(desk, code, Map.of("action", "FORWARD"));
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(200);
        assertThat(forwarded.json().get("status").asString()).isEqualTo("IN_PROGRESS");

        Http specialist = officer("congchuc.bmt");
        Http.Response supplement = claimAndAct(specialist, code, Map.of("action", "REQUEST_SUPPLEMENT", "reason", "Thiếu giấy chứng sinh",
                "items", List.of("Giấy chứng sinh (bản chính)")));
        assertThat(supplement.json().get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        Http.Response form02 = specialist.get("/api/v1/officer/dossiers/" + code + "/forms/2.pdf");
        assertThat(text(form02)).contains("Giấy chứng sinh (bản chính)").contains(code);

        Http.Response received = claimAndAct(specialist, code, Map.of("action", "RECEIVE_SUPPLEMENT", "reason", "Nộp bổ sung tại quầy"));
        assertThat(received.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(Instant.parse(received.json().get("effectiveDueAt").asString())).isAfterOrEqualTo(due);

        assertThat(claimAndAct(specialist, code, Map.of("action", "FORWARD")).status()).isEqualTo(200);
        Http leader = officer("chutich.bmt");
        Http.Response issued = claimAndAct(leader, code, Map.of("action", "ISSUE_RESULT", "resultCode", "KS-" + System.nanoTime()));
        assertThat(issued.json().get("status").asString()).isEqualTo("DECIDED");
        Http.Response returned = claimAndAct(desk, code, Map.of("action", "RETURN_RESULT", "reason", "Trả tại quầy"));
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");

        List<String> statuses = new ArrayList<>();
        returned.json().get("history").forEach(h -> statuses.add(h.get("to").asString()));
        assertThat(statuses).containsExactly("SUBMITTED", "RECEIVED", "IN_PROGRESS", "SUPPLEMENT_REQUESTED", "IN_PROGRESS", "DECIDED", "RETURNED");

        assertThat(text(desk.get("/api/v1/officer/dossiers/" + code + "/forms/1.pdf"))).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains("Nguyễn Văn An").contains("Đăng ký khai sinh");
        String form06 = text(desk.get("/api/v1/officer/dossiers/" + code + "/forms/6.pdf"));
        assertThat(form06).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ").contains("Phòng Văn hóa - Xã hội")
                .contains("Ủy ban nhân dân phường Buôn Ma Thuột");
        JsonNode after = detail(desk, code);
        assertThat(after.get("handovers").size()).isGreaterThanOrEqualTo(4);
        assertThat(after.get("audit").size()).isGreaterThanOrEqualTo(10);
    }

    private static String text(Http.Response pdf) throws Exception {
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (var doc = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void officersOfAnotherWardNeitherSeeNorActOnTheDossier() {
        JsonNode d = intake(officer("tiepnhan.bmt"));
        String code = d.get("code").asString();
        Http other = officer("tiepnhan.tuyhoa");
        assertThat(other.get("/api/v1/officer/dossiers/" + code).status()).isEqualTo(404);
        long taskId = detail(officer("tiepnhan.bmt"), code).get("myTask").get("id").asLong();
        assertThat(other.postJson("/api/v1/officer/tasks/" + taskId + "/claim", Map.of("version", 0)).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/officer/inbox?queue=AGENCY&q=" + code).json().get("total").asLong()).isZero();
        assertThat(other.get("/api/v1/officer/dossiers/" + code + "/forms/1.pdf").status()).isEqualTo(404);
        assertThat(new Http(port).basic("citizen@congso.local", PASSWORD).get("/api/v1/officer/dossiers/" + code).status()).isEqualTo(403);
    }

    @Test
    void aReceptionistCannotApprove() {
        Http desk = officer("tiepnhan.bmt");
        String code = intake(desk).get("code").asString();
        claimAndAct(desk, code, Map.of("action", "FORWARD"));
        claimAndAct(officer("congchuc.bmt"), code, Map.of("action", "FORWARD"));
        JsonNode leaderTask = detail(officer("chutich.bmt"), code).get("myTask");
        assertThat(leaderTask.get("role").asString()).isEqualTo("AGENCY_LEADER");
        // the ward centre's receptionist does not even see the People's Committee's leader step
        assertThat(desk.postJson("/api/v1/officer/tasks/" + leaderTask.get("id").asLong() + "/claim",
                Map.of("version", leaderTask.get("version").asLong())).status()).isEqualTo(404);
        // a receptionist of the People's Committee itself sees it but may not take or approve it
        TestAccounts.TestAccount clerk = new TestAccounts(jdbc, encoder).officer("Văn thư thử nghiệm", "000.01.00.H66", "VP", "RECEPTIONIST");
        Http receptionist = new Http(port).basic(clerk.login(), clerk.password());
        Http.Response claim = receptionist.postJson("/api/v1/officer/tasks/" + leaderTask.get("id").asLong() + "/claim",
                Map.of("version", leaderTask.get("version").asLong()));
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.json().get("code").asString()).isEqualTo("task.not-your-role");
        Http.Response act = receptionist.postJson("/api/v1/officer/tasks/" + leaderTask.get("id").asLong() + "/actions",
                Map.of("version", leaderTask.get("version").asLong(), "action", "ISSUE_RESULT"));
        assertThat(act.status()).isEqualTo(403);
        assertThat(detail(officer("chutich.bmt"), code).get("dossier").get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void twoOfficersActingAtOnceOneWinsTheOtherGets409() throws Exception {
        Http desk = officer("tiepnhan.bmt");
        String code = intake(desk).get("code").asString();
        claimAndAct(desk, code, Map.of("action", "FORWARD"));
        JsonNode task = detail(officer("congchuc.bmt"), code).get("myTask");
        long id = task.get("id").asLong();
        long version = task.get("version").asLong();
        Http a = officer("congchuc.bmt");
        Http b = officer("chutich.bmt");
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> a.postJson("/api/v1/officer/tasks/" + id + "/claim", Map.of("version", version)).status());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> b.postJson("/api/v1/officer/tasks/" + id + "/claim", Map.of("version", version)).status());
        List<Integer> statuses = List.of(first.get(), second.get());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    }

    @Test
    void refusalAtReceptionEndsTheDossierAndProducesForm03() throws Exception {
        Http desk = officer("tiepnhan.bmt");
        Http.Response r = desk.postJson("/api/v1/officer/intake", Map.of("procedureCode", "1.001193", "channel", "POSTAL", "commune", "24133",
                "applicantName", "Lê Thị Bưu", "accept", false));
        String code = r.json().get("code").asString();
        assertThat(r.json().get("status").asString()).isEqualTo("SUBMITTED");
        Http.Response noReason = claimAndAct(desk, code, Map.of("action", "REFUSE"));
        assertThat(noReason.status()).isEqualTo(400);
        Http.Response refused = claimAndAct(desk, code, Map.of("action", "REFUSE", "reason", "Không thuộc thẩm quyền giải quyết"));
        assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
        assertThat(text(desk.get("/api/v1/officer/dossiers/" + code + "/forms/3.pdf"))).contains("Không thuộc thẩm quyền giải quyết");
        assertThat(desk.get("/api/v1/officer/dossiers/" + code + "/forms/4.pdf").status()).isEqualTo(409);
    }

    @Test
    void theTrackingBookIsExportedAsPdfAndXlsx() {
        Http desk = officer("tiepnhan.bmt");
        intake(desk);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Http.Response pdf = desk.get("/api/v1/officer/tracking-book?from=" + today + "&to=" + today);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        Http.Response xlsx = desk.get("/api/v1/officer/tracking-book?from=" + today + "&to=" + today + "&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.bytes()[0]).isEqualTo((byte) 'P');
        assertThat(desk.get("/api/v1/officer/tracking-book?from=" + today + "&to=" + today + "&agency=000.02.01.H66").status()).isEqualTo(403);
        assertThat(desk.get("/api/v1/officer/tracking-book?from=2026-02-30&to=" + today).status()).isEqualTo(400);
    }

    @Test
    void theInboxListsMyScopeSortedWithCounts() {
        Http desk = officer("tiepnhan.bmt");
        intake(desk);
        JsonNode counts = desk.get("/api/v1/officer/inbox/counts").json();
        assertThat(counts.has("RECEPTION")).isTrue();
        JsonNode agency = officer("chutich.bmt").get("/api/v1/officer/inbox?queue=AGENCY&size=100").json();
        Instant previous = Instant.MIN;
        for (JsonNode item : agency.get("items")) {
            Instant dueAt = Instant.parse(item.get("dueAt").asString());
            assertThat(dueAt).isAfterOrEqualTo(previous);
            previous = dueAt;
            assertThat(item.get("dossierCode").asString()).startsWith("000.01.");
        }
        assertThat(desk.get("/api/v1/officer/inbox?queue=NOPE").status()).isEqualTo(400);
        assertThat(desk.get("/api/v1/officer/inbox?size=1000").status()).isEqualTo(400);
    }

    @Test
    void aDepartmentLeaderApologisesAndExtendsOnceThenStopsWithForms04And05() throws Exception {
        Http desk = officer("tiepnhan.tinh");
        Http.Response in = desk.postJson("/api/v1/officer/intake", Map.of("procedureCode", "1.013837", "applicantName", "Văn phòng công chứng Hòa Bình",
                "phone", "0262 3333 444", "address", "25 Lê Duẩn, phường Buôn Ma Thuột"));
        assertThat(in.status()).as(in.toString()).isEqualTo(201);
        String code = in.json().get("code").asString();
        assertThat(code).startsWith("000.00.01.H66-");
        claimAndAct(desk, code, Map.of("action", "FORWARD"));
        claimAndAct(officer("chuyenvien.stp"), code, Map.of("action", "FORWARD"));
        claimAndAct(officer("truongphong.stp"), code, Map.of("action", "FORWARD"));
        Http director = officer("giamdoc.stp");
        Instant due = Instant.parse(detail(director, code).get("dossier").get("effectiveDueAt").asString());
        Instant newDue = due.plusSeconds(3 * 86_400);
        Http.Response extended = claimAndAct(director, code, Map.of("action", "EXTEND", "reason", "Cần xác minh hồ sơ công chứng viên",
                "newDue", newDue.toString()));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().get("effectiveDueAt").asString())).isEqualTo(newDue);
        Http.Response again = claimAndAct(director, code, Map.of("action", "EXTEND", "reason", "Lần hai", "newDue", newDue.plusSeconds(86_400).toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("dossier.extension-once");
        assertThat(text(director.get("/api/v1/officer/dossiers/" + code + "/forms/4.pdf"))).contains("Cần xác minh hồ sơ công chứng viên")
                .contains("Văn phòng công chứng Hòa Bình");
        Http.Response stopped = claimAndAct(director, code, Map.of("action", "STOP", "reason", "Người nộp không còn đủ điều kiện hành nghề"));
        assertThat(stopped.json().get("status").asString()).isEqualTo("STOPPED");
        assertThat(text(director.get("/api/v1/officer/dossiers/" + code + "/forms/5.pdf"))).contains("Người nộp không còn đủ điều kiện hành nghề");
        assertThat(detail(director, code).get("myTask").isNull()).as("no task is left").isTrue();
    }
}
