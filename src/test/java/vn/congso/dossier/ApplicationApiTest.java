package vn.congso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

import vn.congso.catalog.CatalogImport;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.SampleFiles;
import vn.congso.support.TestAccounts;

@CongsoTest
class ApplicationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CatalogImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    TestAccounts accounts;
    String procedure;
    Http citizen;
    TestAccounts.TestAccount me;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc, encoder);
        procedure = ApplicationFixtures.procedure(importer);
        me = accounts.citizen("Nguyễn Thị Hồng Nhung");
        citizen = new Http(port).basic(me.login(), me.password());
    }

    private JsonNode newDraft(Http who) {
        Http.Response r = who.postJson("/api/v1/drafts", Map.of("procedureCode", procedure));
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.json();
    }

    private Http.Response upload(Http who, String draft, String component, String name, String type, byte[] bytes) {
        return who.multipart("/api/v1/drafts/" + draft + "/files?component=" + component, "file", name, type, bytes, Map.of(), Map.of());
    }

    private Http.Response submit(Http who, String draft, String key) {
        return who.send("POST", "/api/v1/drafts/" + draft + "/submit", "application/json",
                "{\"declared\":true}".getBytes(), Map.of("Idempotency-Key", key));
    }

    private String readyDraft(Http who) {
        String id = newDraft(who).get("id").asString();
        Http.Response put = who.send("PUT", "/api/v1/drafts/" + id, "application/json",
                ApplicationFixtures.JSON.writeValueAsBytes(Map.of("data", ApplicationFixtures.validData())), Map.of());
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(upload(who, id, "TP1", "to-khai.pdf", "application/pdf", SampleFiles.pdf("To khai")).status()).isEqualTo(201);
        return id;
    }

    @Test
    void startingAgainOffersTheOpenDraftAndRestartReplacesIt() {
        Http.Response first = citizen.postJson("/api/v1/drafts", Map.of("procedureCode", procedure));
        assertThat(first.status()).isEqualTo(201);
        Http.Response again = citizen.postJson("/api/v1/drafts", Map.of("procedureCode", procedure));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("resumed").asBoolean()).isTrue();
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        Http.Response restart = citizen.postJson("/api/v1/drafts", Map.of("procedureCode", procedure, "restart", true));
        assertThat(restart.status()).isEqualTo(201);
        assertThat(restart.json().get("id").asString()).isNotEqualTo(first.json().get("id").asString());
        assertThat(citizen.get("/api/v1/drafts/" + first.json().get("id").asString() + "/problems").status()).isEqualTo(200);
        assertThat(citizen.send("DELETE", "/api/v1/drafts/" + first.json().get("id").asString(), null, null, Map.of()).status())
                .as("the discarded draft is closed").isEqualTo(409);
    }

    @Test
    void theApplicantsOwnDetailsArePrefilled() {
        JsonNode draft = newDraft(citizen);
        assertThat(draft.get("data").get("applicant").get("fullName").asString()).isEqualTo("Nguyễn Thị Hồng Nhung");
    }

    @Test
    void schemaErrorsAreListedPerFieldInVietnameseAndEnglish() {
        String id = newDraft(citizen).get("id").asString();
        citizen.send("PUT", "/api/v1/drafts/" + id, "application/json", ApplicationFixtures.JSON.writeValueAsBytes(Map.of("data",
                Map.of("applicant", Map.of("fullName", "A", "personalId", "123", "phone", "abc"), "purpose", "PARTY", "copies", 50))), Map.of());
        Http.Response vi = submit(citizen, id, "k-" + id);
        assertThat(vi.status()).isEqualTo(400);
        Map<String, String> messages = new java.util.HashMap<>();
        vi.json().get("errors").forEach(e -> messages.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(messages).containsEntry("applicant.fullName", "Họ, chữ đệm và tên phải có ít nhất 2 ký tự.")
                .containsEntry("applicant.personalId", "Số định danh cá nhân phải gồm đúng 12 chữ số.")
                .containsEntry("applicant.phone", "Số điện thoại chưa đúng. Ví dụ: 0912 345 678.")
                .containsEntry("purpose", "Vui lòng chọn Mục đích.")
                .containsEntry("copies", "Số bản phải không quá 10.")
                .containsEntry("component-TP1", "Vui lòng tải lên: Tờ khai.");
        Http.Response en = new Http(port).basic(me.login(), me.password()).language("en")
                .send("POST", "/api/v1/drafts/" + id + "/submit", "application/json", "{\"declared\":true}".getBytes(), Map.of("Idempotency-Key", "k2-" + id));
        List<String> english = new ArrayList<>();
        en.json().get("errors").forEach(e -> english.add(e.get("message").asString()));
        assertThat(english).contains("Personal identification number must be exactly 12 digits.", "Select Purpose.");
        assertThat(en.json().get("detail").asString()).isEqualTo("Some of the data sent is not valid. See each error below.");
    }

    @Test
    void everyBadFileIsRefusedWithAReasonAndTheDraftStaysIntact() {
        String id = readyDraft(citizen);
        JsonNode before = citizen.get("/api/v1/drafts/" + id).json();
        Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        Map<String, String> expected = Map.of("rong.pdf", "file.empty", "nen.zip", "file.type", "anh.pdf", "file.disguised",
                "hong.pdf", "file.corrupt");
        bad.put("rong.pdf", new byte[0]);
        bad.put("nen.zip", SampleFiles.zip());
        bad.put("anh.pdf", SampleFiles.png());
        byte[] pdf = SampleFiles.pdf("cut");
        bad.put("hong.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2));
        for (Map.Entry<String, byte[]> f : bad.entrySet()) {
            Http.Response r = upload(citizen, id, "TP2", f.getKey(), "application/pdf", f.getValue());
            assertThat(r.status()).as(f.getKey() + " " + r).isEqualTo(400);
            assertThat(r.json().get("code").asString()).as(f.getKey()).isEqualTo(expected.get(f.getKey()));
            assertThat(r.json().get("detail").asString()).isNotBlank();
        }
        Http.Response tooLarge = upload(citizen, id, "TP2", "lon.pdf", "application/pdf", SampleFiles.pdfOfSize(11 * 1024 * 1024));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("file.too-large");

        JsonNode after = citizen.get("/api/v1/drafts/" + id).json();
        assertThat(after.get("data")).isEqualTo(before.get("data"));
        assertThat(after.get("files").size()).isEqualTo(1);
        assertThat(submit(citizen, id, "after-bad-files-" + id).status()).as("the draft can still be submitted").isEqualTo(201);
    }

    @Test
    void submittingTwiceGivesOneDossierAndTheReceiptAndTrackingWork() throws Exception {
        String id = readyDraft(citizen);
        Http.Response first = submit(citizen, id, "once-" + id);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String code = first.json().get("code").asString();
        assertThat(code).matches("000\\.00\\.01\\.H66-\\d{6}-\\d{4}");
        assertThat(first.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.json().get("channel").asString()).isEqualTo("ONLINE");
        Http.Response second = submit(citizen, id, "once-" + id);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("code").asString()).isEqualTo(code);
        Http.Response otherKeySameDraft = submit(citizen, id, "another-" + id);
        assertThat(otherKeySameDraft.json().get("code").asString()).isEqualTo(code);
        long count = jdbc.sql("SELECT COUNT(*) FROM dossier WHERE code = :c").param("c", code).query(Long.class).single();
        assertThat(count).isEqualTo(1);

        Http.Response receipt = citizen.get("/api/v1/dossiers/" + code + "/receipt.pdf");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("application/pdf");
        try (var doc = Loader.loadPDF(receipt.bytes())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(code);
        }

        String check = first.json().get("checkCode").asString();
        Http.Response tracked = new Http(port).get("/api/v1/tracking/" + code + "?check=" + check);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json().get("dvcqgStatus").asInt()).isEqualTo(1);
        assertThat(tracked.body()).doesNotContain("Nguyễn Thị Hồng Nhung").doesNotContain("0912345678").doesNotContain("066190001234");
        assertThat(new Http(port).get("/api/v1/tracking/" + code).status()).isEqualTo(404);
        assertThat(new Http(port).get("/api/v1/tracking/" + code + "?check=5678").status()).as("last 4 digits of the phone").isEqualTo(200);
    }

    @Test
    void guessingTheCheckValueLocksTrackingForAWhile() {
        String id = readyDraft(citizen);
        String code = submit(citizen, id, "lock-" + id).json().get("code").asString();
        for (int i = 0; i < 10; i++) {
            assertThat(new Http(port).get("/api/v1/tracking/" + code + "?check=WRONG" + i).status()).isEqualTo(404);
        }
        Http.Response locked = new Http(port).get("/api/v1/tracking/" + code + "?check=1234");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("code").asString()).isEqualTo("tracking.locked");
    }

    @Test
    void fiftyConcurrentSubmissionsToOneAgencyGetFiftyDistinctConsecutiveCodes() throws Exception {
        List<Http> people = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            TestAccounts.TestAccount a = accounts.citizen("Người nộp " + i);
            Http who = new Http(port).basic(a.login(), a.password());
            people.add(who);
            drafts.add(readyDraft(who));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            tasks.add(() -> submit(people.get(n), drafts.get(n), "c-" + n).json().get("code").asString());
        }
        Set<String> codes = new HashSet<>();
        for (Future<String> f : pool.invokeAll(tasks)) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).hasSize(50);
        List<Integer> numbers = codes.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).as("consecutive").isEqualTo(49);
    }

    @Test
    void aCitizenCannotReachAnotherCitizensDraftDossierOrFile() {
        String id = readyDraft(citizen);
        String fileId = citizen.get("/api/v1/drafts/" + id).json().get("files").get(0).get("id").asString();
        String code = submit(citizen, id, "own-" + id).json().get("code").asString();
        TestAccounts.TestAccount other = accounts.citizen("Trần Văn Bình");
        Http stranger = new Http(port).basic(other.login(), other.password());
        assertThat(stranger.get("/api/v1/drafts/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/dossiers/" + code).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/dossiers/" + code + "/receipt.pdf").status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/files/" + fileId).status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so/" + code).status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so/tep/" + fileId).status()).isEqualTo(404);
        assertThat(stranger.send("DELETE", "/api/v1/drafts/" + id, null, null, Map.of()).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/dossiers").json().get("total").asLong()).isZero();
        assertThat(citizen.get("/api/v1/files/" + fileId).status()).as("the owner can").isEqualTo(200);
        assertThat(new Http(port).get("/api/v1/dossiers/" + code).status()).as("anonymous").isEqualTo(401);
    }
}
