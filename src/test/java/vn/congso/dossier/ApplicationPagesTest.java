package vn.congso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import tools.jackson.databind.JsonNode;

import vn.congso.catalog.CatalogImport;
import vn.congso.support.CongsoTest;
import vn.congso.support.Http;
import vn.congso.support.SampleFiles;
import vn.congso.support.TestAccounts;

/**
 * The application pages (what a browser without JavaScript posts): bad files are refused on the documents page with
 * a reason and the draft keeps everything; the declaration form posted twice (a double click, a resend) gives one
 * dossier; another citizen reaches none of the draft's pages, files or dossier.
 */
@CongsoTest
class ApplicationPagesTest {

    /** The start of a Windows program (MZ header) that the person renamed .pdf. */
    static final byte[] PROGRAM = programBytes();

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

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(jdbc, encoder);
        procedure = ApplicationFixtures.procedure(importer);
        TestAccounts.TestAccount me = accounts.citizen("Võ Thị Lan");
        citizen = new Http(port).basic(me.login(), me.password());
    }

    private static byte[] programBytes() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        return exe;
    }

    /** Starts through the start page and answers both question pages through their forms. */
    private String answeredDraft(Http who) {
        Http.Response start = who.get("/nop-ho-so/" + procedure);
        assertThat(start.status()).as(start.toString()).isEqualTo(302);
        String id = start.header("Location").replaceFirst(".*/ho-so/nhap/", "");
        Map<String, String> about = new LinkedHashMap<>();
        about.put("applicant.fullName", "Võ Thị Lan");
        about.put("applicant.personalId", "066 190 001 234");
        about.put("applicant.phone", "0912 345 678");
        about.put("applicant.residence.street", "12 Lê Duẩn");
        about.put("applicant.residence.commune", "24133");
        about.put("action", "continue");
        Http.Response first = who.post("/ho-so/nhap/" + id + "/nguoi-nop", FORM, form(about));
        assertThat(first.status()).as(first.body()).isEqualTo(302);
        Http.Response second = who.post("/ho-so/nhap/" + id + "/yeu-cau", FORM, form(Map.of("purpose", "WORK", "copies", "", "action", "continue")));
        assertThat(second.status()).as(second.body()).isEqualTo(302);
        return id;
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    private Http.Response uploadOnPage(Http who, String id, String component, String name, byte[] bytes) {
        return who.multipart("/ho-so/nhap/" + id + "/giay-to/" + component, "files", name, "application/pdf", bytes, Map.of(), Map.of());
    }

    @Test
    void everyBadFileIsRefusedOnTheDocumentsPageWithAReasonAndTheDraftKeepsEverything() {
        String id = answeredDraft(citizen);
        assertThat(uploadOnPage(citizen, id, "TP1", "to-khai.pdf", SampleFiles.pdf("To khai")).status()).isEqualTo(302);
        JsonNode before = citizen.get("/api/v1/drafts/" + id).json();

        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("rong.pdf", new byte[0]);
        bad.put("nen.pdf", SampleFiles.zip());
        bad.put("chuong-trinh.pdf", PROGRAM);
        bad.put("anh-chup.pdf", SampleFiles.png());
        bad.put("qua-lon.pdf", SampleFiles.pdfOfSize(11 * 1024 * 1024));
        for (Map.Entry<String, byte[]> f : bad.entrySet()) {
            Http.Response r = uploadOnPage(citizen, id, "TP2", f.getKey(), f.getValue());
            assertThat(r.status()).as(f.getKey() + ": a page with the error, never a crash").isEqualTo(200);
            assertThat(r.body()).as(f.getKey()).contains("error-summary").contains(f.getKey());
        }

        JsonNode after = citizen.get("/api/v1/drafts/" + id).json();
        assertThat(after.get("data")).isEqualTo(before.get("data"));
        assertThat(after.get("files").size()).isEqualTo(1);
        assertThat(after.get("files").get(0).get("name").asString()).isEqualTo("to-khai.pdf");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM draft_file df JOIN draft d ON d.id = df.draft_id WHERE d.public_id = :p")
                .param("p", id).query(Long.class).single()).isEqualTo(1);
        Http.Response declared = citizen.post("/ho-so/nhap/" + id + "/cam-ket", FORM, form(Map.of("declared", "true")));
        assertThat(declared.header("Location")).as("the draft can still be submitted").matches(".*/ho-so/[^/]+/da-nop$");
    }

    @Test
    void aProgramRenamedPdfIsRefusedByTheApi() {
        String id = answeredDraft(citizen);
        Http.Response r = citizen.multipart("/api/v1/drafts/" + id + "/files?component=TP2", "file", "chuong-trinh.pdf", "application/pdf",
                PROGRAM, Map.of(), Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isIn("file.disguised", "file.type");
        assertThat(citizen.get("/api/v1/drafts/" + id).json().get("files").size()).isZero();
    }

    @Test
    void theDeclarationPostedTwiceAtOnceGivesOneDossier() throws Exception {
        String id = answeredDraft(citizen);
        assertThat(uploadOnPage(citizen, id, "TP1", "to-khai.pdf", SampleFiles.pdf("To khai")).status()).isEqualTo(302);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Http.Response>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(() -> citizen.post("/ho-so/nhap/" + id + "/cam-ket", FORM, form(Map.of("declared", "true"))));
        }
        List<String> locations = new ArrayList<>();
        for (Future<Http.Response> f : pool.invokeAll(clicks)) {
            locations.add(f.get().header("Location"));
        }
        pool.shutdown();
        Http.Response later = citizen.post("/ho-so/nhap/" + id + "/cam-ket", FORM, form(Map.of("declared", "true")));
        locations.add(later.header("Location"));
        assertThat(locations).allMatch(l -> l != null && l.matches(".*/ho-so/[^/]+/da-nop$"));
        assertThat(locations.stream().distinct()).hasSize(1);
        String code = locations.get(0).replaceFirst(".*/ho-so/([^/]+)/da-nop$", "$1");
        long dossiers = jdbc.sql("SELECT COUNT(*) FROM dossier d JOIN draft r ON r.dossier_id = d.id WHERE r.public_id = :p")
                .param("p", id).query(Long.class).single();
        assertThat(dossiers).isEqualTo(1);
        assertThat(citizen.get("/ho-so/" + code + "/da-nop").status()).isEqualTo(200);
    }

    @Test
    void anotherCitizenReachesNoneOfTheDraftsPagesNorTheDossiersPages() {
        String id = answeredDraft(citizen);
        assertThat(uploadOnPage(citizen, id, "TP1", "to-khai.pdf", SampleFiles.pdf("To khai")).status()).isEqualTo(302);
        String fileId = citizen.get("/api/v1/drafts/" + id).json().get("files").get(0).get("id").asString();
        TestAccounts.TestAccount other = accounts.citizen("Trần Văn Bình");
        Http stranger = new Http(port).basic(other.login(), other.password());

        assertThat(stranger.get("/ho-so/nhap/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so/nhap/" + id + "/nguoi-nop").status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so/nhap/" + id + "/kiem-tra").status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so/tep/" + fileId).status()).isEqualTo(404);
        assertThat(stranger.post("/ho-so/nhap/" + id + "/nguoi-nop", FORM,
                form(Map.of("applicant.fullName", "Kẻ Lạ", "action", "continue"))).status()).isEqualTo(404);
        assertThat(uploadOnPage(stranger, id, "TP2", "la.pdf", SampleFiles.pdf("La")).status()).isEqualTo(404);
        assertThat(stranger.post("/ho-so/nhap/" + id + "/giay-to/xoa/" + fileId, FORM, new byte[0]).status()).isEqualTo(404);
        assertThat(stranger.post("/ho-so/nhap/" + id + "/huy", FORM, new byte[0]).status()).isEqualTo(404);
        assertThat(stranger.post("/ho-so/nhap/" + id + "/cam-ket", FORM, form(Map.of("declared", "true"))).status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so").body()).doesNotContain(id);

        JsonNode mine = citizen.get("/api/v1/drafts/" + id).json();
        assertThat(mine.get("status").asString()).isEqualTo("OPEN");
        assertThat(mine.get("data").get("applicant").get("fullName").asString()).isEqualTo("Võ Thị Lan");
        assertThat(mine.get("files").size()).isEqualTo(1);

        String code = citizen.post("/ho-so/nhap/" + id + "/cam-ket", FORM, form(Map.of("declared", "true"))).header("Location")
                .replaceFirst(".*/ho-so/([^/]+)/da-nop$", "$1");
        assertThat(stranger.get("/ho-so/" + code).status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so/" + code + "/da-nop").status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so/" + code + "/bien-nhan.pdf").status()).isEqualTo(404);
        assertThat(stranger.get("/ho-so/tep/" + fileId).status()).isEqualTo(404);
        assertThat(citizen.get("/ho-so/" + code + "/bien-nhan.pdf").status()).as("the owner can").isEqualTo(200);
        assertThat(citizen.get("/ho-so/tep/" + fileId).status()).as("the owner can").isEqualTo(200);
    }

    private static byte[] form(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
