package vn.congso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.congso.catalog.CatalogImport;
import vn.congso.support.CongsoTest;
import vn.congso.support.Fixtures;
import vn.congso.support.SampleFiles;
import vn.congso.support.TestAccounts;

/**
 * Issue 3 benchmark: 100,000 existing dossiers (PostgreSQL only: generate_series), then concurrent API clients
 * applying online through the public HTTP API with bearer tokens: create a draft, send its data, upload a 200 KB
 * PDF, submit with an Idempotency-Key. Reports end to end (all four calls) and submit only (drafts prepared
 * beforehand), and one short end-to-end run with HTTP Basic for comparison. Run: see docs/PERFORMANCE.md.
 */
@CongsoTest
class SubmissionBenchmark {

    static final String FORM = """
            {"schema": {"type": "object", "required": ["applicant", "purpose"], "properties": {
               "applicant": {"type": "object", "required": ["fullName", "personalId", "phone", "residence"], "properties": {
                  "fullName": {"type": "string", "minLength": 2, "maxLength": 100},
                  "personalId": {"type": "string", "pattern": "^[0-9]{12}$"},
                  "phone": {"type": "string", "pattern": "^(0|\\\\+84)[0-9]{9,10}$"},
                  "residence": {"type": "object", "required": ["street", "commune"], "properties": {
                      "street": {"type": "string", "minLength": 2}, "commune": {"type": "string"}}}}},
               "purpose": {"type": "string", "enum": ["WORK", "STUDY"]},
               "copies": {"type": "integer", "minimum": 1, "maximum": 10}}},
             "ui": {"pages": [
                {"id": "nguoi-nop", "title": {"vi": "Thông tin người nộp", "en": "About you"},
                 "fields": ["applicant.fullName", "applicant.personalId", "applicant.phone", "applicant.residence"]},
                {"id": "yeu-cau", "title": {"vi": "Nội dung yêu cầu", "en": "Your request"}, "fields": ["purpose", "copies"]}],
               "fields": {
                "applicant.fullName": {"label": {"vi": "Họ, chữ đệm và tên", "en": "Full name"}, "input": "text", "prefill": "fullName"},
                "applicant.personalId": {"label": {"vi": "Số định danh cá nhân", "en": "Personal identification number"}, "input": "personalId"},
                "applicant.phone": {"label": {"vi": "Số điện thoại", "en": "Phone"}, "input": "tel"},
                "applicant.residence": {"label": {"vi": "Nơi cư trú", "en": "Residence"}, "input": "address"},
                "purpose": {"label": {"vi": "Mục đích", "en": "Purpose"}, "input": "radio",
                   "options": {"WORK": {"vi": "Xin việc", "en": "Work"}, "STUDY": {"vi": "Học tập", "en": "Study"}}},
                "copies": {"label": {"vi": "Số bản", "en": "Copies"}, "input": "number"}}}}
            """;
    static final byte[] DATA = ("{\"data\":{\"applicant\":{\"fullName\":\"Nguyễn Thị Hồng Nhung\",\"personalId\":\"066190001234\","
            + "\"phone\":\"0912345678\",\"residence\":{\"street\":\"12 Lê Duẩn\",\"commune\":\"24133\"}},\"purpose\":\"WORK\",\"copies\":2}}")
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CatalogImport importer;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    byte[] pdf;

