package vn.congso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.congso.catalog.CatalogImport;
import vn.congso.support.CongsoTest;
import vn.congso.support.Fixtures;
import vn.congso.support.Http;
import vn.congso.support.Http.Part;
import vn.congso.support.SampleFiles;
import vn.congso.support.TestAccounts;

/** POST /api/v1/dossiers: applying in one request (answers, documents, declaration), for apps and connected systems. */
@CongsoTest
class OneRequestApplicationTest {

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
    TestAccounts.TestAccount me;
    Http citizen;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc, encoder);
        procedure = ApplicationFixtures.procedure(importer);
        me = accounts.citizen("Trần Văn Bình");
        citizen = new Http(port).basic(me.login(), me.password());
    }

    private static Part application(Object procedureCode, Object data, boolean declared) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", procedureCode);
        body.put("data", data);
        body.put("declared", declared);
        return Part.field("application", ApplicationFixtures.JSON.writeValueAsString(body));
    }

    private static Part pdf(String component) {
        return Part.file(component, "to-khai.pdf", "application/pdf", SampleFiles.pdf("To khai"));
    }

    private Http.Response apply(Http who, List<Part> parts, String key) {
        return who.multipart("/api/v1/dossiers", parts, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("me", me.id()).query(Long.class).single();
    }

    private long myDossiers() {
        return count("SELECT COUNT(*) FROM dossier WHERE applicant_account_id = :me");
    }

    private long myFiles() {
        return count("SELECT COUNT(*) FROM stored_file WHERE owner_id = :me");
    }

    @Test
    void appliesInOneRequestAndARetryWithTheSameKeyReturnsTheSameDossier() {
        List<Part> parts = List.of(application(procedure, ApplicationFixtures.validData(), true), pdf("TP1"),
                Part.file("TP2", "anh.png", "image/png", SampleFiles.png()));

        Http.Response first = apply(citizen, parts, "lan-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String code = first.json().get("code").asString();
        assertThat(first.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.json().get("files")).hasSize(2);

        Http.Response retry = apply(citizen, parts, "lan-1");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().get("code").asString()).isEqualTo(code);
        assertThat(myDossiers()).isEqualTo(1);
        assertThat(myFiles()).as("the retry stored no second copy").isEqualTo(2);

        long dossierId = jdbc.sql("SELECT id FROM dossier WHERE code = :c").param("c", code).query(Long.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task WHERE dossier_id = :d AND kind = 'RECEPTION' AND status = 'OPEN'")
                .param("d", dossierId).query(Long.class).single()).as("waits at the one-stop desk").isEqualTo(1);
        Http.Response mine = citizen.get("/api/v1/dossiers/" + code);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("procedureCode").asString()).isEqualTo(procedure);

        Http.Response another = apply(citizen, parts, "lan-2");
        assertThat(another.status()).isEqualTo(201);
        assertThat(another.json().get("code").asString()).isNotEqualTo(code);
    }

    @Test
    void everyProblemIsListedAtOnceInVietnameseOrEnglishAndNothingIsKept() {
        long dossiers = myDossiers();
        long files = myFiles();
        List<Part> parts = List.of(application(procedure, Map.of("applicant", Map.of("fullName", "A", "phone", "abc"), "purpose", "PARTY"), false),
                Part.file("TP9", "la.pdf", "application/pdf", SampleFiles.pdf("?")));

        Http.Response vi = apply(citizen, parts, "sai-1");
        assertThat(vi.status()).as(vi.toString()).isEqualTo(400);
        Map<String, String> messages = new HashMap<>();
        vi.json().get("errors").forEach(e -> messages.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(messages).containsEntry("applicant.fullName", "Họ, chữ đệm và tên phải có ít nhất 2 ký tự.")
                .containsEntry("applicant.phone", "Số điện thoại chưa đúng. Ví dụ: 0912 345 678.")
                .containsEntry("purpose", "Vui lòng chọn Mục đích.")
                .containsEntry("component-TP1", "Vui lòng tải lên: Tờ khai.")
                .containsKeys("TP9", "declaration");

        Http.Response en = apply(new Http(port).basic(me.login(), me.password()).language("en"), parts, "sai-2");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.body()).contains("Full name").doesNotContain("Vui lòng");

        assertThat(myDossiers()).isEqualTo(dossiers);
        assertThat(myFiles()).isEqualTo(files);
    }

    @Test
    void aDisguisedFileIsRefusedByItsPartAndTheGoodFileBeforeItIsNotKept() {
        long files = myFiles();
        List<Part> parts = List.of(application(procedure, ApplicationFixtures.validData(), true),
                Part.file("TP2", "anh.png", "image/png", SampleFiles.png()),
                Part.file("TP1", "to-khai.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()));
        Http.Response r = apply(citizen, parts, "file-1");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("TP1");
        assertThat(myDossiers()).isZero();
        assertThat(myFiles()).isEqualTo(files);

        Http.Response zip = apply(citizen, List.of(application(procedure, ApplicationFixtures.validData(), true),
                Part.file("TP1", "ho-so.zip", "application/zip", SampleFiles.zip())), "file-2");
        assertThat(zip.status()).isEqualTo(400);
        assertThat(myDossiers()).isZero();
    }

    @Test
    void malformedRequestsGetClearAnswers() {
        List<Part> good = List.of(application(procedure, ApplicationFixtures.validData(), true), pdf("TP1"));
        Http.Response noKey = apply(citizen, good, null);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.body()).contains("Idempotency-Key");

        Http.Response notJson = apply(citizen, List.of(Part.field("application", "{procedureCode:"), pdf("TP1")), "m-1");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.isProblem()).isTrue();

        Http.Response noApplication = apply(citizen, List.of(pdf("TP1")), "m-2");
        assertThat(noApplication.status()).isEqualTo(400);

        Http.Response unknown = apply(citizen, List.of(application("khong-co-thu-tuc", ApplicationFixtures.validData(), true), pdf("TP1")), "m-3");
        assertThat(unknown.status()).isEqualTo(404);

        Http.Response json = citizen.postJson("/api/v1/dossiers", Map.of("procedureCode", procedure));
        assertThat(json.status()).isEqualTo(415);

        Http.Response anonymous = apply(new Http(port), good, "m-4");
        assertThat(anonymous.status()).isEqualTo(401);

        // a body cut short (no closing boundary) and one that is not multipart at all: 400 in the page's language
        String cut = "--b\r\nContent-Disposition: form-data; name=\"application\"\r\n\r\n{\"procedureCode\":\"" + procedure + "\"}\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"TP1\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4";
        Http.Response truncated = citizen.send("POST", "/api/v1/dossiers", "multipart/form-data; boundary=b",
                cut.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("Idempotency-Key", "m-6"));
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.isProblem()).isTrue();
        assertThat(truncated.body()).contains("Tệp tải lên không hợp lệ");
        Http.Response garbage = citizen.send("POST", "/api/v1/dossiers", "multipart/form-data; boundary=b",
                "không phải multipart".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("Idempotency-Key", "m-7", "Accept-Language", "en"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body()).contains("The upload is not valid");

        TestAccounts.TestAccount officer = accounts.officer("Cán bộ thử", "000.00.01.H66", null, "RECEPTIONIST");
        Http.Response byOfficer = apply(new Http(port).basic(officer.login(), officer.password()), good, "m-5");
        assertThat(byOfficer.status()).isEqualTo(403);

        assertThat(myDossiers()).isZero();
    }

    @Test
    void communeLevelProceduresGoToTheCommuneCentreNamedOrTheAccountsOwn() {
        String code = Fixtures.uniqueCode();
        Map<String, Object> row = Fixtures.aProcedure(code).named("Thủ tục cấp xã thử " + code)
                .with("level", "COMMUNE").with("competentAgencyKind", "COMMUNE_PC")
                .with("components", List.of(Map.of("code", "TP1", "name", "Tờ khai", "originals", 1, "copies", 0, "mandatory", true)))
                .with("form", ApplicationFixtures.JSON.readTree(ApplicationFixtures.FORM)).build();
        assertThat(importer.importJson(ApplicationFixtures.JSON.writeValueAsBytes(Map.of("procedures", List.of(row)))).imported()).isTrue();

        Map<String, Object> unknownCommune = new HashMap<>(Map.of("procedureCode", code, "commune", "99999",
                "data", ApplicationFixtures.validData(), "declared", true));
        Http.Response wrong = apply(citizen, List.of(Part.field("application", ApplicationFixtures.JSON.writeValueAsString(unknownCommune)),
                pdf("TP1")), "c-1");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("commune");

        unknownCommune.put("commune", "24133");
        Http.Response ok = apply(citizen, List.of(Part.field("application", ApplicationFixtures.JSON.writeValueAsString(unknownCommune)),
                pdf("TP1")), "c-2");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        String receiving = jdbc.sql("SELECT a.code FROM dossier d JOIN agency a ON a.id = d.receiving_agency_id WHERE d.code = :c")
                .param("c", ok.json().get("code").asString()).query(String.class).single();
        assertThat(receiving).isEqualTo("000.01.01.H66");
        assertThat(ok.json().get("code").asString()).startsWith("000.01.01.H66");
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneDossier() throws Exception {
        List<Part> parts = List.of(application(procedure, ApplicationFixtures.validData(), true), pdf("TP1"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> apply(new Http(port).basic(me.login(), me.password()), parts, "cung-mot-khoa"));
        }
        Set<String> codes = new HashSet<>();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Http.Response> f : pool.invokeAll(calls)) {
            Http.Response r = f.get();
            statuses.add(r.status());
            codes.add(r.json().get("code").asString());
        }
        pool.shutdown();
        assertThat(codes).hasSize(1);
        assertThat(statuses).containsOnly(200, 201).contains(201);
        assertThat(myDossiers()).isEqualTo(1);
    }
}
