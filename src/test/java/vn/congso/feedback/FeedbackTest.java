package vn.congso.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import vn.congso.dossier.DossierView;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.TestMail;

/** Feedback (phản ánh, kiến nghị) through the API and the pages: filing, routing, handling in scope, deadlines, reactions. */
@CongsoTest
class FeedbackTest {

    @LocalServerPort
    int port;

    @Autowired
    FeedbackFixtures fixtures;

    @Autowired
    FeedbackEvents events;

    @Autowired
    JdbcClient jdbc;

    Http anonymous() {
        return new Http(port);
    }

    Http officer(String login) {
        return new Http(port).basic(login, FeedbackFixtures.PASSWORD);
    }

    static Map<String, Object> about(String procedureCode, String email, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", procedureCode);
        body.put("name", "Lê Thị Mai");
        body.put("email", email);
        body.put("title", title);
        body.put("content", "Cán bộ yêu cầu nộp thêm giấy tờ không có trong danh mục thủ tục.");
        return body;
    }

    JsonNode file(Map<String, Object> body) {
        Http.Response r = anonymous().postJson("/api/v1/feedback", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode act(String login, String code, String action, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("text", text);
        Http.Response r = officer(login).postJson("/api/v1/officer/feedback/" + code + "/actions", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    long idOf(String code) {
        return jdbc.sql("SELECT id FROM feedback_item WHERE code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void feedbackAboutAProcedureGoesToItsCompetentAgencyWithACodeAndACheckCode() {
        String procedure = fixtures.justiceProcedure();

        JsonNode f = file(about(procedure, FeedbackFixtures.uniqueEmail("mai"), "Yêu cầu giấy tờ ngoài quy định"));

        String code = f.get("code").asString();
        assertThat(code).matches("PA\\d{6}-[A-Z0-9]{5}");
        assertThat(f.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(f.get("agencyName").asString()).isEqualTo("Sở Tư pháp");
        assertThat(events.received(code)).singleElement().satisfies(e -> {
            assertThat(e.feedbackId()).isEqualTo(idOf(code));
            assertThat(e.agencyId()).isEqualTo(fixtures.agencyId(FeedbackFixtures.JUSTICE));
            assertThat(e.procedureCode()).isEqualTo(procedure);
            assertThat(e.dossierCode()).isNull();
            assertThat(e.dossierId()).isNull();
            assertThat(e.at()).isNotNull();
        });
        String check = f.get("check").asString();
        assertThat(anonymous().get("/api/v1/feedback/" + code + "?check=" + check).status()).isEqualTo(200);
        assertThat(anonymous().get("/api/v1/feedback/" + code + "?check=WRONG1").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/v1/feedback/" + code).status()).as("not published yet").isEqualTo(404);
        assertThat(anonymous().get("/phan-anh/theo-doi/" + code + "?kiemTra=" + check).body()).contains(code).contains("Sở Tư pháp");
    }

    @Test
    void feedbackAboutADossierNeedsItsCheckCodeAndCountsAsAComplaintAboutThatDossier() {
        DossierView d = fixtures.inProgress(null);
        Map<String, Object> body = about(null, null, "Hồ sơ chậm xử lý");
        body.put("phone", "0912 345 678");
        body.put("dossierCode", d.code());
        body.put("check", "WRONG1");
        assertThat(anonymous().postJson("/api/v1/feedback", body).status()).isEqualTo(404);
        assertThat(anonymous().get("/phan-anh/gui?hoSo=" + d.code() + "&kiemTra=WRONG1").status()).isEqualTo(404);

        body.put("check", d.checkCode());
        JsonNode f = file(body);

        assertThat(events.received(f.get("code").asString())).singleElement().satisfies(e -> {
            assertThat(e.dossierId()).isEqualTo(d.id());
            assertThat(e.dossierCode()).isEqualTo(d.code());
            assertThat(e.procedureCode()).isEqualTo("1.001193");
            assertThat(e.agencyId()).isEqualTo(d.competentAgencyId());
        });
        assertThat(anonymous().get("/phan-anh/gui?hoSo=" + d.code() + "&kiemTra=" + d.checkCode()).body()).contains(d.code());
    }

    @Test
    void badInputIsRefusedFieldByFieldInVietnameseOrEnglish() {
        String procedure = fixtures.justiceProcedure();

        Http.Response empty = anonymous().postJson("/api/v1/feedback", Map.of("procedureCode", procedure));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.isProblem()).isTrue();
        assertThat(empty.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "email", "title", "content");
        assertThat(empty.json().get("errors").findValuesAsString("message")).contains("Vui lòng nhập thông tin này.");

        Map<String, Object> tooLong = about(procedure, "khong-phai-email", "T".repeat(201));
        tooLong.put("content", "N".repeat(5001));
        tooLong.put("phone", "12345");
        Http.Response r = anonymous().language("en").postJson("/api/v1/feedback", tooLong);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("email", "phone", "title", "content");
        assertThat(r.json().get("errors").findValuesAsString("message")).contains("At most 200 characters.", "At most 5,000 characters.");

        assertThat(anonymous().postJson("/api/v1/feedback", about("9.999999", "a@b.vn", "Tiêu đề đủ dài")).status()).isEqualTo(404);
        Http.Response noSubject = anonymous().postJson("/api/v1/feedback", about(null, "a@b.vn", "Tiêu đề đủ dài"));
        assertThat(noSubject.status()).isEqualTo(400);
        assertThat(noSubject.json().get("errors").findValuesAsString("field")).containsExactly("subject");

        Http.Response page = officer("citizen@congso.local").post("/phan-anh/gui", "application/x-www-form-urlencoded",
                ("procedureCode=" + procedure + "&name=&email=&title=&content=").getBytes(StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("error-summary").contains("href=\"#name\"").contains("href=\"#details\"");
    }

    @Test
    void hostileTextIsKeptAsTypedAndShownEscapedEverywhere() {
        String procedure = fixtures.justiceProcedure();
        Map<String, Object> body = about(procedure, FeedbackFixtures.uniqueEmail("xss"), "<script>alert('x')</script> tiêu đề");
        body.put("content", "<img src=x onerror=alert(1)> nội dung phản ánh\r\ndòng thứ hai");
        JsonNode f = file(body);
        String code = f.get("code").asString();
        assertThat(f.get("title").asString()).isEqualTo("<script>alert('x')</script> tiêu đề");
        assertThat(f.get("content").asString()).isEqualTo("<img src=x onerror=alert(1)> nội dung phản ánh\ndòng thứ hai");

        String sender = anonymous().get("/phan-anh/theo-doi/" + code + "?kiemTra=" + f.get("check").asString()).body();
        String officerPage = officer("chuyenvien.stp").get("/can-bo/phan-anh/" + code).body();
        for (String html : List.of(sender, officerPage)) {
            assertThat(html).contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
    }

    @Test
    void officersOfAnotherAgencyNeitherSeeNorActOnTheFeedback() {
        String procedure = fixtures.justiceProcedure();
        String code = file(about(procedure, FeedbackFixtures.uniqueEmail("scope"), "Phản ánh về Sở Tư pháp")).get("code").asString();

        Http finance = officer("chuyenvien.stc");
        assertThat(finance.get("/api/v1/officer/feedback/" + code).status()).isEqualTo(404);
        assertThat(finance.postJson("/api/v1/officer/feedback/" + code + "/actions", Map.of("action", "ANSWER", "text", "Trả lời")).status())
                .isEqualTo(404);
        assertThat(finance.get("/api/v1/officer/feedback?size=100").body()).doesNotContain(code);
        assertThat(finance.get("/can-bo/phan-anh/" + code).status()).isEqualTo(404);
        assertThat(finance.get("/can-bo/phan-anh").body()).doesNotContain(code);
        assertThat(finance.post("/can-bo/phan-anh/" + code, "application/x-www-form-urlencoded",
                "action=ANSWER&text=Tra+loi".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
        assertThat(events.handled(idOf(code))).isEmpty();

        assertThat(officer("chuyenvien.stp").get("/api/v1/officer/feedback?size=100").body()).contains(code);
        assertThat(officer("chuyenvien.stp").get("/can-bo/phan-anh").body()).contains(code);
        assertThat(officer("admin").get("/api/v1/officer/feedback/" + code).status()).as("province administrator sees all").isEqualTo(200);
        assertThat(officer("citizen@congso.local").get("/api/v1/officer/feedback").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/officer/feedback").status()).isEqualTo(401);
    }

    @Test
    void anAnswerOnTimeIsEmailedToTheSenderAndPublishedOnThePublicList() throws Exception {
        String procedure = fixtures.justiceProcedure();
        String email = FeedbackFixtures.uniqueEmail("tra.loi");
        String word = "kiemthu" + System.nanoTime();
        String code = file(about(procedure, email, "Phản ánh " + word + " về lệ phí")).get("code").asString();
        long id = idOf(code);

        JsonNode answered = act("chuyenvien.stp", code, "ANSWER", "Sở Tư pháp đã chấn chỉnh việc yêu cầu thêm giấy tờ.");
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("answerOnTime").asBoolean()).isTrue();
        assertThat(answered.get("publishDueAt").isNull()).isFalse();

        MimeMessage mail = TestMail.awaitMessage(email);
        assertThat(TestMail.subject(mail)).contains(code).contains("đã được trả lời");
        assertThat(TestMail.part(mail, "text/plain")).contains("Sở Tư pháp đã chấn chỉnh").contains("/phan-anh/theo-doi/" + code + "?kiemTra=");

        JsonNode published = act("chuyenvien.stp", code, "PUBLISH", null);
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishOnTime").asBoolean()).isTrue();
        assertThat(events.handled(id)).extracting(FeedbackHandled::stage, FeedbackHandled::onTime, FeedbackHandled::agencyId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ANSWERED", true, fixtures.agencyId(FeedbackFixtures.JUSTICE)),
                        org.assertj.core.groups.Tuple.tuple("PUBLISHED", true, fixtures.agencyId(FeedbackFixtures.JUSTICE)));

        Http.Response list = anonymous().get("/api/v1/feedback?q=" + word.toUpperCase());
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("code").asString()).isEqualTo(code);
        assertThat(list.body()).doesNotContain(email).doesNotContain("Lê Thị Mai");
        assertThat(anonymous().get("/phan-anh?q=" + word).body()).contains(word).contains("/phan-anh/" + code);
        assertThat(anonymous().get("/phan-anh/" + code).body()).contains("Sở Tư pháp đã chấn chỉnh").doesNotContain(email);
        assertThat(anonymous().get("/api/v1/feedback/" + code).status()).isEqualTo(200);
    }

    @Test
    void aStageDoneAfterItsDeadlineIsRecordedLateAndShownOverdueBefore() {
        String procedure = fixtures.justiceProcedure();
        Map<String, Object> body = about(procedure, null, "Phản ánh trả lời trễ");
        body.put("phone", "+84 912 345 678");
        String code = file(body).get("code").asString();
        // Received 20 working days ago: every deadline of the receipt has passed.
        Instant past = Instant.now().minus(java.time.Duration.ofDays(40));
        jdbc.sql("UPDATE feedback_item SET received_at = :p, reject_due_at = :p, supplement_due_at = :p, answer_due_at = :p WHERE code = :c")
                .param("p", java.sql.Timestamp.from(past)).param("c", code).update();

        Http.Response before = officer("chuyenvien.stp").get("/api/v1/officer/feedback/" + code);
        assertThat(before.json().get("dueState").asString()).isEqualTo("OVERDUE");
        assertThat(officer("chuyenvien.stp").get("/can-bo/phan-anh/" + code).body()).contains("Quá hạn");

        JsonNode answered = act("chuyenvien.stp", code, "ANSWER", "Xin lỗi vì trả lời chậm.");
        assertThat(answered.get("answerOnTime").asBoolean()).isFalse();
        assertThat(events.handled(idOf(code))).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo("ANSWERED");
            assertThat(e.onTime()).isFalse();
        });
        assertThat(officer("chuyenvien.stp").get("/can-bo/phan-anh/" + code).body()).contains("Trễ hạn");
    }

    @Test
    void moreInformationIsAskedOnceAndTheSendersReplyResumesTheAnswerClock() {
        String procedure = fixtures.justiceProcedure();
        String email = FeedbackFixtures.uniqueEmail("bo.sung");
        JsonNode f = file(about(procedure, email, "Phản ánh cần bổ sung"));
        String code = f.get("code").asString();
        Instant answerDue = Instant.parse(officer("chuyenvien.stp").get("/api/v1/officer/feedback/" + code).json().get("answerDueAt").asString());

        JsonNode asked = act("chuyenvien.stp", code, "REQUEST_SUPPLEMENT", "Đề nghị cho biết ngày nộp hồ sơ.");
        assertThat(asked.get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(asked.get("supplementOnTime").asBoolean()).isTrue();
        assertThat(TestMail.subject(TestMail.awaitMessage(email))).contains("bổ sung");
        Http.Response again = officer("chuyenvien.stp").postJson("/api/v1/officer/feedback/" + code + "/actions",
                Map.of("action", "REQUEST_SUPPLEMENT", "text", "Lần hai"));
        assertThat(again.status()).isEqualTo(409);

        Http.Response replied = anonymous().postJson("/api/v1/feedback/" + code + "/supplement",
                Map.of("check", f.get("check").asString(), "content", "Tôi nộp hồ sơ ngày 20/11/2026."));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
        assertThat(replied.json().get("status").asString()).isEqualTo("RECEIVED");
        JsonNode after = officer("chuyenvien.stp").get("/api/v1/officer/feedback/" + code).json();
        assertThat(Instant.parse(after.get("answerDueAt").asString())).isAfterOrEqualTo(answerDue);
        assertThat(after.get("supplement").asString()).isEqualTo("Tôi nộp hồ sơ ngày 20/11/2026.");
        assertThat(officer("chuyenvien.stp").postJson("/api/v1/officer/feedback/" + code + "/actions",
                Map.of("action", "REQUEST_SUPPLEMENT", "text", "Lần hai")).status()).as("only the first request").isEqualTo(409);
    }

    @Test
    void rejectingNeedsAReasonAndEndsTheFeedback() {
        String procedure = fixtures.justiceProcedure();
        String code = file(about(procedure, FeedbackFixtures.uniqueEmail("tu.choi"), "Nội dung không thuộc thẩm quyền")).get("code").asString();

        Http.Response noReason = officer("chuyenvien.stp").postJson("/api/v1/officer/feedback/" + code + "/actions", Map.of("action", "REJECT"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsString("field")).containsExactly("text");

        JsonNode rejected = act("chuyenvien.stp", code, "REJECT", "Nội dung không thuộc thẩm quyền của Sở Tư pháp.");
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectOnTime").asBoolean()).isTrue();
        assertThat(events.handled(idOf(code))).extracting(FeedbackHandled::stage).containsExactly("REJECTED");
        assertThat(officer("chuyenvien.stp").postJson("/api/v1/officer/feedback/" + code + "/actions",
                Map.of("action", "ANSWER", "text", "Trả lời")).status()).isEqualTo(409);
    }

    @Test
    void everyoneReactsOnceToAPublishedAnswerAndCannotChangeIt() {
        String procedure = fixtures.justiceProcedure();
        String code = file(about(procedure, FeedbackFixtures.uniqueEmail("phan.hoi"), "Phản ánh để phản hồi")).get("code").asString();
        assertThat(anonymous().postJson("/api/v1/feedback/" + code + "/reactions", Map.of("like", true)).status()).as("not published")
                .isEqualTo(404);
        act("chuyenvien.stp", code, "ANSWER", "Trả lời công khai.");
        act("chuyenvien.stp", code, "PUBLISH", null);

        Http browserA = anonymous();
        assertThat(browserA.postJson("/api/v1/feedback/" + code + "/reactions", Map.of("like", true)).status()).isEqualTo(201);
        assertThat(browserA.postJson("/api/v1/feedback/" + code + "/reactions", Map.of("like", false)).status()).isEqualTo(409);
        assertThat(anonymous().postJson("/api/v1/feedback/" + code + "/reactions", Map.of("like", false)).status()).isEqualTo(201);
        Http citizen = officer("citizen@congso.local");
        assertThat(citizen.postJson("/api/v1/feedback/" + code + "/reactions", Map.of("like", true)).status()).isEqualTo(201);
        assertThat(officer("citizen@congso.local").postJson("/api/v1/feedback/" + code + "/reactions", Map.of("like", true)).status())
                .as("same account, another client").isEqualTo(409);

        JsonNode f = anonymous().get("/api/v1/feedback/" + code).json();
        assertThat(f.get("likes").asInt()).isEqualTo(2);
        assertThat(f.get("dislikes").asInt()).isEqualTo(1);
        assertThat(events.reacted(idOf(code))).extracting(FeedbackReacted::like).containsExactly(true, false, true);
        assertThat(events.reacted(idOf(code))).allSatisfy(e -> assertThat(e.agencyId()).isEqualTo(fixtures.agencyId(FeedbackFixtures.JUSTICE)));
        assertThat(browserA.get("/phan-anh/" + code).body()).contains("Ông/Bà đã chọn: Hữu ích").doesNotContain("name=\"like\"");
    }
}