    @Test
    void submissionsWithA200KbAttachment() throws Exception {
        int existing = Integer.getInteger("bench.dossiers", 100_000);
        int submissions = Integer.getInteger("bench.submissions", 2_000);
        int clients = Integer.getInteger("bench.clients", 8);
        int procedures = Math.max(3, Integer.getInteger("bench.procedures", 40));
        int prepared = Integer.getInteger("bench.prepared-accounts", 25);

        long t0 = System.nanoTime();
        long have = jdbc.sql("SELECT COUNT(*) FROM dossier WHERE code LIKE 'SUBBENCH-%'").query(Long.class).single();
        if (have < existing) {
            generate(existing);
        }
        System.out.printf(Locale.ROOT, "Dossiers before the run: %d (generated in %.1f s)%n",
                jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single(), (System.nanoTime() - t0) / 1e9);

        List<String> codes = importProcedures(procedures);
        pdf = SampleFiles.pdfOfSize(200 * 1024);
        System.out.printf(Locale.ROOT, "Attachment: %d bytes PDF%n", pdf.length);
        TestAccounts accounts = new TestAccounts(jdbc, encoder);

        // One request per dossier (POST /api/v1/dossiers: answers + 200 KB PDF + declaration), bearer tokens, one
        // account per client.
        int direct = Integer.getInteger("bench.direct", 4_000);
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < 2 * clients; c++) { // the second one-request run uses twice as many clients
            tokens.add("Bearer " + token(accounts.citizen("Người nộp thử " + c)));
        }
        long before = dossiers();
        byte[] application = ("{\"procedureCode\":\"" + codes.get(2) + "\",\"declared\":true,"
                + new String(DATA, StandardCharsets.UTF_8).substring(1)).getBytes(StandardCharsets.UTF_8);
        BenchSupport.run("warm-up", 200, clients, i -> applyDirect(tokens.get(i % clients), application) == 201);
        waitForListeners();
        int wrkSeconds = Integer.getInteger("bench.wrk", 0);
        if (wrkSeconds > 0) {
            byte[] body = multipart(application, "wrk");
            String type = "multipart/form-data; boundary=wrk";
            // steady state: the JIT compilers take much of both cores during the first ten thousand requests or so
            int warmUp = Integer.getInteger("bench.wrk-warm-up", 90);
            if (warmUp > 0) {
                System.out.println("warm-up: " + ExternalLoad.run(port, 16, warmUp, tokens, body, type, this::dossiers, this::waitForListeners));
                vacuum();
            }
            for (String n : System.getProperty("bench.wrk-clients", "16,32").split(",")) {
                System.out.println(ExternalLoad.run(port, Integer.parseInt(n.strip()), wrkSeconds, tokens, body, type, this::dossiers,
                        this::waitForListeners));
                vacuum();
            }
            if (Boolean.getBoolean("bench.wrk-only")) {
                Thread.sleep(Integer.getInteger("bench.linger", 0) * 1000L); // time to stop an attached profiler
                return;
            }
        }
        for (int n : new int[] {clients, 2 * clients}) {
            long t1 = System.nanoTime();
            BenchSupport.Result one = BenchSupport.run("one request (POST /api/v1/dossiers)", direct, n,
                    i -> applyDirect(tokens.get(client(i, direct, n)), application) == 201);
            System.out.println(one);
            double drained = waitForListeners();
            double all = (System.nanoTime() - t1) / 1e9;
            System.out.printf(Locale.ROOT, "  listeners done %.2f s after the last answer: %.1f submissions/s including the reception task, "
                    + "dashboard facts, e-mail delivered and in-app notice%n", drained, direct / all);
        }

        // End to end with a draft, bearer tokens: each client applies again and again for one procedure.
        long[] submitNanos = new long[submissions];
        BenchSupport.run("warm-up", 100, clients, i -> apply(tokens.get(client(i, 100, clients)), codes.get(0), null));
        BenchSupport.Result e2e = BenchSupport.run("end to end, bearer (4 calls)", submissions, clients,
                i -> apply(tokens.get(client(i, submissions, clients)), codes.get(0), submitNanos.length > i ? submitNanos : null, i));
        System.out.println(e2e);
        System.out.println(percentiles("  of which: submit call", submitNanos));
        waitForListeners();

        // Submit only: drafts prepared for `prepared` accounts x `procedures` procedures, then submitted concurrently.
        List<String> owners = new ArrayList<>();
        for (int a = 0; a < prepared; a++) {
            owners.add("Bearer " + token(accounts.citizen("Người nộp chuẩn bị " + a)));
        }
        int total = prepared * procedures;
        String[] drafts = new String[total];
        BenchSupport.Result preparation = BenchSupport.run("prepare drafts (3 calls)", total, clients, i -> {
            drafts[i] = readyDraft(owners.get(i % prepared), codes.get(i / prepared));
            return drafts[i] != null;
        });
        System.out.println(preparation);
        System.out.println(BenchSupport.run("submit only, bearer", total, clients,
                i -> submit(owners.get(i % prepared), drafts[i], UUID.randomUUID().toString()) == 201));

        // HTTP Basic for comparison: Argon2id on each of the four calls.
        int basicRuns = Integer.getInteger("bench.basic", 200);
        List<String> basics = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            TestAccounts.TestAccount b = accounts.citizen("Người nộp Basic " + c);
            basics.add("Basic " + Base64.getEncoder().encodeToString((b.login() + ":" + b.password()).getBytes(StandardCharsets.UTF_8)));
        }
        System.out.println(BenchSupport.run("end to end, HTTP Basic (4 calls)", basicRuns, clients,
                i -> apply(basics.get(client(i, basicRuns, clients)), codes.get(1), null)));

        long created = dossiers() - before;
        long distinct = jdbc.sql("SELECT COUNT(DISTINCT code) FROM dossier").query(Long.class).single();
        long all = jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
        System.out.printf(Locale.ROOT, "Dossiers created by the run: %d (expected %d); codes unique: %s%n", created,
                200 + 2 * direct + 100 + submissions + total + basicRuns, distinct == all);
    }

    /** The body of a one-request application: the {@code application} JSON part and the PDF as component TP1. */
    private byte[] multipart(byte[] application, String boundary) throws java.io.IOException {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"application\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] mid = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"TP1\"; filename=\"to-khai.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(head.length + application.length + mid.length + pdf.length + tail.length);
        body.write(head);
        body.write(application);
        body.write(mid);
        body.write(pdf);
        body.write(tail);
        return body.toByteArray();
    }

    private int applyDirect(String auth, byte[] application) {
        try {
            String boundary = "----bench" + System.nanoTime();
            byte[] body = multipart(application, boundary);
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                    .header("Authorization", auth).header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 201) {
                System.err.println("apply: " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.statusCode();
        } catch (Exception e) {
            System.err.println("apply: " + e);
            return -1;
        }
    }

    /**
     * Waits until every event publication is complete and every e-mail has left the outbox; returns the seconds
     * waited. Submissions are only "done" per second if what they set off keeps up.
     */
    private double waitForListeners() throws InterruptedException {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 300_000_000_000L) {
            long events = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
            long mails = jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE status = 'PENDING'").query(Long.class).single();
            if (events == 0 && mails == 0) {
                break;
            }
            if (Boolean.getBoolean("bench.verbose") && (System.nanoTime() - t0) / 1_000_000 % 5_000 < 50) {
                System.out.printf(Locale.ROOT, "  waiting: %d event publications, %d e-mails%n", events, mails);
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * What autovacuum does on a production server (it is switched off on this machine's PostgreSQL): the registry,
     * the outbox and the facts are updated once or twice per dossier, and new tables grow from empty. Between runs,
     * outside what is measured.
     */
    private void vacuum() {
        // the whole database: a table that was empty when last analyzed (dossier_file, dossier_component) is read
        // with a sequential scan until it is analyzed again, which made every run slower than the one before
        jdbc.sql("VACUUM (ANALYZE)").update();
    }

    private static int client(int i, int requests, int clients) {
        return Math.min(clients - 1, i / (requests / clients));
    }

    private long dossiers() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier").query(Long.class).single();
    }

    private boolean apply(String auth, String procedure, long[] submitNanos) {
        return apply(auth, procedure, submitNanos, 0);
    }

    private boolean apply(String auth, String procedure, long[] submitNanos, int i) {
        String draft = readyDraft(auth, procedure);
        if (draft == null) {
            return false;
        }
        long t0 = System.nanoTime();
        int status = submit(auth, draft, UUID.randomUUID().toString());
        if (submitNanos != null) {
            submitNanos[i] = System.nanoTime() - t0;
        }
        return status == 201;
    }

    private String readyDraft(String auth, String procedure) {
        try {
            HttpResponse<byte[]> created = send(auth, "POST", "/api/v1/drafts", "application/json",
                    ("{\"procedureCode\":\"" + procedure + "\"}").getBytes(StandardCharsets.UTF_8));
            if (created.statusCode() != 201 && created.statusCode() != 200) {
                System.err.println("draft: " + created.statusCode() + " " + new String(created.body(), StandardCharsets.UTF_8));
                return null;
            }
            String id = json.readTree(created.body()).get("id").asString();
            if (send(auth, "PUT", "/api/v1/drafts/" + id, "application/json", DATA).statusCode() != 200) {
                return null;
            }
            String boundary = "----bench" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"to-khai.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + pdf.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(pdf, 0, body, head.length, pdf.length);
            System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
            HttpResponse<byte[]> uploaded = send(auth, "POST", "/api/v1/drafts/" + id + "/files?component=TP1",
                    "multipart/form-data; boundary=" + boundary, body);
            if (uploaded.statusCode() != 201) {
                System.err.println("upload: " + uploaded.statusCode() + " " + new String(uploaded.body(), StandardCharsets.UTF_8));
                return null;
            }
            return id;
        } catch (Exception e) {
            System.err.println("draft: " + e);
            return null;
        }
    }

    private int submit(String auth, String draft, String key) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/drafts/" + draft + "/submit"))
                    .header("Authorization", auth).header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"declared\":true}")).build();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 201) {
                System.err.println("submit: " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.statusCode();
        } catch (Exception e) {
            System.err.println("submit: " + e);
            return -1;
        }
    }

    private HttpResponse<byte[]> send(String auth, String method, String path, String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", auth)
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String token(TestAccounts.TestAccount a) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("login", a.login(), "password", a.password()))))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("token: " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return json.readTree(r.body()).get("token").asString();
    }

    private List<String> importProcedures(int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        JsonNode form = json.readTree(FORM);
        for (int i = 0; i < count; i++) {
            String code = Fixtures.uniqueCode();
            codes.add(code);
            rows.add(Fixtures.aProcedure(code).named("Thủ tục nộp thử " + code)
                    .with("competentAgency", "000.00.03.H66")
                    .with("components", List.of(Map.of("code", "TP1", "name", "Tờ khai", "originals", 1, "copies", 0, "mandatory", true)))
                    .with("form", form).build());
        }
        CatalogImport.Result r = importer.importJson(json.writeValueAsBytes(Map.of("procedures", rows)));
        if (!r.imported()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return codes;
    }

    private static String percentiles(String name, long[] nanos) {
        long[] sorted = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
        return String.format(Locale.ROOT, "%-40s %7d req: p50 %7.2f ms, p95 %7.2f ms, p99 %7.2f ms", name, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6,
                sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6);
    }

    /** Submitted and returned dossiers of the demo province over the last 12 months, with their status history. */
    private void generate(int count) {
        long version = jdbc.sql("SELECT MIN(id) FROM procedure_version").query(Long.class).single();
        jdbc.sql("""
                CREATE TEMP TABLE sub_bench_agency AS SELECT row_number() OVER (ORDER BY a.id) AS n, a.id AS competent,
                COALESCE((SELECT c.id FROM agency c WHERE c.parent_id = a.id AND c.kind = 'COMMUNE_CENTRE' LIMIT 1),
                (SELECT p.id FROM agency p WHERE p.code = '000.00.01.H66')) AS receiving
                FROM agency a WHERE a.kind IN ('COMMUNE_PC', 'DEPARTMENT')
                """).update();
        int agencies = jdbc.sql("SELECT COUNT(*) FROM sub_bench_agency").query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO dossier (code, public_id, procedure_code, procedure_version_id, procedure_name, result_is_document, channel,
                    status, dvcqg_status, applicant_name, applicant_folded, applicant_phone, applicant_language, receiving_agency_id,
                    competent_agency_id, data, check_code, submitted_at, received_at, due_at, effective_due_at, decided_at, returned_at,
                    paused_minutes, supplement_count, extension_count, online_payment, vneid_verified, tracking_failures, created_at,
                    updated_at, version)
                SELECT 'SUBBENCH-' || g, md5('s' || g::text), '1.001193', :version, 'Đăng ký khai sinh', TRUE, 1 + (g % 3),
                    CASE WHEN g % 10 = 0 THEN 'SUBMITTED' ELSE 'RETURNED' END, CASE WHEN g % 10 = 0 THEN 1 ELSE 10 END,
                    'Người nộp ' || g, 'nguoi nop ' || g, '0912' || lpad((g % 1000000)::text, 6, '0'), 'vi', b.receiving, b.competent,
                    '{}', 'ABC123', t.at, t.at, t.at + interval '3 day', t.at + interval '3 day', t.at + interval '2 day',
                    t.at + interval '2 day', 0, 0, 0, FALSE, FALSE, 0, t.at, t.at, 1
                FROM generate_series(1, :count) g
                JOIN sub_bench_agency b ON b.n = 1 + (g % :agencies)
                CROSS JOIN LATERAL (SELECT now() - ((:count - g) * interval '5 minute') AS at) t
                """).param("version", version).param("count", count).param("agencies", agencies).update();
        jdbc.sql("""
                INSERT INTO dossier_status_history (dossier_id, at, actor_name, actor_role, from_status, to_status, dvcqg_from, dvcqg_to)
                SELECT d.id, d.submitted_at, 'Bench', 'APPLICANT', NULL, 'SUBMITTED', NULL, 1 FROM dossier d WHERE d.code LIKE 'SUBBENCH-%'
                """).update();
        jdbc.sql("ANALYZE").update();
    }
}
